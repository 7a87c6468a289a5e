package com.qinglian.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.audit.internal.ChainVerification.Problem;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricCatalog;
import com.qinglian.rubric.RubricFixtures;
import com.qinglian.rubric.RubricYaml;
import com.qinglian.support.DatabaseTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;

/** The audit trail on a real database (H2, and PostgreSQL when configured). The table is shared: filter by unique ids. */
@DatabaseTest
class AuditTrailIntegrationTest {

    @Autowired
    com.qinglian.shared.KeyRing keys;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    RubricCatalog catalog;

    private static String uniqueId() {
        return "it-" + UUID.randomUUID();
    }

    private List<AuditEntry> entriesFor(String entityId) {
        List<AuditEntry> entries = new ArrayList<>();
        log.forEach(new AuditFilter(null, null, null, null, entityId, null), Long.MAX_VALUE, entries::add);
        return entries;
    }

    private AuditEntry onlyEntryFor(String entityId) {
        List<AuditEntry> entries = entriesFor(entityId);
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    record UnitState(String name, String type) {}

    @Test
    void appendsEntriesThatLinkToTheOneBefore() {
        String id = uniqueId();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trail.record(AuditEvent.of(AuditActions.CREATE, "unit", id, null, new UnitState("纪委", "AGENCY")));
            trail.record(AuditEvent.of(
                            AuditActions.UPDATE,
                            "unit",
                            id,
                            new UnitState("纪委", "AGENCY"),
                            new UnitState("区纪委", "AGENCY"))
                    .withReason("更正名称"));
        });

