package com.qinglian.dashboard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboards' figures, each one grouped aggregate in SQL over the campaign's rows (by unit type, status,
 * node, day), so that the database does the counting and only a few dozen rows come back whatever the
 * number of units. Result figures read the campaign's current stored run, never the live scores.
 */
@Repository
public class DashboardQueries {

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A count for a unit type and a key (status, grade, bucket, rule, day). */
    public record Count(String unitType, String key, long count) {}

    /** A node's average score and largest maximum for a unit type (or for all units when the type is null). */
    public record NodeAverage(String unitType, String nodeCode, BigDecimal average, BigDecimal max, long units) {}

    /** The run the result figures come from. */
    public record Run(long id, Instant computedAt) {}

    /** A run's units with a result and their average total. */
    public record RunTotals(long units, BigDecimal averageTotal) {}

    /** Self-assessment status of every participant by unit type; a participant without a sheet is NONE. */
    public List<Count> selfAssessmentByType(String campaignCode) {
        return jdbc.sql("""
                SELECT u.type, COALESCE(a.status, 'NONE') AS status, COUNT(*) AS n
                  FROM campaign c
                  JOIN campaign_unit cu ON cu.campaign_id = c.id
                  JOIN unit u ON u.code = cu.unit_code
                  LEFT JOIN self_assessment a ON a.campaign_id = c.id AND a.unit_code = cu.unit_code
                 WHERE c.code = ?
                 GROUP BY u.type, COALESCE(a.status, 'NONE')
                """)
                .param(campaignCode)
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** First submissions per day and unit type (a resubmission after a return does not count again). */
    public List<Count> firstSubmissionsByDay(String campaignCode) {
        return jdbc.sql("""
                SELECT unit_type, CAST(first_day AS VARCHAR(10)), COUNT(*) FROM (
                    SELECT u.type AS unit_type, CAST(MIN(e.occurred_at) AS DATE) AS first_day
                      FROM campaign c
                      JOIN self_assessment a ON a.campaign_id = c.id
                      JOIN self_assessment_event e ON e.assessment_id = a.id AND e.kind = 'SUBMIT'
                      JOIN unit u ON u.code = a.unit_code
                     WHERE c.code = ?
                     GROUP BY a.id, u.type) firsts
                 GROUP BY unit_type, first_day
                 ORDER BY 2
                """)
                .param(campaignCode)
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /**
     * Items scored by at least one evaluator (or organiser), per unit type: the sum of the units' counts, which
     * the evaluation module keeps with every score it adds (counting them here would read every score).
     */
    public List<Count> scoredItemsByType(String campaignCode) {
        return jdbc.sql("""
                SELECT u.type, u.type, SUM(k.items)
                  FROM scored_item_count k
                  JOIN unit u ON u.code = k.unit_code
                 WHERE k.campaign_id = (SELECT id FROM campaign WHERE code = ?)
                 GROUP BY u.type
                """)
                .param(campaignCode)
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    public Optional<Run> currentRun(String campaignCode) {
        return jdbc.sql("""
                SELECT r.id, r.computed_at FROM result_run r JOIN campaign c ON c.id = r.campaign_id
                 WHERE c.code = ? AND r.is_current = TRUE
                """)
                .param(campaignCode)
                .query((rs, n) -> new Run(
                        rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** The number of units with a result in the run, and their average total (null without any). */
    public RunTotals runTotals(long runId) {
        return jdbc.sql("SELECT COUNT(*), AVG(total) FROM unit_result WHERE run_id = ?")
                .param(runId)
                .query((rs, n) -> new RunTotals(rs.getLong(1), rs.getBigDecimal(2)))
                .single();
    }

    /** Units per 5-point band of the total and unit type; the band is floor(total / 5). */
    public List<Count> totalsByBand(long runId) {
        return jdbc.sql("""
                SELECT unit_type, CAST(FLOOR(total / 5) AS INTEGER) AS band, COUNT(*)
                  FROM unit_result WHERE run_id = ?
                 GROUP BY unit_type, CAST(FLOOR(total / 5) AS INTEGER)
                """)
                .param(runId)
                .query((rs, n) -> new Count(rs.getString(1), String.valueOf(rs.getInt(2)), rs.getLong(3)))
                .list();
    }

    /** Units per grade and unit type, with the lowest total of the grade to order grades by. */
    public List<Count> grades(long runId) {
        return jdbc.sql("""
                SELECT unit_type, grade, COUNT(*) FROM unit_result WHERE run_id = ?
                 GROUP BY unit_type, grade
                """)
                .param(runId)
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** Grades from the best to the worst, by the average total of their units. */
    public List<String> gradeOrder(long runId) {
        return jdbc.sql("SELECT grade FROM unit_result WHERE run_id = ? GROUP BY grade ORDER BY AVG(total) DESC")
                .param(runId)
                .query(String.class)
                .list();
    }

    /** Average score per node and unit type, for the given nodes (e.g. the dimensions), from the run's sums. */
    public List<NodeAverage> nodeAverages(long runId, List<String> nodeCodes) {
        if (nodeCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT unit_type, node_code, score_sum, max_score, units FROM result_node_sum
                 WHERE run_id = :run AND node_code IN (:nodes)
                """)
                .param("run", runId)
                .param("nodes", nodeCodes)
                .query((rs, n) -> new NodeAverage(
                        rs.getString(1),
                        rs.getString(2),
                        average(rs.getBigDecimal(3), rs.getLong(5)),
                        rs.getBigDecimal(4),
                        rs.getLong(5)))
                .list();
    }

    /** One unit's node scores in the run (nodes given), with the unit's type as the type. */
    public List<NodeAverage> unitNodes(long runId, String unitCode, List<String> nodeCodes) {
        if (nodeCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT r.unit_type, n.node_code, n.score, n.max_score, 1
                  FROM unit_result r JOIN unit_result_node n ON n.result_id = r.id
                 WHERE r.run_id = :run AND r.unit_code = :unit AND n.node_code IN (:nodes)
                """)
                .param("run", runId)
                .param("unit", unitCode)
                .param("nodes", nodeCodes)
                .query((rs, n) -> new NodeAverage(
                        rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getLong(5)))
                .list();
    }

    /** An item with the average shortfall (points − score) over all units it applies to. */
    public record Shortfall(String itemCode, BigDecimal total, long unitsBelow, long units) {

        public BigDecimal average() {
            return DashboardQueries.average(total, units);
        }

        /** Larger shortfall first (compared exactly, without dividing), then by code. */
        static final Comparator<Shortfall> WORST_FIRST = ((Comparator<Shortfall>) (a, b) -> b.total
                        .multiply(BigDecimal.valueOf(a.units))
                        .compareTo(a.total.multiply(BigDecimal.valueOf(b.units))))
                .thenComparing(Shortfall::itemCode);
    }

    /** The given items (the campaign's rubric's) with the largest average shortfall in the run, largest first. */
    public List<Shortfall> weakestItems(long runId, List<String> itemCodes, int limit) {
        if (itemCodes.isEmpty()) {
            return List.of();
        }
        return jdbc
                .sql("""
                SELECT node_code, SUM(shortfall_sum), SUM(units_below), SUM(units) FROM result_node_sum
                 WHERE run_id = :run AND node_code IN (:items)
                 GROUP BY node_code
                HAVING SUM(shortfall_sum) > 0
                """)
                .param("run", runId)
                .param("items", itemCodes)
                .query((rs, n) -> new Shortfall(rs.getString(1), rs.getBigDecimal(2), rs.getLong(3), rs.getLong(4)))
                .list()
                .stream()
                .sorted(Shortfall.WORST_FIRST)
                .limit(limit)
                .toList();
    }

    /**
     * A sum over units divided by their number. Ten decimals: a sum of scores with two decimals over fewer than
     * 10⁷ units is never closer than 10⁻¹⁰ to a rounding boundary of two decimals unless it lies on it, so
     * rounding this for display gives what rounding the exact average would.
     */
    static BigDecimal average(BigDecimal sum, long units) {
        return units == 0 ? null : sum.divide(BigDecimal.valueOf(units), 10, RoundingMode.HALF_UP);
    }

    /** A unit below full points on an item. */
    public record UnitShortfall(String unitCode, String unitName, String unitType, BigDecimal score, BigDecimal max) {}

    public List<UnitShortfall> unitsBelow(long runId, String itemCode, int limit) {
        return jdbc.sql("""
                SELECT r.unit_code, r.unit_name, r.unit_type, n.score, n.max_score
                  FROM unit_result r JOIN unit_result_node n ON n.result_id = r.id
                 WHERE r.run_id = ? AND n.node_code = ? AND n.score < n.max_score
                 ORDER BY n.score - n.max_score, r.unit_code
                 LIMIT ?
                """)
                .params(runId, itemCode, limit)
                .query((rs, n) -> new UnitShortfall(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5)))
                .list();
    }

    /** Negative-list cases dated in the campaign's period, per rule and unit type (cases, not entries). */
    public List<Count> negativeCases(String campaignCode) {
        return jdbc.sql("""
                SELECT u.type, lc.rule_code, SUM(lc.case_count)
                  FROM ledger_case lc
                  JOIN campaign c ON c.id = lc.campaign_id
                  JOIN unit u ON u.code = lc.unit_code
                 WHERE c.code = ? AND lc.case_date BETWEEN c.period_start AND c.period_end
                 GROUP BY u.type, lc.rule_code
                """)
                .param(campaignCode)
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** Returned items awaiting the unit, per unit, in a campaign. */
    public List<Count> returnedItems(String campaignCode) {
        return jdbc.sql("""
                SELECT a.unit_code, a.unit_code, COUNT(*)
                  FROM self_assessment a
                  JOIN campaign c ON c.id = a.campaign_id
                  JOIN self_assessment_item i ON i.assessment_id = a.id AND i.status = 'RETURNED'
                 WHERE c.code = ?
                 GROUP BY a.unit_code
                """)
                .param(campaignCode)
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** A returned item of a unit with the evaluator's reason. */
    public record ReturnedItem(String itemCode, String reason) {}

    public List<ReturnedItem> returnedItemsOf(String campaignCode, String unitCode) {
        return jdbc.sql("""
                SELECT i.item_code, i.return_reason
                  FROM self_assessment a
                  JOIN campaign c ON c.id = a.campaign_id
                  JOIN self_assessment_item i ON i.assessment_id = a.id AND i.status = 'RETURNED'
                 WHERE c.code = ? AND a.unit_code = ?
                 ORDER BY i.item_code
                """)
                .params(campaignCode, unitCode)
                .query((rs, n) -> new ReturnedItem(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** A unit's status and answered count in a campaign (answered as the progress page counts it). */
    public record Sheet(String status, Instant submittedAt) {}

    public Optional<Sheet> sheet(String campaignCode, String unitCode) {
        return jdbc.sql("""
                SELECT a.status, a.submitted_at FROM self_assessment a JOIN campaign c ON c.id = a.campaign_id
                 WHERE c.code = ? AND a.unit_code = ?
                """)
                .params(campaignCode, unitCode)
                .query((rs, n) -> {
                    OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
                    return new Sheet(rs.getString(1), at == null ? null : at.toInstant());
                })
                .optional();
    }

    /** A unit's stored result in a campaign's current run. */
    public record UnitResult(
            BigDecimal total, String grade, int overallRank, int typeRank, long units, long unitsOfType) {}

    public Optional<UnitResult> unitResult(String campaignCode, String unitCode) {
        return jdbc.sql("""
                SELECT u.total, u.grade, u.overall_rank, u.type_rank,
                       (SELECT COUNT(*) FROM unit_result x WHERE x.run_id = r.id),
                       (SELECT COUNT(*) FROM unit_result x WHERE x.run_id = r.id AND x.unit_type = u.unit_type)
                  FROM result_run r
                  JOIN campaign c ON c.id = r.campaign_id
                  JOIN unit_result u ON u.run_id = r.id
                 WHERE c.code = ? AND r.is_current = TRUE AND u.unit_code = ?
                """)
                .params(campaignCode, unitCode)
                .query((rs, n) -> new UnitResult(
                        rs.getBigDecimal(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getLong(5), rs.getLong(6)))
                .optional();
    }

    /** A finalized campaign's average total per unit type. */
    public record YearAverage(String campaignCode, int year, String unitType, BigDecimal average, long units) {}

    public List<YearAverage> finalizedAverages() {
        return jdbc.sql("""
                SELECT c.code, c.year, u.unit_type, AVG(u.total), COUNT(*)
                  FROM campaign c
                  JOIN result_run r ON r.campaign_id = c.id AND r.is_current = TRUE
                  JOIN unit_result u ON u.run_id = r.id
                 WHERE c.status = 'FINALIZED'
                 GROUP BY c.code, c.year, u.unit_type
                 ORDER BY c.year, c.code
                """)
                .query((rs, n) -> new YearAverage(
                        rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBigDecimal(4), rs.getLong(5)))
                .list();
    }

    /** One node score of a unit in a finalized campaign (node null: the total). */
    public record YearScore(String campaignCode, int year, String nodeCode, BigDecimal score, BigDecimal max) {}

    public List<YearScore> unitAcrossYears(String unitCode) {
        return jdbc.sql("""
                SELECT c.code, c.year, n.node_code, n.score, n.max_score
                  FROM campaign c
                  JOIN result_run r ON r.campaign_id = c.id AND r.is_current = TRUE
                  JOIN unit_result u ON u.run_id = r.id AND u.unit_code = ?
                  JOIN unit_result_node n ON n.result_id = u.id
                 WHERE c.status = 'FINALIZED'
                UNION ALL
                SELECT c.code, c.year, NULL, u.total, u.max_total
                  FROM campaign c
                  JOIN result_run r ON r.campaign_id = c.id AND r.is_current = TRUE
                  JOIN unit_result u ON u.run_id = r.id AND u.unit_code = ?
                 WHERE c.status = 'FINALIZED'
                 ORDER BY 2, 1, 3
                """)
                .params(unitCode, unitCode)
                .query((rs, n) -> new YearScore(
                        rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5)))
                .list();
    }

    /** Each unit's sheet status in a campaign (unit code as the type, status as the key). */
    public List<Count> sheetStatuses(String campaignCode) {
        return jdbc.sql("""
                SELECT a.unit_code, a.status, 1 FROM self_assessment a JOIN campaign c ON c.id = a.campaign_id
                 WHERE c.code = ?
                """)
                .param(campaignCode)
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }
}
