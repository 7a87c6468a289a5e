package com.qinglian.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outcomes of chain verifications run from the auditor's page. */
@Repository
public class VerificationRecords {

    private final JdbcClient jdbc;

    VerificationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One verification: when, by whom, and whether the chain was intact (else the message key of the problem). */
    public record Record(Instant verifiedAt, String verifiedBy, boolean intact, long entries, String problem) {}

    void record(String auditor, Instant at, ChainVerification result) {
        jdbc.sql("""
                INSERT INTO audit_verification (verified_at, verified_by, intact, entries, problem)
                VALUES (?, ?, ?, ?, ?)
                """)
                .params(
                        at.atOffset(ZoneOffset.UTC),
                        auditor,
                        result.isIntact(),
                        result.checked(),
                        result.isIntact() ? null : result.problem().name() + " #" + result.entryId())
                .update();
    }

    Optional<Record> last() {
        return jdbc.sql("SELECT * FROM audit_verification ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> new Record(
                        rs.getObject("verified_at", OffsetDateTime.class).toInstant(),
                        rs.getString("verified_by"),
                        rs.getBoolean("intact"),
                        rs.getLong("entries"),
                        rs.getString("problem")))
                .optional();
    }
}
