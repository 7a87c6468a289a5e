package com.qinglian.rubric;

import static com.qinglian.rubric.RubricFixtures.smallRubric;
import static com.qinglian.rubric.RubricFixtures.withVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.qinglian.shared.ConflictException;
import com.qinglian.support.DatabaseTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rubric storage on a real database (H2, and PostgreSQL when configured). */
@DatabaseTest
class RubricCatalogIntegrationTest {

    @Autowired
    RubricCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    private static byte[] yaml(Rubric rubric) {
        return RubricYaml.write(rubric).getBytes(StandardCharsets.UTF_8);
    }

    private static Rubric uniqueSmallRubric() {
        return withVersion(smallRubric(), "v" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void theBuiltInRubricIsInstalledAndPublishedAtStartUp() {
        StoredRubric stored = catalog.find("ouhai-clean-agency", "2021").orElseThrow();
        assertThat(stored.isPublished()).isTrue();
        assertThat(stored.origin()).isEqualTo(RubricOrigin.BUILT_IN);
        assertThat(stored.rubric()).isEqualTo(BuiltInRubrics.ouhai2021());
        Integer items = jdbc.sql("""
                SELECT COUNT(*) FROM rubric_node n JOIN rubric r ON r.id = n.rubric_id
                 WHERE r.code = 'ouhai-clean-agency' AND r.version = '2021' AND n.level = 'ITEM'
                """).query(Integer.class).single();
        assertThat(items).isEqualTo(67);
    }

    @Test
    void installingTheBuiltInRubricAgainChangesNothing() {
        assertThat(catalog.installBuiltIn(BuiltInRubrics.ouhai2021())).isFalse();
    }

    @Test
    void importsADraftThenPublishesIt() {
        Rubric rubric = uniqueSmallRubric();
        StoredRubric draft = catalog.importFile(yaml(rubric), "admin");
        assertThat(draft.status()).isEqualTo(RubricStatus.DRAFT);
        assertThat(catalog.find(rubric.code(), rubric.version()).orElseThrow().rubric())
                .isEqualTo(rubric);

        StoredRubric published = catalog.publish(rubric.code(), rubric.version(), "admin");

        assertThat(published.isPublished()).isTrue();
        assertThat(catalog.findPublished(rubric.code(), rubric.version())).contains(rubric);
        Integer nodes = jdbc.sql(
                        "SELECT COUNT(*) FROM rubric_node n JOIN rubric r ON r.id = n.rubric_id WHERE r.version = ?")
                .param(rubric.version())
                .query(Integer.class)
                .single();
        assertThat(nodes).isEqualTo((int) rubric.allNodes().count());
    }

    @Test
    void reimportingADraftReplacesIt() {
        Rubric rubric = uniqueSmallRubric();
        catalog.importFile(yaml(rubric), "admin");
        Rubric retitled = new Rubric(
                rubric.code(),
                rubric.version(),
                "改过的标题",
                null,
                rubric.total(),
                null,
                null,
                null,
                rubric.nodes(),
                rubric.negativeList(),
                null);
        catalog.importFile(yaml(retitled), "admin");
        assertThat(catalog.find(rubric.code(), rubric.version())
                        .orElseThrow()
                        .rubric()
                        .title())
                .isEqualTo("改过的标题");
    }

    @Test
    void aPublishedVersionIsNeverReplaced() {
        Rubric rubric = uniqueSmallRubric();
        catalog.importFile(yaml(rubric), "admin");
        catalog.publish(rubric.code(), rubric.version(), "admin");

        assertThatThrownBy(() -> catalog.importFile(yaml(rubric), "admin"))
                .isInstanceOfSatisfying(
                        RubricInvalidException.class,
                        e -> assertThat(e.problems())
                                .extracting(RubricProblem::key)
                                .containsExactly("rubric.error.versionPublished"));
        assertThatThrownBy(() -> catalog.publish(rubric.code(), rubric.version(), "admin"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> catalog.deleteDraft(rubric.code(), rubric.version(), "admin"))
                .isInstanceOf(ConflictException.class);
        assertThat(catalog.find(rubric.code(), rubric.version())).isPresent();
    }

    @Test
    void anInvalidFileStoresNothing() {
        Rubric rubric = uniqueSmallRubric();
        String broken = RubricYaml.write(rubric).replace("points: 3.5", "points: 3");
        int before = catalog.list().size();

        assertThatThrownBy(() -> catalog.importFile(broken.getBytes(StandardCharsets.UTF_8), "admin"))
                .isInstanceOfSatisfying(
                        RubricInvalidException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.location() + " " + p.key())
                                .contains("B1 rubric.error.sumMismatch"));
        assertThat(catalog.list()).hasSize(before);
        assertThat(catalog.find(rubric.code(), rubric.version())).isEmpty();
    }

    @Test
    void onPostgresqlTheDatabaseItselfRefusesToChangeAPublishedRubric() {
        String product = jdbc.sql("SELECT 1")
                .query((rs, n) ->
                        rs.getStatement().getConnection().getMetaData().getDatabaseProductName())
                .single();
        assumeTrue(product.equals("PostgreSQL"), "the immutability trigger exists on PostgreSQL only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE rubric SET title = 'x' WHERE code = 'ouhai-clean-agency'")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("is published and cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM rubric WHERE code = 'ouhai-clean-agency'")
                        .update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void aDraftCanBeDeleted() {
        Rubric rubric = uniqueSmallRubric();
        catalog.importFile(yaml(rubric), "admin");
        catalog.deleteDraft(rubric.code(), rubric.version(), "admin");
        assertThat(catalog.find(rubric.code(), rubric.version())).isEmpty();
    }
}
