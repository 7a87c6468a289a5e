package com.qinglian.operations;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.qinglian.QinglianApplication;
import com.qinglian.audit.internal.AuditLog;
import com.qinglian.evidence.EvidenceSamples;
import com.qinglian.evidence.EvidenceStore;
import com.qinglian.ledger.Ledger;
import com.qinglian.ledger.cases.LedgerCase;
import com.qinglian.ledger.cases.LedgerCases;
import com.qinglian.results.EndToEndScenarios;
import com.qinglian.results.ResultRun;
import com.qinglian.results.Results;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.SecurityFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * scripts/backup.sh and scripts/restore.sh, run as an operator runs them: a campaign with scores, negative-list
 * cases, evidence files and computed results is backed up while the application runs, restored into an empty
 * database and an empty data directory, and the application started on the copy finds the audit chain intact,
 * the same input digest for the results and every evidence file with its recorded SHA-256. On H2 (the default
 * file URL with AUTO_SERVER) and, when the build runs the db tests there, on PostgreSQL with pg_dump.
 */
@Tag("db")
class BackupRestoreIntegrationTest {

    private static final CurrentUser ORGANISER = SecurityFixtures.signedIn("admin", Role.ADMIN, null);

    /** A stored evidence file as the database records it. */
    record StoredFile(String key, String sha256) {}

    /** What the source database holds at backup time. */
    record Snapshot(
            String campaign, String inputsDigest, long lastAuditId, String lastAuditHash, List<StoredFile> files) {}

    @Test
    void aRunningSystemBackedUpIsRestoredWholeIntoAnEmptyDatabaseAndDataDirectory() throws Exception {
        try (BackupDatabases databases = BackupDatabases.forThisRun()) {
            if (databases.isPostgres()) {
                assumeTrue(
                        BackupDatabases.onPath("pg_dump")
                                && BackupDatabases.onPath("pg_restore")
                                && BackupDatabases.onPath("psql"),
                        "pg_dump, pg_restore or psql is not on the PATH: the PostgreSQL backup is not tested here");
            }
            Path work = Path.of("target", "test-data", "backup-" + UUID.randomUUID())
                    .toAbsolutePath();
            Path sourceDir = Files.createDirectories(work.resolve("source"));
            Path targetDir = Files.createDirectories(work.resolve("restored"));
            Path backups = work.resolve("backups");

            Snapshot before;
            Path backup;
            try (ConfigurableApplicationContext source = start(databases, sourceDir, false)) {
                before = campaignWithEvidence(source);
                ScriptRun.Outcome backedUp =
                        ScriptRun.run("backup.sh", variables(databases, sourceDir, false), backups.toString());
                assertThat(backedUp.exit()).as(backedUp.output()).isZero();
                backup = Path.of(
                        backedUp.output().strip().lines().reduce((a, b) -> b).orElseThrow());
            }
            assertThat(backup.getParent()).isEqualTo(backups);
            assertThat(backup.resolve(databases.isPostgres() ? "database.dump" : "database.zip"))
                    .isNotEmptyFile();
            assertThat(Files.readAllLines(backup.resolve("evidence.sha256")))
                    .hasSize(before.files().size());

            Map<String, String> restoreVariables = variables(databases, targetDir, true);
            ScriptRun.Outcome restored = ScriptRun.run("restore.sh", restoreVariables, backup.toString());
            assertThat(restored.exit()).as(restored.output()).isZero();
            assertThat(restored.output())
                    .as("restore.sh verifies the evidence and the audit chain itself")
                    .contains("every SHA-256 matches")
                    .contains("链完整");

            ScriptRun.Outcome again = ScriptRun.run("restore.sh", restoreVariables, backup.toString());
            assertThat(again.exit())
                    .as("a second restore onto the restored copy is refused: " + again.output())
                    .isEqualTo(2);

            try (ConfigurableApplicationContext copy = start(databases, targetDir, true)) {
                assertRestoredWhole(copy, before);
            }
        }
    }

