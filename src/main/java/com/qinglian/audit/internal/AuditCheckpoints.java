package com.qinglian.audit.internal;

import com.qinglian.shared.KeyRing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checkpoints of the audit chain: the head's id and hash, signed with the secret key, stored, and written to
 * the log (logger {@code com.qinglian.audit.checkpoints}), so that a copy exists outside the database. Taken
 * at least daily (checked hourly) and after every campaign stage change.
 */
@Service
public class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger("com.qinglian.audit.checkpoints");

    private final JdbcClient jdbc;
    private final AuditEntryRepository entries;
    private final KeyRing keys;
    private final Clock clock;

    AuditCheckpoints(JdbcClient jdbc, AuditEntryRepository entries, KeyRing keys, Clock clock) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.keys = keys;
        this.clock = clock;
    }

    /** Takes a checkpoint of the chain as committed now. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditCheckpoint take(String reason) {
        ChainHead head = entries.head();
        String keyId = keys.currentId().orElseThrow();
        String cut = reason.length() <= 200 ? reason : reason.substring(0, 200);
        Instant now = clock.instant();
        long id = jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM audit_checkpoint")
                .query(Long.class)
                .single();
        AuditCheckpoint checkpoint =
                new AuditCheckpoint(id, now, head.lastId(), head.lastHash(), keyId, null, cut).signed(keys);
        jdbc.sql("""
                INSERT INTO audit_checkpoint (id, taken_at, last_id, last_hash, key_id, signature, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        checkpoint.id(),
                        checkpoint.takenAt().atOffset(ZoneOffset.UTC),
                        checkpoint.lastId(),
                        checkpoint.lastHash(),
                        checkpoint.keyId(),
                        checkpoint.signature(),
                        checkpoint.reason())
                .update();
        log.info("audit checkpoint {}", checkpoint.receipt().strip());
        return checkpoint;
    }

    /** Hourly: a checkpoint when the last one is a day old and entries were added since. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    @SchedulerLock(name = "audit-checkpoint", lockAtMostFor = "PT10M")
    public void daily() {
        Optional<AuditCheckpoint> last = latest();
        ChainHead head = entries.head();
        boolean due = last.map(c ->
                        c.takenAt().isBefore(clock.instant().minus(Duration.ofDays(1))) && c.lastId() != head.lastId())
                .orElse(head.lastId() > 0);
        if (due) {
            take("daily");
        }
    }

    @Transactional(readOnly = true)
    public List<AuditCheckpoint> list() {
        return jdbc.sql("SELECT * FROM audit_checkpoint ORDER BY id DESC LIMIT 100")
                .query(AuditCheckpoints::map)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<AuditCheckpoint> find(long id) {
        return jdbc.sql("SELECT * FROM audit_checkpoint WHERE id = ?")
                .param(id)
                .query(AuditCheckpoints::map)
                .optional();
    }

    public Optional<AuditCheckpoint> latest() {
        return jdbc.sql("SELECT * FROM audit_checkpoint ORDER BY id DESC LIMIT 1")
                .query(AuditCheckpoints::map)
                .optional();
    }

    private static AuditCheckpoint map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditCheckpoint(
                rs.getLong("id"),
                rs.getObject("taken_at", OffsetDateTime.class).toInstant(),
                rs.getLong("last_id"),
                rs.getString("last_hash"),
                rs.getString("key_id"),
                rs.getString("signature"),
                rs.getString("reason"));
    }
}
