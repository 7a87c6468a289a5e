package com.qinglian.rubric.internal;

import com.qinglian.rubric.DraftDoubt;
import com.qinglian.rubric.DraftReview;
import com.qinglian.rubric.LineRange;
import com.qinglian.rubric.RubricDoubt;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The source text, node lines and doubts kept with a draft read from Word or copied text. */
@Repository
public class RubricDraftRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RubricDraftRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The id of a draft, its row locked until the transaction ends; empty when there is no such draft. */
    public Optional<Long> lockDraft(String code, String version) {
        return jdbc.sql("SELECT id FROM rubric WHERE code = ? AND version = ? AND status = 'DRAFT' FOR UPDATE")
                .params(code, version)
                .query(Long.class)
                .optional();
    }

    public Optional<Long> idOf(String code, String version) {
        return jdbc.sql("SELECT id FROM rubric WHERE code = ? AND version = ?")
                .params(code, version)
                .query(Long.class)
                .optional();
    }

    public void insert(long rubricId, List<String> lines, Map<String, LineRange> sources, List<RubricDoubt> doubts) {
        List<Object[]> lineRows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            lineRows.add(new Object[] {rubricId, i + 1, lines.get(i)});
        }
        batch.batchUpdate("INSERT INTO rubric_draft_source (rubric_id, line_no, content) VALUES (?, ?, ?)", lineRows);
        List<Object[]> sourceRows = sources.entrySet().stream()
                .map(e -> new Object[] {
                    rubricId, e.getKey(), e.getValue().from(), e.getValue().to()
                })
                .toList();
        batch.batchUpdate(
                "INSERT INTO rubric_draft_node_lines (rubric_id, code, line_from, line_to) VALUES (?, ?, ?, ?)",
                sourceRows);
        List<Object[]> argRows = new ArrayList<>();
        for (int n = 1; n <= doubts.size(); n++) {
            RubricDoubt d = doubts.get(n - 1);
            jdbc.sql("""
                    INSERT INTO rubric_draft_doubt (rubric_id, doubt_no, kind, node_code, line_from, line_to)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            rubricId,
                            n,
                            d.kind().name(),
                            d.node(),
                            d.lines().from(),
                            d.lines().to())
                    .update();
            for (int p = 0; p < d.args().size(); p++) {
                argRows.add(new Object[] {rubricId, n, p, d.args().get(p)});
            }
        }
        batch.batchUpdate(
                "INSERT INTO rubric_draft_doubt_arg (rubric_id, doubt_no, position, arg) VALUES (?, ?, ?, ?)", argRows);
    }

    /** The review of a rubric, or empty when it was not read from Word or text (no source lines). */
    public Optional<DraftReview> review(long rubricId) {
        List<String> lines = jdbc.sql("SELECT content FROM rubric_draft_source WHERE rubric_id = ? ORDER BY line_no")
                .param(rubricId)
                .query(String.class)
                .list();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Map<String, LineRange> sources = new HashMap<>();
        jdbc.sql("SELECT code, line_from, line_to FROM rubric_draft_node_lines WHERE rubric_id = ?")
                .param(rubricId)
                .query(rs -> {
                    sources.put(rs.getString("code"), new LineRange(rs.getInt("line_from"), rs.getInt("line_to")));
                });
        Map<Integer, List<String>> args = new HashMap<>();
        jdbc.sql("SELECT doubt_no, arg FROM rubric_draft_doubt_arg WHERE rubric_id = ? ORDER BY doubt_no, position")
                .param(rubricId)
                .query(rs -> {
                    args.computeIfAbsent(rs.getInt("doubt_no"), k -> new ArrayList<>())
                            .add(rs.getString("arg"));
                });
        List<DraftDoubt> doubts = jdbc.sql("SELECT * FROM rubric_draft_doubt WHERE rubric_id = ? ORDER BY doubt_no")
                .param(rubricId)
                .query((rs, row) -> doubt(rs, args))
                .list();
        return Optional.of(new DraftReview(lines, sources, doubts));
    }

    public int openDoubts(long rubricId) {
        return jdbc.sql("SELECT COUNT(*) FROM rubric_draft_doubt WHERE rubric_id = ? AND settled_by IS NULL")
                .param(rubricId)
                .query(Integer.class)
                .single();
    }

    /** Settles an open doubt; false when there is no such doubt or it was settled already. */
    public boolean settle(long rubricId, int number, String actor, Instant at, String note) {
        return jdbc.sql("""
                UPDATE rubric_draft_doubt SET settled_by = ?, settled_at = ?, note = ?
                 WHERE rubric_id = ? AND doubt_no = ? AND settled_by IS NULL
                """)
                        .params(actor, at.atOffset(ZoneOffset.UTC), note, rubricId, number)
                        .update()
                == 1;
    }

    private static DraftDoubt doubt(ResultSet rs, Map<Integer, List<String>> args) throws SQLException {
        int number = rs.getInt("doubt_no");
        RubricDoubt doubt = new RubricDoubt(
                RubricDoubt.Kind.valueOf(rs.getString("kind")),
                rs.getString("node_code"),
                new LineRange(rs.getInt("line_from"), rs.getInt("line_to")),
                args.getOrDefault(number, List.of()),
                rs.getString("settled_by"),
                rs.getString("note"));
        OffsetDateTime at = rs.getObject("settled_at", OffsetDateTime.class);
        return new DraftDoubt(number, doubt, at == null ? null : at.toInstant());
    }
}
