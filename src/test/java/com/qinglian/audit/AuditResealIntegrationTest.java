package com.qinglian.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.audit.internal.AuditCheckpoint;
import com.qinglian.audit.internal.AuditCheckpoints;
import com.qinglian.audit.internal.AuditEntry;
import com.qinglian.audit.internal.AuditLog;
import com.qinglian.audit.internal.ChainVerification;
import com.qinglian.audit.internal.ChainVerification.Problem;
import com.qinglian.support.DatabaseTest;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An intruder with full database access (on PostgreSQL a superuser who switches the append-only triggers
 * off) rewrites an entry and re-seals the whole chain from the first entry, the only way open without the
 * secret key, and removes the stored checkpoints. Verification against the auditor's receipt finds it, in the
 * application and in the verify-audit command. Everything is put back afterwards: the database is shared.
 */
@DatabaseTest
class AuditResealIntegrationTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog log;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Value("${qinglian.secret-key}")
    String secretKey;

    private record Row(long id, String actor, String prevHash, String hash, String keyId) {}

    private boolean onPostgresql() {
        return "PostgreSQL"
                .equals(jdbc.sql("SELECT 1")
                        .query((rs, n) ->
                                rs.getStatement().getConnection().getMetaData().getDatabaseProductName())
                        .single());
    }

    private void triggers(boolean on) {
        if (onPostgresql()) {
            String verb = on ? "ENABLE" : "DISABLE";
            jdbc.sql("ALTER TABLE audit_entry " + verb + " TRIGGER ALL").update();
            jdbc.sql("ALTER TABLE audit_chain_head " + verb + " TRIGGER ALL").update();
        }
    }

    private List<AuditEntry> chain() {
        return jdbc.sql("SELECT * FROM audit_entry ORDER BY id")
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        rs.getString("client_address"),
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        rs.getString("before_json"),
                        rs.getString("after_json"),
                        rs.getString("reason"),
                        rs.getString("prev_hash"),
                        rs.getString("hash"),
                        rs.getString("key_id")))
                .list();
    }

    private void write(long id, String actor, String prevHash, String hash, String keyId) {
        jdbc.sql("UPDATE audit_entry SET actor = ?, prev_hash = ?, hash = ?, key_id = ? WHERE id = ?")
                .params(actor, prevHash, hash, keyId, id)
                .update();
    }

    @Test
    void aChainReSealedFromTheStartIsCaughtByTheAuditorsReceipt() throws Exception {
        String marker = "reseal-" + UUID.randomUUID();
        trail.record(AuditEvent.of("CREATE", "unit", marker, null, null).by("honest", null));
        trail.record(AuditEvent.of("UPDATE", "unit", marker, null, null).by("honest", null));
        AuditCheckpoint checkpoint = checkpoints.take("test");
        trail.record(AuditEvent.of("DELETE", "unit", marker, null, null).by("honest", null));
        assertThat(log.verify(checkpoint).isIntact()).isTrue();
        Path receipt = Files.createTempFile("receipt", ".json");
        Files.writeString(receipt, checkpoint.receipt());

        List<AuditEntry> original = chain();
        long target = original.stream()
                .filter(e -> marker.equals(e.entityId()))
                .findFirst()
                .orElseThrow()
                .id();
        List<Row> saved = original.stream()
                .map(e -> new Row(e.id(), e.actor(), e.prevHash(), e.hash(), e.keyId()))
                .toList();
        String head = jdbc.sql("SELECT last_hash FROM audit_chain_head")
                .query(String.class)
                .single();
        List<Object[]> storedCheckpoints = jdbc.sql("SELECT * FROM audit_checkpoint")
                .query((rs, n) -> new Object[] {
                    rs.getLong("id"),
                    rs.getObject("taken_at", OffsetDateTime.class),
                    rs.getLong("last_id"),
                    rs.getString("last_hash"),
                    rs.getString("key_id"),
                    rs.getString("signature"),
                    rs.getString("reason")
                })
                .list();

        triggers(false);
        try {
            String previous = AuditEntry.GENESIS;
            for (AuditEntry e : original) {
                AuditEntry forged = AuditEntry.sealed(
                        e.id(),
                        e.occurredAt(),
                        e.id() == target ? "intruder" : e.actor(),
                        e.clientAddress(),
                        e.action(),
                        e.entityType(),
                        e.entityId(),
                        e.beforeJson(),
                        e.afterJson(),
                        e.reason(),
                        previous);
                write(forged.id(), forged.actor(), forged.prevHash(), forged.hash(), null);
                previous = forged.hash();
            }
            jdbc.sql("UPDATE audit_chain_head SET last_hash = ?")
                    .param(previous)
                    .update();
            jdbc.sql("DELETE FROM audit_checkpoint").update();

            ChainVerification alone = log.verify();
            assertThat(alone.isIntact())
                    .as("without a receipt, a chain re-sealed from the start is consistent")
                    .isTrue();
            assertThat(alone.provenKey())
                    .as("but it no longer claims to be keyed")
                    .isEqualTo("audit.verify.proven.unkeyed");

            ChainVerification against = log.verify(checkpoint);
            assertThat(against.problem()).isEqualTo(Problem.CHECKPOINT_MISMATCH);
            assertThat(against.entryId()).isEqualTo(checkpoint.lastId());

            ByteArrayOutputStream output = new ByteArrayOutputStream();
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            int status = VerifyAuditCommand.run(
                    new PrintStream(output, true, StandardCharsets.UTF_8),
                    VerifyAuditCommand.NAME,
                    "--qinglian.secret-key=" + secretKey,
                    "--checkpoint=" + receipt,
                    "--spring.datasource.url=" + pool.getJdbcUrl(),
                    "--spring.datasource.username=" + pool.getUsername(),
                    "--spring.datasource.password=" + (pool.getPassword() == null ? "" : pool.getPassword()));
            assertThat(status).as(output.toString(StandardCharsets.UTF_8)).isEqualTo(VerifyAuditCommand.TAMPERED);
            assertThat(output.toString(StandardCharsets.UTF_8)).contains("与检查点回执记录的不符");
        } finally {
            for (Row row : saved) {
                write(row.id(), row.actor(), row.prevHash(), row.hash(), row.keyId());
            }
            jdbc.sql("UPDATE audit_chain_head SET last_hash = ?").param(head).update();
            for (Object[] c : storedCheckpoints) {
                jdbc.sql("""
                        INSERT INTO audit_checkpoint (id, taken_at, last_id, last_hash, key_id, signature, reason)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """).params(c).update();
            }
            triggers(true);
        }
        assertThat(log.verify(checkpoint).isIntact()).as("put back").isTrue();
        assertThat(log.verify().provenKey()).isEqualTo("audit.verify.proven.keyed");
    }
}
