package com.qinglian.security;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.security.internal.UserSessionRepository;
import com.qinglian.shared.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed-in sessions: each sign-in opens one; users list and end their own, administrators end anyone's.
 * At most {@code QINGLIAN_SESSIONS_MAX} open at once per user (the oldest ends when another opens), and none
 * lives longer than {@code QINGLIAN_SESSION_MAX_HOURS}, however active (the idle time-out still applies).
 */
@Service
public class UserSessions {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ENTITY = "session";

    private final UserSessionRepository repository;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxPerUser;
    private final Duration lifetime;
    private final Duration idle;

    UserSessions(
            UserSessionRepository repository,
            AuditTrail audit,
            Clock clock,
            @Value("${qinglian.security.sessions-max:3}") int maxPerUser,
            @Value("${qinglian.security.session-max-hours:12}") int lifetimeHours,
            @Value("${server.servlet.session.timeout:30m}") Duration idle) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.maxPerUser = maxPerUser;
        this.lifetime = Duration.ofHours(lifetimeHours);
        this.idle = idle;
    }

    /** Opens a session for a sign-in; ends the oldest beyond the limit. Returns its id. */
    @Transactional
    public String open(String username, String clientAddress, String userAgent) {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String id = HexFormat.of().formatHex(random);
        Instant now = clock.instant();
        repository.insert(
                new UserSession(id, username, now, now, clip(clientAddress, 64), clip(userAgent, 300), null, null));
        List<UserSession> open = active(username);
        for (UserSession old : open.subList(Math.min(maxPerUser, open.size()), open.size())) {
            repository.end(old.id(), now, "limit");
            audit.record(AuditEvent.of(
                            AuditActions.SESSION_END, ENTITY, username, null, Map.of("session", shortId(old.id())))
                    .withReason("limit")
                    .by(username, null));
        }
        return id;
    }

    /** The user's open sessions, newest first. */
    @Transactional(readOnly = true)
    public List<UserSession> active(String username) {
        return repository.active(username, clock.instant().minus(idle));
    }

    /**
     * Whether the session may go on: not ended, within its lifetime, not timed out. Ends it when its lifetime
     * is over; notes that it was seen (at most once a minute, to spare the database).
     */
    @Transactional
    public boolean stillOpen(String id) {
        UserSession session = repository.find(id).orElse(null);
        Instant now = clock.instant();
        if (session == null || session.ended()) {
            return false;
        }
        if (session.signedInAt().plus(lifetime).isBefore(now)) {
            repository.end(id, now, "lifetime");
            return false;
        }
        if (session.lastSeenAt().plusSeconds(60).isBefore(now)) {
            repository.touch(id, now);
        }
        return true;
    }

    /** Ends one of the user's own sessions (or, for an administrator, anyone's); audited. */
    @Transactional
    public void end(String owner, String id) {
        UserSession session = repository
                .find(id)
                .filter(s -> s.username().equals(owner) && !s.ended())
                .orElseThrow(() -> new NotFoundException("no open session " + shortId(id) + " of " + owner));
        repository.end(session.id(), clock.instant(), "ended");
        audit.record(AuditEvent.of(AuditActions.SESSION_END, ENTITY, owner, null, Map.of("session", shortId(id))));
    }

    /** Ends every open session of the user; audited when there was any. Returns how many. */
    @Transactional
    public int endAll(String username, String reason) {
        int ended = repository.endAll(username, clock.instant(), "ended");
        if (ended > 0) {
            audit.record(AuditEvent.of(AuditActions.SESSION_END, ENTITY, username, null, Map.of("sessions", ended))
                    .withReason(reason));
        }
        return ended;
    }

    /** Ends the session at sign-out; not audited separately (sign-outs are frequent and harmless). */
    @Transactional
    public void signedOut(String id) {
        repository.end(id, clock.instant(), "logout");
    }

    /** The first characters of a session id: enough to tell sessions apart, useless to take one over. */
    public static String shortId(String id) {
        return id == null ? null : id.substring(0, Math.min(8, id.length()));
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