    private static ConfigurableApplicationContext start(BackupDatabases databases, Path dataDir, boolean target) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", "0");
        properties.put("qinglian.data-dir", dataDir.toString());
        properties.put("qinglian.test.datasource.url", databases.url(dataDir, target));
        properties.put("qinglian.test.datasource.username", databases.user());
        properties.put("qinglian.test.datasource.password", databases.password());
        String[] arguments = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(QinglianApplication.class)
                .profiles("test")
                .run(arguments);
    }

    /** The variables of the scripts: the node's data directory and database, and the secret key kept apart. */
    private static Map<String, String> variables(BackupDatabases databases, Path dataDir, boolean target) {
        Map<String, String> variables = new HashMap<>(databases.scriptVariables(target));
        variables.put("QINGLIAN_DATA_DIR", dataDir.toString());
        variables.put("QINGLIAN_SECRET_KEY", testSecretKey());
        return variables;
    }

    private static String testSecretKey() {
        try (InputStream yaml = BackupRestoreIntegrationTest.class.getResourceAsStream("/application-test.yml")) {
            String text = new String(yaml.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return text.lines()
                    .filter(l -> l.startsWith("qinglian.secret-key:"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip().replace("\"", ""))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The end-to-end campaign, each case with a document attached, results computed. */
    private static Snapshot campaignWithEvidence(ConfigurableApplicationContext node) {
        String campaign =
                node.getBean(EndToEndScenarios.class).threeUnitsScored().campaign();
        LedgerCases cases = node.getBean(LedgerCases.class);
        List<LedgerCase> recorded = node.getBean(Ledger.class).cases(campaign);
        assertThat(recorded).hasSizeGreaterThanOrEqualTo(3);
        List<byte[]> documents = List.of(EvidenceSamples.pdf(), EvidenceSamples.png(), EvidenceSamples.xlsx());
        for (int i = 0; i < recorded.size(); i++) {
            long id = recorded.get(i).id();
            byte[] content = documents.get(i % documents.size());
            uploadAs(ORGANISER, () -> cases.attach(campaign, id, "处分决定.bin", new ByteArrayInputStream(content)));
        }
        Results results = node.getBean(Results.class);
        ResultRun run = uploadAs(ORGANISER, () -> results.compute(campaign));
        assertThat(run.outcomes()).isNotEmpty();
        JdbcClient jdbc = node.getBean(JdbcClient.class);
        long lastId =
                jdbc.sql("SELECT MAX(id) FROM audit_entry").query(Long.class).single();
        String lastHash = hashOf(jdbc, lastId);
        List<StoredFile> files = storedFiles(jdbc);
        assertThat(files).hasSizeGreaterThanOrEqualTo(recorded.size());
        return new Snapshot(campaign, run.inputsSha256(), lastId, lastHash, files);
    }

    private static void assertRestoredWhole(ConfigurableApplicationContext copy, Snapshot before) throws Exception {
        assertThat(copy.getBean(AuditLog.class).verify().isIntact())
                .as("the audit chain verifies on the restored copy")
                .isTrue();
        JdbcClient jdbc = copy.getBean(JdbcClient.class);
        assertThat(hashOf(jdbc, before.lastAuditId()))
                .as("the last audit entry at backup time is there, unchanged")
                .isEqualTo(before.lastAuditHash());

        Results results = copy.getBean(Results.class);
        assertThat(results.inputs(before.campaign()).sha256())
                .as("the results' inputs are the same")
                .isEqualTo(before.inputsDigest());
        assertThat(results.stored(before.campaign()).orElseThrow().inputsSha256())
                .isEqualTo(before.inputsDigest());
        assertThat(results.stale(before.campaign())).isFalse();

        assertThat(storedFiles(jdbc)).containsExactlyInAnyOrderElementsOf(before.files());
        EvidenceStore store = copy.getBean(EvidenceStore.class);
        for (StoredFile file : before.files()) {
            try (InputStream content = store.open(file.key())) {
                assertThat(sha256(content)).as("evidence %s", file.key()).isEqualTo(file.sha256());
            }
        }
    }

    private static String hashOf(JdbcClient jdbc, long auditId) {
        return jdbc.sql("SELECT hash FROM audit_entry WHERE id = ?")
                .param(auditId)
                .query(String.class)
                .single();
    }

    /** Every evidence file the database refers to: self-assessment, case and appeal documents. */
    private static List<StoredFile> storedFiles(JdbcClient jdbc) {
        return Stream.of("evidence_file", "ledger_attachment", "appeal_evidence")
                .flatMap(table -> jdbc
                        .sql("SELECT storage_key, sha256 FROM " + table)
                        .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2)))
                        .list()
                        .stream())
                .toList();
    }

    private static String sha256(InputStream content) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[8192];
        for (int n; (n = content.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
