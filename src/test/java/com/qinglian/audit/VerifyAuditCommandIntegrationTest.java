package com.qinglian.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.audit.internal.AuditEntry;
import com.qinglian.audit.internal.AuditFilter;
import com.qinglian.audit.internal.AuditLog;
import com.qinglian.audit.internal.AuditTampering;
import com.qinglian.support.DatabaseTest;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The verify-audit command against the test database: exit status and the two-language outcome. */
@DatabaseTest
class VerifyAuditCommandIntegrationTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Value("${qinglian.secret-key}")
    String secretKey;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    // The pool's own URL: the configured one draws a new random database name each time it is read.
    private int verifyAudit(String... more) {
        HikariDataSource pool = unwrap();
        List<String> args = new ArrayList<>(List.of(
                VerifyAuditCommand.NAME,
                "--qinglian.secret-key=" + secretKey,
                "--spring.datasource.url=" + pool.getJdbcUrl(),
                "--spring.datasource.username=" + pool.getUsername(),
                "--spring.datasource.password=" + (pool.getPassword() == null ? "" : pool.getPassword())));
        args.addAll(List.of(more));
        return VerifyAuditCommand.run(
                new PrintStream(output, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
    }

    private HikariDataSource unwrap() {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exitsZeroAndSaysSoInBothLanguagesWhenTheChainIsIntact() {
        trail.record(AuditEvent.of(AuditActions.CREATE, "unit", "cli-" + UUID.randomUUID(), null, null));

        assertThat(verifyAudit()).as(this::printed).isEqualTo(VerifyAuditCommand.INTACT);
        assertThat(printed())
                .containsPattern("链完整,共 \\d+ 条")
                .containsPattern("Chain intact, \\d+ entries")
                .contains("用保存在数据库之外的密钥签封", "sealed with a key kept outside the database");
    }

    @Test
    void exitsThreeAndNamesTheTamperedEntry() {
        String id = "cli-" + UUID.randomUUID();
        trail.record(AuditEvent.of(AuditActions.CREATE, "unit", id, null, null).by("creator", null));
        List<AuditEntry> entries = new ArrayList<>();
        log.forEach(new AuditFilter(null, null, null, null, id, null), 1, entries::add);
        long entryId = entries.get(0).id();
        AuditTampering tampering = new AuditTampering(jdbc);

        tampering.setActor(entryId, "someone-else");
        try {
            assertThat(verifyAudit()).as(this::printed).isEqualTo(VerifyAuditCommand.TAMPERED);
        } finally {
            tampering.setActor(entryId, "creator");
        }
        assertThat(printed()).contains("第 " + entryId + " 条记录已被篡改", "Entry " + entryId + " was tampered with");
    }

    @Test
    void exitsTwoWhenItCannotReachTheDatabase() {
        int status = VerifyAuditCommand.run(
                new PrintStream(output, true, StandardCharsets.UTF_8),
                VerifyAuditCommand.NAME,
                "--spring.datasource.url=jdbc:h2:mem:empty-" + UUID.randomUUID());
        assertThat(status).isEqualTo(VerifyAuditCommand.CANNOT_CHECK);
        assertThat(printed()).contains("无法校验审计日志", "Could not verify the audit trail");
    }
}
