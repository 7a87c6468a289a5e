package com.qinglian.results.internal;

import com.qinglian.results.Breakdown;
import com.qinglian.results.IncompleteUnit;
import com.qinglian.results.MissingItem;
import com.qinglian.results.ResultRun;
import com.qinglian.results.UnitOutcome;
import com.qinglian.scoring.ExplanationLine;
import com.qinglian.scoring.NodeScore;
import com.qinglian.scoring.UnitResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Result runs in plain SQL: a new run replaces the current one; old runs stay for the record. */
@Repository
public class ResultRepository {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ResultRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A new current run, computed from the inputs of {@code inputRevision} (see {@code CampaignInputs}). */
    public long insertRun(String campaignCode, Instant at, String actor, String sha256, long inputRevision) {
        jdbc.sql("""
                UPDATE result_run SET is_current = FALSE
                 WHERE campaign_id = (SELECT id FROM campaign WHERE code = ?) AND is_current = TRUE
                """).param(campaignCode).update();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO result_run (campaign_id, computed_at, computed_by, inputs_sha256, input_revision, is_current)
                SELECT id, ?, ?, ?, ?, TRUE FROM campaign WHERE code = ?
                """)
                .params(at.atOffset(ZoneOffset.UTC), actor, sha256, inputRevision, campaignCode)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Stores the units' results of a run: their rows first, in batches, then their node scores and explanation
     * lines in batches of {@link #CHUNK} units, so a province's run is a few hundred statements, not three per unit.
     */
    public void insertUnits(long runId, List<UnitResult> results) {
        for (int from = 0; from < results.size(); from += CHUNK) {
            List<Object[]> rows = new ArrayList<>();
            for (UnitResult r : results.subList(from, Math.min(results.size(), from + CHUNK))) {
                rows.add(new Object[] {
                    runId,
                    r.unit().code(),
                    r.unit().name(),
                    r.unit().type(),
                    r.maxTotal(),
                    r.itemsTotal(),
                    r.deductionTotal(),
                    r.bonusTotal(),
                    r.total(),
                    r.grade(),
                    String.join(";", r.vetoes()),
                    r.rank(),
                    r.rankInType()
                });
            }
            batch.batchUpdate("""
                    INSERT INTO unit_result (run_id, unit_code, unit_name, unit_type, max_total, items_total, deductions,
                                             bonus, total, grade, vetoes, overall_rank, type_rank)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, rows);
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("SELECT id, unit_code FROM unit_result WHERE run_id = ?")
                .param(runId)
                .query(rs -> {
                    ids.put(rs.getString("unit_code"), rs.getLong("id"));
                });
        for (int from = 0; from < results.size(); from += CHUNK) {
            List<Object[]> nodes = new ArrayList<>();
            List<Object[]> lines = new ArrayList<>();
            for (UnitResult r : results.subList(from, Math.min(results.size(), from + CHUNK))) {
                long id = ids.get(r.unit().code());
                for (NodeScore node : r.nodes()) {
                    nodes.add(new Object[] {id, node.code(), node.score(), node.max()});
                }
                int position = 0;
                for (ExplanationLine line : r.explanation()) {
                    lines.add(
                            new Object[] {id, position++, line.kind().name(), line.code(), line.points(), line.detail()
                            });
                }
            }
            batch.batchUpdate(
                    "INSERT INTO unit_result_node (result_id, node_code, score, max_score) VALUES (?, ?, ?, ?)", nodes);
            batch.batchUpdate(
                    "INSERT INTO unit_result_line (result_id, position, kind, code, points, detail)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    lines);
        }
    }

    /**
     * The run's sums per unit type and node that the dashboards average (dimensions, weakest items), in one
     * grouped statement once the node scores are stored: a run never changes, and per view they would be 5
     * million rows to read at 50,000 units.
     */
    public void insertNodeSums(long runId) {
        jdbc.sql("""
                INSERT INTO result_node_sum (run_id, unit_type, node_code, units, score_sum, max_score,
                                             shortfall_sum, units_below)
                SELECT r.run_id, r.unit_type, n.node_code, COUNT(*), SUM(n.score), MAX(n.max_score),
                       SUM(n.max_score - n.score), SUM(CASE WHEN n.score < n.max_score THEN 1 ELSE 0 END)
                  FROM unit_result r
                  JOIN unit_result_node n ON n.result_id = r.id
                 WHERE r.run_id = ?
                 GROUP BY r.run_id, r.unit_type, n.node_code
                """).param(runId).update();
    }

