package com.qinglian.audit.internal;

import com.qinglian.shared.KeyRing;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.stereotype.Service;

/** What the auditor reads: filtered pages, a streamed export, and the chain verification. */
@Service
public class AuditLog {

    public static final int PAGE_SIZE = 50;
    private static final int EXPORT_BATCH = 1000;

    static final List<String> SENSITIVE_ACTIONS = List.of(
            "LOGIN_FAILURE",
            "LOCKOUT",
            "PASSWORD_RESET",
            "DEACTIVATE",
            "EXPORT",
            "EXPORT_PERSONAL_DATA",
            "STATUS_CHANGE",
            "RETRY");

    private final AuditEntryRepository repository;
    private final VerificationRecords verifications;
    private final KeyRing keys;
    private final Clock clock;
    private final boolean guardedByTriggers;

    AuditLog(
            AuditEntryRepository repository,
            VerificationRecords verifications,
            KeyRing keys,
            Clock clock,
            DataSource dataSource) {
        this.repository = repository;
        this.verifications = verifications;
        this.keys = keys;
        this.clock = clock;
        this.guardedByTriggers = isPostgresql(dataSource);
    }

    /**
     * Page {@code page} (from 1) of the matching entries, newest first; a page past the end is the last page.
     * Pages are read one entry long to tell whether another follows, without counting the whole trail.
     */
    public AuditPage page(AuditFilter filter, int page) {
        int number = Math.max(page, 1);
        List<AuditEntry> entries = repository.find(filter, zone(), (long) (number - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        if (entries.isEmpty() && number > 1) {
            number = (int) Math.max(1, (repository.count(filter, zone()) + PAGE_SIZE - 1) / PAGE_SIZE);
            entries = repository.find(filter, zone(), (long) (number - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        }
        boolean hasNext = entries.size() > PAGE_SIZE;
        return new AuditPage(hasNext ? entries.subList(0, PAGE_SIZE) : entries, number, hasNext);
    }

    /** Hands every matching entry, newest first, to {@code sink}, at most {@code max}; returns how many. */
    public long forEach(AuditFilter filter, long max, Consumer<AuditEntry> sink) {
        long count = 0;
        long beforeId = Long.MAX_VALUE;
        while (count < max) {
            List<AuditEntry> batch =
                    repository.findBefore(filter, zone(), beforeId, (int) Math.min(EXPORT_BATCH, max - count));
            if (batch.isEmpty()) {
                break;
            }
            batch.forEach(sink);
            count += batch.size();
            beforeId = batch.get(batch.size() - 1).id();
        }
        return count;
    }

    public ChainVerification verify() {
        return new AuditChainVerifier(repository, keys).verify();
    }

    /** Verifies the chain and that it still holds the entry the checkpoint (a receipt) names. */
    public ChainVerification verify(AuditCheckpoint checkpoint) {
        return new AuditChainVerifier(repository, keys).verify(checkpoint);
    }

    /**
     * Whether database triggers refuse changes to the trail (PostgreSQL). On the embedded H2 database no
     * trigger guards the table: the keyed chain and the checkpoints are then the only protection.
     */
    public boolean guardedByTriggers() {
        return guardedByTriggers;
    }

    private static boolean isPostgresql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }

    /** Verifies the chain and keeps the outcome, so the auditor's start page shows the last verification. */
    public ChainVerification verifyAndRecord(String auditor) {
        ChainVerification result = verify();
        verifications.record(auditor, clock.instant(), result);
        return result;
    }

    public java.util.Optional<VerificationRecords.Record> lastVerification() {
        return verifications.last();
    }

    /**
     * What an auditor looks at first: changes to accounts and roles, password resets, lockouts, failed sign-ins,
     * exports and status steps (overrides of the normal flow), newest first.
     */
    public List<AuditEntry> sensitive(int limit) {
        return repository.newest(SENSITIVE_ACTIONS, List.of("user"), limit);
    }

    /** The zone filter days and displayed times are in. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** One page of entries. */
    public record AuditPage(List<AuditEntry> entries, int number, boolean hasNext) {

        public boolean hasPrevious() {
            return number > 1;
        }
    }
}