        List<AuditEntry> entries = entriesFor(id);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("UPDATE", "CREATE");
        AuditEntry created = entries.get(1);
        AuditEntry updated = entries.get(0);
        assertThat(updated.id()).isEqualTo(created.id() + 1);
        assertThat(updated.prevHash()).isEqualTo(created.hash());
        assertThat(updated.keyId()).isEqualTo("test");
        assertThat(updated.expectedHash(keys)).isEqualTo(updated.hash());
        assertThat(updated.beforeJson()).isEqualTo("{\"name\":\"纪委\",\"type\":\"AGENCY\"}");
        assertThat(updated.afterJson()).isEqualTo("{\"name\":\"区纪委\",\"type\":\"AGENCY\"}");
        assertThat(updated.reason()).isEqualTo("更正名称");
        assertThat(log.verify().isIntact()).isTrue();
    }

    @Test
    void outsideAnyRequestTheActorIsTheSystem() {
        // The test framework puts a mock request on every test thread; a scheduled job has none.
        RequestContextHolder.resetRequestAttributes();
        String id = uniqueId();
        trail.record(AuditEvent.of(AuditActions.STATUS_CHANGE, "campaign", id, null, null));
        assertThat(onlyEntryFor(id).actor()).isEqualTo("system");
        assertThat(onlyEntryFor(id).clientAddress()).isNull();
    }

    @Test
    void takesActorAndAddressFromTheSignedInUserAndTheRequestUnlessGiven() {
        String id = uniqueId();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("reporter-7", null, List.of()));
        try {
            trail.record(AuditEvent.of(
                    AuditActions.STATUS_CHANGE,
                    "assessment",
                    id,
                    Map.of("status", "DRAFT"),
                    Map.of("status", "SUBMITTED")));
            trail.record(AuditEvent.of(AuditActions.LOGIN_FAILURE, "user", id, null, null)
                    .by("someone", "192.0.2.1"));
        } finally {
            SecurityContextHolder.clearContext();
        }
        trail.record(AuditEvent.of(AuditActions.LOGIN_FAILURE, "user", id, null, null));
        assertThat(entriesFor(id))
                .extracting(AuditEntry::actor, AuditEntry::clientAddress)
                .containsExactly(
                        tuple("anonymous", "127.0.0.1"),
                        tuple("someone", "192.0.2.1"),
                        tuple("reporter-7", "127.0.0.1"));
    }

    @Test
    void anEntryIsRolledBackWithTheChangeItRecords() {
        String id = uniqueId();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trail.record(AuditEvent.of(AuditActions.DELETE, "unit", id, Map.of("code", id), null));
            status.setRollbackOnly();
        });
        assertThat(entriesFor(id)).isEmpty();
        assertThat(log.verify().isIntact()).isTrue();
    }

    @Test
    void concurrentAppendsFromSeveralThreadsKeepOneValidChain() throws Exception {
        String id = uniqueId();
        int threads = 6;
        int perThread = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        trail.record(AuditEvent.of(
                                AuditActions.UPDATE, "concurrency", id, null, Map.of("thread", thread, "i", i)));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        List<AuditEntry> entries = entriesFor(id);
        assertThat(entries).hasSize(threads * perThread);
        assertThat(entries).extracting(AuditEntry::afterJson).doesNotHaveDuplicates();
        ChainVerification result = log.verify();
        assertThat(result.isIntact()).as(result.toString()).isTrue();
    }

    @Test
    void aRubricImportPublicationAndDeletionAreAudited() {
        Rubric rubric = RubricFixtures.withVersion(
                RubricFixtures.smallRubric(), "a" + UUID.randomUUID().toString().substring(0, 8));
        String id = rubric.code() + "/" + rubric.version();
        catalog.importFile(RubricYaml.write(rubric).getBytes(StandardCharsets.UTF_8), "importer");
        catalog.deleteDraft(rubric.code(), rubric.version(), "deleter");
        catalog.importFile(RubricYaml.write(rubric).getBytes(StandardCharsets.UTF_8), "importer");
        catalog.publish(rubric.code(), rubric.version(), "publisher");

        List<AuditEntry> entries = entriesFor(id);
        assertThat(entries)
                .extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(
                        tuple("PUBLISH", "publisher"),
                        tuple("IMPORT", "importer"),
                        tuple("DELETE", "deleter"),
                        tuple("IMPORT", "importer"));
        assertThat(entries).allSatisfy(e -> assertThat(e.entityType()).isEqualTo("rubric"));
        assertThat(entries.get(3).afterJson()).contains("\"origin\":\"YAML\"", "\"sha256\":\"");
    }

    @Test
    void theVerifierNamesAnEntryAlteredDirectlyInTheDatabase() {
        String id = uniqueId();
        trail.record(AuditEvent.of(AuditActions.UPDATE, "unit", id, null, Map.of("score", 90))
                .by("evaluator-1", null));
        long entryId = onlyEntryFor(id).id();
        AuditTampering tampering = new AuditTampering(jdbc);

        tampering.setActor(entryId, "evaluator-2");
        try {
            ChainVerification result = log.verify();
            assertThat(result.problem()).isEqualTo(Problem.CONTENT_ALTERED);
            assertThat(result.entryId()).isEqualTo(entryId);
        } finally {
            tampering.setActor(entryId, "evaluator-1");
        }
        assertThat(log.verify().isIntact()).isTrue();
    }

    @Test
    void aForgerWhoRecomputesTheHashBreaksTheLinkToTheNextEntry() {
        String id = uniqueId();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trail.record(AuditEvent.of(AuditActions.UPDATE, "unit", id, null, Map.of("score", 90))
                    .by("evaluator-1", null));
            trail.record(AuditEvent.of(AuditActions.UPDATE, "unit", id, null, Map.of("score", 95))
                    .by("evaluator-1", null));
        });
        AuditEntry first = entriesFor(id).get(1);
        AuditEntry forged = AuditEntry.sealed(
                        first.id(),
                        first.occurredAt(),
                        "evaluator-2",
                        first.clientAddress(),
                        first.action(),
                        first.entityType(),
                        first.entityId(),
                        first.beforeJson(),
                        first.afterJson(),
                        first.reason(),
                        first.prevHash())
                // Even a forger who holds the key can only re-seal this entry, and the next one no longer links.
                .sealedWith(keys, first.keyId());
        AuditTampering tampering = new AuditTampering(jdbc);

        tampering.setActorAndHash(first.id(), forged.actor(), forged.hash());
        try {
            ChainVerification result = log.verify();
            assertThat(result.problem()).isEqualTo(Problem.LINK_BROKEN);
            assertThat(result.entryId()).isEqualTo(first.id() + 1);
        } finally {
            tampering.setActorAndHash(first.id(), first.actor(), first.hash());
        }
        assertThat(log.verify().isIntact()).isTrue();
    }

    @Test
    void onPostgresqlTheDatabaseItselfRefusesToChangeOrRemoveEntries() {
        assumeTrue(new AuditTampering(jdbc).onPostgresql(), "the append-only triggers exist on PostgreSQL only");
        String id = uniqueId();
        trail.record(AuditEvent.of(AuditActions.CREATE, "unit", id, null, null).by("creator", null));
        long entryId = onlyEntryFor(id).id();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'x' WHERE id = ?")
                        .param(entryId)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE id = ?")
                        .param(entryId)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_chain_head SET last_id = last_id - 1")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("may only move");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_chain_head").update())
                .isInstanceOf(DataAccessException.class);
        assertThat(onlyEntryFor(id).actor()).isEqualTo("creator");
    }
}
