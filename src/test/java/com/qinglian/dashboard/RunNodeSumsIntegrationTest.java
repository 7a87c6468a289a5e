package com.qinglian.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.dashboard.internal.DashboardQueries;
import com.qinglian.rubric.BuiltInRubrics;
import com.qinglian.rubric.RubricNode;
import com.qinglian.support.DatabaseTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The per-run sums written with a computed run against the same aggregates computed on the fly from the run's
 * node scores, and the weakest items read from them against the query the dashboard used to run per view.
 */
@DatabaseTest
class RunNodeSumsIntegrationTest {

    @Autowired
    DashboardScenario scenario;

    @Autowired
    DashboardQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSumsStoredWithARunAreTheRunsNodeScoresGrouped() {
        long run = scenario.sample().run().id();

        List<String> stored = rows("""
                SELECT unit_type, node_code, units, score_sum, max_score, shortfall_sum, units_below
                  FROM result_node_sum WHERE run_id = ?
                 ORDER BY unit_type, node_code
                """, run);
        List<String> onTheFly = rows("""
                SELECT r.unit_type, n.node_code, COUNT(*), SUM(n.score), MAX(n.max_score), SUM(n.max_score - n.score),
                       SUM(CASE WHEN n.score < n.max_score THEN 1 ELSE 0 END)
                  FROM unit_result r JOIN unit_result_node n ON n.result_id = r.id
                 WHERE r.run_id = ?
                 GROUP BY r.unit_type, n.node_code
                 ORDER BY r.unit_type, n.node_code
                """, run);

        assertThat(stored).hasSizeGreaterThan(100).isEqualTo(onTheFly);
    }

    @Test
    void theWeakestItemsFromTheSumsAreThoseAveragedOverEveryItemScore() {
        DashboardScenario.Sample sample = scenario.sample();
        long run = sample.run().id();
        List<String> items = BuiltInRubrics.ouhai2021().items().stream()
                .map(RubricNode::code)
                .toList();

        List<String> fromSums = queries.weakestItems(run, items, 10).stream()
                .map(s -> s.itemCode() + " " + s.average().setScale(6, RoundingMode.HALF_UP) + " " + s.unitsBelow()
                        + "/" + s.units())
                .toList();
        List<String> perView = jdbc.sql("""
                        SELECT n.node_code, AVG(n.max_score - n.score) AS shortfall,
                               SUM(CASE WHEN n.score < n.max_score THEN 1 ELSE 0 END), COUNT(*)
                          FROM unit_result r
                          JOIN unit_result_node n ON n.result_id = r.id
                          JOIN rubric_node rn ON rn.code = n.node_code AND rn.level = 'ITEM'
                          JOIN rubric rb ON rb.id = rn.rubric_id
                          JOIN campaign c ON c.rubric_code = rb.code AND c.rubric_version = rb.version
                         WHERE r.run_id = ? AND c.code = ?
                         GROUP BY n.node_code
                        HAVING AVG(n.max_score - n.score) > 0
                         ORDER BY shortfall DESC, n.node_code
                         LIMIT 10
                        """)
                .params(run, sample.campaign())
                .query((rs, n) -> rs.getString(1) + " "
                        + rs.getBigDecimal(2).setScale(6, RoundingMode.HALF_UP) + " " + rs.getLong(3) + "/"
                        + rs.getLong(4))
                .list();

        assertThat(fromSums).hasSize(4).isEqualTo(perView);
        assertThat(queries.nodeAverages(run, List.of("A1")))
                .extracting(a -> a.unitType() + " " + a.average().setScale(6, RoundingMode.HALF_UP))
                .containsExactlyInAnyOrderElementsOf(jdbc.sql("""
                                SELECT r.unit_type, AVG(n.score) FROM unit_result r
                                  JOIN unit_result_node n ON n.result_id = r.id
                                 WHERE r.run_id = ? AND n.node_code = 'A1'
                                 GROUP BY r.unit_type
                                """)
                        .param(run)
                        .query((rs, n) ->
                                rs.getString(1) + " " + rs.getBigDecimal(2).setScale(6, RoundingMode.HALF_UP))
                        .list());
    }

    private List<String> rows(String sql, long run) {
        List<String> out = new ArrayList<>();
        jdbc.sql(sql).param(run).query(rs -> {
            List<String> cells = new ArrayList<>();
            for (int i = 1; i <= 7; i++) {
                Object value = rs.getObject(i);
                cells.add(
                        value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(value));
            }
            out.add(String.join("|", cells));
        });
        return out;
    }
}
