package com.qinglian.audit.internal;

import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.shared.KeyRing;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail in the database: each append locks the chain head, links to it, seals the entry with the
 * current secret key (HMAC-SHA256) and moves the head on.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

    private final AuditEntryRepository repository;
    private final Clock clock;
    private final KeyRing keys;
    private final ObjectProvider<AuditCheckpoints> checkpoints;

    JdbcAuditTrail(
            AuditEntryRepository repository, Clock clock, KeyRing keys, ObjectProvider<AuditCheckpoints> checkpoints) {
        this.repository = repository;
        this.clock = clock;
        this.keys = keys;
        this.checkpoints = checkpoints;
    }

    // REQUIRED: the entry commits or rolls back with the change it records. The head lock is held until that
    // transaction ends, so callers record at the end of their work, after their own row locks.
    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEvent event) {
        HttpServletRequest request = currentRequest();
        String actor = event.actor() != null ? event.actor() : currentActor(request);
        String address = event.clientAddress() != null
                ? event.clientAddress()
                : request != null ? request.getRemoteAddr() : null;
        ChainHead head = repository.lockHead();
        AuditEntry entry = AuditEntry.sealed(
                head.lastId() + 1,
                clock.instant(),
                clip(actor, 200),
                clip(address, 64),
                event.action(),
                clip(event.entityType(), 64),
                clip(event.entityId(), 300),
                clean(CanonicalJson.write(event.before())),
                clean(CanonicalJson.write(event.after())),
                clean(event.reason()),
                head.lastHash());
        repository.append(entry.sealedWith(keys, keys.currentId().orElseThrow()));
        if ("STATUS_CHANGE".equals(event.action()) && "campaign".equals(event.entityType())) {
            checkpointAfterCommit("campaign " + event.entityId() + " " + CanonicalJson.write(event.after()));
        }
    }

    // A campaign stage change is a moment worth pinning: once it is committed, the head is published.
    private void checkpointAfterCommit(String reason) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    checkpoints.ifAvailable(c -> c.take(reason));
                }
            });
        }
    }

    private static String currentActor(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return authentication.getName();
        }
        return request != null ? "anonymous" : "system";
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    // Names typed at a login form are attacker-controlled: keep them to the column size.
    private static String clip(String text, int max) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.length() <= max ? cleaned : cleaned.substring(0, max - 1) + "…";
    }

    // PostgreSQL refuses NUL in text; H2 would keep it. Replace it so both store the same and the hash holds.
    private static String clean(String text) {
        return text == null ? null : text.replace('\u0000', '\uFFFD');
    }
}
