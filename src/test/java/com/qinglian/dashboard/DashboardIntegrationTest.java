package com.qinglian.dashboard;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.dashboard.internal.DashboardQueries;
import com.qinglian.results.Breakdown;
import com.qinglian.results.Results;
import com.qinglian.results.UnitOutcome;
import com.qinglian.rubric.BuiltInRubrics;
import com.qinglian.rubric.RubricNode;
import com.qinglian.security.Role;
import com.qinglian.support.DatabaseTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's figures for a sample campaign against the scoring engine's stored results (read through
 * the results module, unit by unit) and against plain SQL counts of the rows themselves.
 */
@DatabaseTest
class DashboardIntegrationTest {

    @Autowired
    DashboardScenario scenario;

    @Autowired
    CampaignDashboard dashboards;

    @Autowired
    Results results;

    @Autowired
    JdbcClient jdbc;

    private DashboardScenario.Sample sample;
    private CampaignDashboard.Dashboard dashboard;

    @BeforeEach
    void sampleCampaign() {
        sample = scenario.sample();
        dashboard = dashboards.load(sample.campaign(), sample.agencies().get(1), Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void gradesAndTheDistributionCountEveryUnitOfTheEngineResultsOnce() {
        List<UnitOutcome> outcomes = sample.run().outcomes();
        ChartTable grades = chart("grades");
        Map<String, Long> expected = outcomes.stream()
                .collect(Collectors.groupingBy(o -> o.grade() + "/" + o.unitType(), Collectors.counting()));
        Map<String, Long> shown = new HashMap<>();
        for (List<Object> row : grades.rows()) {
            put(shown, row.get(0) + "/agency", (Long) row.get(1));
            put(shown, row.get(0) + "/station", (Long) row.get(2));
        }
        assertThat(shown).isEqualTo(expected);

        ChartTable distribution = chart("distribution");
        for (UnitOutcome o : outcomes) {
            int band = Math.min(o.total().intValue() / 5, 19);
            String label = band * 5 + "–" + (band * 5 + 5);
            int column = o.unitType().equals("agency") ? 1 : 2;
            assertThat(distribution.rows().stream()
                            .filter(r -> r.get(0).equals(label))
                            .findFirst())
                    .as("band of " + o.unitCode() + " (" + o.total() + ")")
                    .hasValueSatisfying(r -> assertThat((Long) r.get(column)).isPositive());
        }
        long counted = distribution.rows().stream()
                .mapToLong(r -> (Long) r.get(1) + (Long) r.get(2))
                .sum();
        assertThat(counted).isEqualTo(outcomes.size()).isEqualTo(5);
        assertThat(dashboard.averageTotal())
                .isEqualByComparingTo(
                        average(outcomes.stream().map(UnitOutcome::total).toList()));
    }

    @Test
    void dimensionAveragesAndTheWeakestItemMatchTheEngineNodeScores() {
        Map<String, Breakdown> breakdowns = new HashMap<>();
        for (String unit : sample.all()) {
            breakdowns.put(
                    unit,
                    uploadAs(signedIn("admin", Role.ADMIN, null), () -> results.breakdown(sample.campaign(), unit)));
        }
        ChartTable dimensions = chart("dimensions");
        List<Object> a1 = dimensions.rows().get(0);
        assertThat(a1.get(0)).isEqualTo("政治清明");
        assertThat((BigDecimal) a1.get(1)).isEqualByComparingTo("20");
        assertThat((BigDecimal) a1.get(2))
                .as("agencies' average on A1")
                .isEqualByComparingTo(average(sample.agencies().stream()
                        .map(u -> breakdowns.get(u).nodes().get("A1").score())
                        .toList()));
        assertThat((BigDecimal) a1.get(3))
                .as("stations' average on A1")
                .isEqualByComparingTo(average(sample.stations().stream()
                        .map(u -> breakdowns.get(u).nodes().get("A1").score())
                        .toList()));

        Map<String, BigDecimal> shortfalls = new HashMap<>();
        for (RubricNode item : BuiltInRubrics.ouhai2021().items()) {
            shortfalls.put(
                    item.code(),
                    average(sample.all().stream()
                            .map(u -> breakdowns
                                    .get(u)
                                    .node(item.code())
                                    .max()
                                    .subtract(
                                            breakdowns.get(u).node(item.code()).score()))
                            .toList()));
        }
        BigDecimal largest =
                shortfalls.values().stream().max(BigDecimal::compareTo).orElseThrow();
        ChartTable weakest = chart("weakest");
        String top = weakest.rows().get(0).get(0).toString().split(" ")[0];
        assertThat(shortfalls.get(top))
                .as("the top item's shortfall is the largest")
                .isEqualByComparingTo(largest);
        assertThat((BigDecimal) weakest.rows().get(0).get(1)).isEqualByComparingTo(largest);
        assertThat(weakest.rows()).hasSize((int)
                shortfalls.values().stream().filter(v -> v.signum() > 0).count());
        List<String> below = sample.all().stream()
                .filter(u -> breakdowns
                                .get(u)
                                .node(top)
                                .score()
                                .compareTo(breakdowns.get(u).node(top).max())
                        < 0)
                .toList();
        assertThat(weakest.rows().get(0).get(2)).isEqualTo((long) below.size());
        assertThat(dashboards.unitsBelow(sample.campaign(), top))
                .extracting(DashboardQueries.UnitShortfall::unitCode)
                .containsExactlyInAnyOrderElementsOf(below);

        ChartTable unit = chart("unit");
        assertThat(unit.headers()).contains(sample.agencies().get(1), "机关平均");
        assertThat((BigDecimal) unit.rows().get(0).get(2))
                .isEqualByComparingTo(breakdowns
                        .get(sample.agencies().get(1))
                        .nodes()
                        .get("A1")
                        .score());
    }

    @Test
    void progressScoringAndNegativeListMatchPlainSqlCounts() {
        ChartTable progress = chart("progress");
        long submitted =
                jdbc.sql("""
                        SELECT COUNT(*) FROM self_assessment a JOIN campaign c ON c.id = a.campaign_id
                         WHERE c.code = ? AND a.status = 'SUBMITTED'
                        """).param(sample.campaign()).query(Long.class).single();
        long sheets = jdbc.sql("""
                        SELECT COUNT(*) FROM self_assessment a JOIN campaign c ON c.id = a.campaign_id WHERE c.code = ?
                        """).param(sample.campaign()).query(Long.class).single();
        List<Object> agencies = progress.rows().get(0);
        List<Object> stations = progress.rows().get(1);
        assertThat((Long) agencies.get(4) + (Long) stations.get(4))
                .isEqualTo(submitted)
                .isEqualTo(1L);
        assertThat((Long) agencies.get(1) + (Long) stations.get(1)).isEqualTo(5 - sheets);
        assertThat(dashboard.submitted()).isEqualTo(1);
        assertThat(dashboard.participants()).isEqualTo(5);

        long scoredAgencyItems =
                jdbc.sql("""
                        SELECT COUNT(*) FROM (SELECT DISTINCT s.unit_code, s.item_code FROM evaluator_score s
                          JOIN campaign c ON c.id = s.campaign_id JOIN unit u ON u.code = s.unit_code
                         WHERE c.code = ? AND u.type = 'AGENCY') x
                        """).param(sample.campaign()).query(Long.class).single();
        assertThat(chart("scoring").rows().get(0).get(1)).isEqualTo(scoredAgencyItems);
        assertThat((Long) chart("scoring").rows().get(0).get(2))
                .as("every applicable manual item of three agencies")
                .isEqualTo(3L * 67);

        ChartTable negative = chart("negative");
        List<Object> form2 = negative.rows().stream()
                .filter(r -> r.get(0).toString().contains("第二种形态"))
                .findFirst()
                .orElseThrow();
        assertThat(form2.get(1)).isEqualTo(2L);
        assertThat(negative.rows().stream()
                        .mapToLong(r -> (Long) r.get(1) + (Long) r.get(2))
                        .sum())
                .isEqualTo(2L);
        assertThat(chart("timeline").rows()).hasSize(1);
        assertThat(chart("timeline").rows().get(0).get(1)).isEqualTo(1L);
    }

    private ChartTable chart(String id) {
        return dashboard.chart(id).orElseThrow(() -> new AssertionError("no chart " + id));
    }

    private static void put(Map<String, Long> counts, String key, long value) {
        if (value > 0) {
            counts.put(key, value);
        }
    }

    private static BigDecimal average(List<BigDecimal> values) {
        return values.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
