package com.qinglian.rubric.internal;

import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricOrigin;
import com.qinglian.rubric.RubricStatus;
import com.qinglian.rubric.RubricYaml;
import com.qinglian.rubric.StoredRubric;
import com.qinglian.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores rubrics as their canonical YAML plus a flattened node table. */
@Repository
public class RubricRepository {

    private final JdbcClient jdbc;

    RubricRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StoredRubric> findAll() {
        return jdbc.sql("SELECT * FROM rubric ORDER BY code, created_at DESC, version DESC")
                .query(this::map)
                .list();
    }

    public Optional<StoredRubric> find(String code, String version) {
        return jdbc.sql("SELECT * FROM rubric WHERE code = ? AND version = ?")
                .params(code, version)
                .query(this::map)
                .optional();
    }

    public boolean exists(String code, String version) {
        return jdbc.sql("SELECT COUNT(*) FROM rubric WHERE code = ? AND version = ?")
                        .params(code, version)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Inserts a new rubric with its nodes; the caller has checked that code and version are free. */
    public void insert(StoredRubric stored) {
        Rubric r = stored.rubric();
        String definition = RubricYaml.write(r);
        jdbc.sql("""
                INSERT INTO rubric (code, version, title, total_points, step, item_count, status, origin,
                                    definition, definition_sha256, created_at, created_by, published_at, published_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        r.code(),
                        r.version(),
                        r.title(),
                        r.total(),
                        r.step(),
                        r.items().size(),
                        stored.status().name(),
                        stored.origin().name(),
                        definition,
                        Sha256.hex(definition),
                        at(stored.createdAt()),
                        stored.createdBy(),
                        at(stored.publishedAt()),
                        stored.publishedBy())
                .update();
        long id = jdbc.sql("SELECT id FROM rubric WHERE code = ? AND version = ?")
                .params(r.code(), r.version())
                .query(Long.class)
                .single();
        insertNodes(id, r);
    }

    /** Moves a draft to published; returns false when it was not a draft any more. */
    public boolean markPublished(StoredRubric published) {
        Rubric r = published.rubric();
        return jdbc.sql("""
                UPDATE rubric SET status = 'PUBLISHED', published_at = ?, published_by = ?
                 WHERE code = ? AND version = ? AND status = 'DRAFT'
                """)
                        .params(at(published.publishedAt()), published.publishedBy(), r.code(), r.version())
                        .update()
                == 1;
    }

    /** Replaces a draft's content (same code and version) with its nodes; false when it is not a draft any more. */
    /**
     * Gives a draft another code, version and title. The organiser's evidence expectations of the draft, whose rows
     * name it by code and version, move with it.
     */
    public boolean renameDraft(String code, String version, Rubric renamed) {
        List<Map<String, Object>> expectations = jdbc.sql(
                        "SELECT * FROM item_expectation WHERE rubric_code = ? AND rubric_version = ?")
                .params(code, version)
                .query()
                .listOfRows(); // case-insensitive keys: H2 names columns in capitals
        jdbc.sql("DELETE FROM item_expectation WHERE rubric_code = ? AND rubric_version = ?")
                .params(code, version)
                .update();
        String definition = RubricYaml.write(renamed);
        boolean updated = jdbc.sql("""
                UPDATE rubric SET code = ?, version = ?, title = ?, definition = ?, definition_sha256 = ?
                 WHERE code = ? AND version = ? AND status = 'DRAFT'
                """)
                        .params(
                                renamed.code(),
                                renamed.version(),
                                renamed.title(),
                                definition,
                                Sha256.hex(definition),
                                code,
                                version)
                        .update()
                == 1;
        for (Map<String, Object> row : expectations) {
            jdbc.sql("""
                    INSERT INTO item_expectation (rubric_code, rubric_version, item_code, kind, period, per_period,
                                                  rate_percent, evidence_name, phrase, confirmed_by, confirmed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            renamed.code(),
                            renamed.version(),
                            row.get("item_code"),
                            row.get("kind"),
                            row.get("period"),
                            row.get("per_period"),
                            row.get("rate_percent"),
                            row.get("evidence_name"),
                            row.get("phrase"),
                            row.get("confirmed_by"),
                            row.get("confirmed_at"))
                    .update();
        }
        return updated;
    }

    public boolean replaceDraft(Rubric r) {
        String definition = RubricYaml.write(r);
        boolean updated = jdbc.sql("""
                UPDATE rubric SET title = ?, total_points = ?, item_count = ?, definition = ?, definition_sha256 = ?
                 WHERE code = ? AND version = ? AND status = 'DRAFT'
                """)
                        .params(
                                r.title(),
                                r.total(),
                                r.items().size(),
                                definition,
                                Sha256.hex(definition),
                                r.code(),
                                r.version())
                        .update()
                == 1;
        if (updated) {
            long id = jdbc.sql("SELECT id FROM rubric WHERE code = ? AND version = ?")
                    .params(r.code(), r.version())
                    .query(Long.class)
                    .single();
            jdbc.sql("DELETE FROM rubric_node WHERE rubric_id = ?").param(id).update();
            insertNodes(id, r);
        }
        return updated;
    }

    public boolean deleteDraft(String code, String version) {
        return jdbc.sql("DELETE FROM rubric WHERE code = ? AND version = ? AND status = 'DRAFT'")
                        .params(code, version)
                        .update()
                == 1;
    }

    private void insertNodes(long rubricId, Rubric rubric) {
        List<Object[]> rows = new ArrayList<>();
        for (RubricNode top : rubric.nodes()) {
            collect(top, null, 0, rows);
        }
        int position = 0;
        for (Object[] row : rows) {
            RubricNode node = (RubricNode) row[0];
            jdbc.sql("""
                    INSERT INTO rubric_node (rubric_id, code, parent_code, level, position, depth, label, points)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            rubricId,
                            node.code(),
                            row[1],
                            node.level().name(),
                            position++,
                            row[2],
                            node.label(),
                            node.points())
                    .update();
        }
    }

    private static void collect(RubricNode node, String parent, int depth, List<Object[]> rows) {
        rows.add(new Object[] {node, parent, depth});
        node.children().forEach(child -> collect(child, node.code(), depth + 1, rows));
    }

    private StoredRubric map(ResultSet rs, int row) throws SQLException {
        Rubric rubric = RubricYaml.read(rs.getString("definition").getBytes(StandardCharsets.UTF_8));
        return new StoredRubric(
                rubric,
                RubricStatus.valueOf(rs.getString("status")),
                RubricOrigin.valueOf(rs.getString("origin")),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                instant(rs, "published_at"),
                rs.getString("published_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