    public void insertIncomplete(long runId, IncompleteUnit unit) {
        List<Object[]> rows = new ArrayList<>();
        for (MissingItem m : unit.missing()) {
            rows.add(new Object[] {
                runId,
                unit.unitCode(),
                unit.unitName(),
                unit.unitType(),
                m.itemCode(),
                m.itemLabel(),
                rows.size(),
                m.kind().name(),
                String.join(",", m.owedBy())
            });
        }
        batch.batchUpdate("""
                INSERT INTO unit_result_missing (run_id, unit_code, unit_name, unit_type, item_code, item_label, position,
                                                 kind, owed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    public Optional<ResultRun> current(String campaignCode) {
        return jdbc.sql("""
                SELECT r.* FROM result_run r JOIN campaign c ON c.id = r.campaign_id
                 WHERE c.code = ? AND r.is_current = TRUE
                """)
                .param(campaignCode)
                .query((rs, n) -> new ResultRun(
                        rs.getLong("id"),
                        rs.getObject("computed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("computed_by"),
                        rs.getString("inputs_sha256"),
                        outcomes(rs.getLong("id")),
                        incomplete(rs.getLong("id"))))
                .optional();
    }

    /**
     * The current run's input revision and digest beside the campaign's input revision; the run's revision is null
     * for a run stored before revisions were kept.
     */
    public Optional<RunInputs> currentRunInputs(String campaignCode) {
        return jdbc.sql("""
                SELECT r.input_revision AS run_revision, r.inputs_sha256, c.input_revision AS campaign_revision
                  FROM result_run r JOIN campaign c ON c.id = r.campaign_id
                 WHERE c.code = ? AND r.is_current = TRUE
                """)
                .param(campaignCode)
                .query((rs, n) -> new RunInputs(
                        rs.getObject("run_revision", Long.class),
                        rs.getString("inputs_sha256"),
                        rs.getLong("campaign_revision")))
                .optional();
    }

    /** What the current run was computed from, and the campaign's revision now. */
    public record RunInputs(Long runRevision, String sha256, long campaignRevision) {}

    /** The id of the campaign's current run, without loading the run. */
    public Optional<Long> currentRunId(String campaignCode) {
        return jdbc.sql("""
                SELECT r.id FROM result_run r JOIN campaign c ON c.id = r.campaign_id
                 WHERE c.code = ? AND r.is_current = TRUE
                """).param(campaignCode).query(Long.class).optional();
    }

    /** One unit's entry among a run's incomplete units, if it is one. */
    public Optional<IncompleteUnit> incompleteUnit(long runId, String unitCode) {
        return incomplete(runId, unitCode).stream().findFirst();
    }

    public Optional<Breakdown> breakdown(long runId, String unitCode) {
        return jdbc.sql("SELECT * FROM unit_result WHERE run_id = ? AND unit_code = ?")
                .params(runId, unitCode)
                .query(this::mapOutcome)
                .optional()
                .map(outcome -> new Breakdown(outcome, nodes(outcome.id()), lines(outcome.id())));
    }

    private List<UnitOutcome> outcomes(long runId) {
        return jdbc.sql("SELECT * FROM unit_result WHERE run_id = ? ORDER BY overall_rank, unit_code")
                .param(runId)
                .query(this::mapOutcome)
                .list();
    }

    private List<IncompleteUnit> incomplete(long runId) {
        return incomplete(runId, null);
    }

    /** The run's incomplete units, or only the given one (null: all). */
    private List<IncompleteUnit> incomplete(long runId, String unitCode) {
        Map<String, IncompleteUnit> units = new LinkedHashMap<>();
        Map<String, List<MissingItem>> items = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT * FROM unit_result_missing
                 WHERE run_id = ? AND (CAST(? AS VARCHAR) IS NULL OR unit_code = ?)
                 ORDER BY unit_code, position
                """).params(runId, unitCode, unitCode).query(rs -> {
            String code = rs.getString("unit_code");
            units.putIfAbsent(
                    code, new IncompleteUnit(code, rs.getString("unit_name"), rs.getString("unit_type"), List.of()));
            String owed = rs.getString("owed_by");
            items.computeIfAbsent(code, c -> new ArrayList<>())
                    .add(new MissingItem(
                            rs.getString("item_code"),
                            rs.getString("item_label"),
                            MissingItem.Kind.valueOf(rs.getString("kind")),
                            owed.isEmpty() ? List.of() : Arrays.asList(owed.split(","))));
        });
        return units.values().stream()
                .map(u -> new IncompleteUnit(u.unitCode(), u.unitName(), u.unitType(), items.get(u.unitCode())))
                .toList();
    }

    private Map<String, Breakdown.NodeValue> nodes(long resultId) {
        Map<String, Breakdown.NodeValue> out = new LinkedHashMap<>();
        jdbc.sql("SELECT node_code, score, max_score FROM unit_result_node WHERE result_id = ?")
                .param(resultId)
                .query(rs -> {
                    out.put(
                            rs.getString("node_code"),
                            new Breakdown.NodeValue(rs.getBigDecimal("score"), rs.getBigDecimal("max_score")));
                });
        return out;
    }

    private List<Breakdown.Line> lines(long resultId) {
        return jdbc.sql("SELECT kind, code, points, detail FROM unit_result_line WHERE result_id = ? ORDER BY position")
                .param(resultId)
                .query((rs, n) -> new Breakdown.Line(
                        rs.getString("kind"), rs.getString("code"), rs.getBigDecimal("points"), rs.getString("detail")))
                .list();
    }

    private UnitOutcome mapOutcome(ResultSet rs, int row) throws SQLException {
        return outcome(rs, rs.getLong("id"));
    }

    /** A unit's stored outcome from a row of {@code unit_result} columns, whatever the query calls its id. */
    static UnitOutcome outcome(ResultSet rs, long resultId) throws SQLException {
        String vetoes = rs.getString("vetoes");
        return new UnitOutcome(
                resultId,
                rs.getString("unit_code"),
                rs.getString("unit_name"),
                rs.getString("unit_type"),
                rs.getBigDecimal("max_total"),
                rs.getBigDecimal("items_total"),
                rs.getBigDecimal("deductions"),
                rs.getBigDecimal("bonus"),
                rs.getBigDecimal("total"),
                rs.getString("grade"),
                vetoes.isEmpty() ? List.of() : Arrays.asList(vetoes.split(";")),
                rs.getInt("overall_rank"),
                rs.getInt("type_rank"));
    }
}
