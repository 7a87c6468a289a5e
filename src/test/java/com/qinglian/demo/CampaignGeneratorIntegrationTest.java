package com.qinglian.demo;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignSettingsFormat;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Deadlines;
import com.qinglian.results.ResultRun;
import com.qinglian.results.Results;
import com.qinglian.results.UnitOutcome;
import com.qinglian.rubric.BuiltInRubrics;
import com.qinglian.rubric.Rubric;
import com.qinglian.security.Role;
import com.qinglian.security.SecurityFixtures;
import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The data generator at small scale: the counts it promises, scores the rubric allows, results that compute. */
@DatabaseTest
class CampaignGeneratorIntegrationTest {

    @Autowired
    CampaignGenerator generator;

    @Autowired
    Results results;

    @Autowired
    JdbcClient jdbc;

    private static String uniqueCode() {
        return "g" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void fiftyUnitsMakeAWholeCampaignInReviewWhoseResultsCompute() {
        String code = uniqueCode();

        CampaignGenerator.Summary summary = generator.generate(new CampaignGenerator.Options(50, 7, code, 2021));

        assertThat(summary.agencies()).isEqualTo(17);
        assertThat(summary.stations()).isEqualTo(33);
        assertThat(summary.evaluators()).isEqualTo(2);
        Rubric rubric = BuiltInRubrics.ouhai2021();
        Campaign shape = new Campaign(
                code,
                code,
                2021,
                null,
                null,
                rubric.code(),
                rubric.version(),
                CampaignStatus.REVIEW,
                Deadlines.NONE,
                List.of("A5"),
                CampaignSettingsFormat.DEFAULT,
                0);
        long answeredAgency = shape.answeredItems(rubric.itemsFor("agency")).size();
        long answeredStation = shape.answeredItems(rubric.itemsFor("station")).size();
        long organiserAgency = rubric.itemsFor("agency").size() - answeredAgency;
        long organiserStation = rubric.itemsFor("station").size() - answeredStation;
        assertThat(organiserAgency).as("综合评价 items").isPositive();
        long selfItems = 17 * answeredAgency + 33 * answeredStation;
        assertThat(summary.selfItems()).isEqualTo(selfItems);
        assertThat(summary.evaluatorScores())
                .as("two evaluators per item, the organiser once per 综合评价 item")
                .isEqualTo(2 * selfItems + 17 * organiserAgency + 33 * organiserStation);

        String campaign = "(SELECT id FROM campaign WHERE code = ?)";
        assertThat(count("SELECT COUNT(*) FROM unit WHERE code LIKE ?", code + "-%"))
                .isEqualTo(50);
        assertThat(count(
                        "SELECT COUNT(*) FROM unit WHERE code LIKE ? AND type = 'STATION' AND parent_code LIKE ?",
                        code + "-%",
                        code + "-A%"))
                .isEqualTo(33);
        assertThat(count("SELECT COUNT(*) FROM campaign_unit WHERE campaign_id = " + campaign, code))
                .isEqualTo(50);
        assertThat(count("SELECT COUNT(*) FROM campaign_assignment WHERE lead AND campaign_id = " + campaign, code))
                .isEqualTo(50);
        assertThat(count("""
                        SELECT COUNT(*) FROM self_assessment_item i JOIN self_assessment a ON a.id = i.assessment_id
                         WHERE a.status = 'SUBMITTED' AND a.campaign_id = """ + campaign, code)).isEqualTo(selfItems);
        assertThat(count("SELECT COUNT(*) FROM evaluator_score WHERE campaign_id = " + campaign, code))
                .isEqualTo(summary.evaluatorScores());
        assertThat(count("""
                        SELECT COUNT(*) FROM evidence_file f JOIN self_assessment_item i ON i.id = f.item_id
                          JOIN self_assessment a ON a.id = i.assessment_id WHERE a.campaign_id = """ + campaign, code))
                .isEqualTo(summary.evidenceFiles())
                .isGreaterThan(selfItems / 4);
        assertThat(count("SELECT COUNT(*) FROM ledger_case WHERE campaign_id = " + campaign, code))
                .isEqualTo(summary.cases());
        assertThat(count("SELECT SUM(complete_items) FROM self_assessment WHERE campaign_id = " + campaign, code))
                .as("the kept counts of complete items")
                .isPositive()
                .isEqualTo(count("""
                        SELECT COUNT(*) FROM self_assessment_item i JOIN self_assessment a ON a.id = i.assessment_id
                         WHERE i.self_score IS NOT NULL AND COALESCE(i.explanation, '') <> ''
                           AND (COALESCE(i.no_evidence_reason, '') <> ''
                                OR EXISTS (SELECT 1 FROM evidence_file e WHERE e.item_id = i.id AND e.removed_at IS NULL))
                           AND a.campaign_id = """ + campaign, code));

        Map<String, BigDecimal> points = rubric.placedItems().stream()
                .collect(Collectors.toMap(p -> p.item().code(), p -> p.item().points()));
        jdbc.sql("SELECT item_code, score FROM evaluator_score WHERE campaign_id = " + campaign)
                .param(code)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
                .list()
                .forEach(s -> assertThat(s.getValue())
                        .as(s.getKey())
                        .isBetween(BigDecimal.ZERO, points.get(s.getKey()))
                        .satisfies(v ->
                                assertThat(v.remainder(rubric.step()).signum()).isZero()));

        ResultRun run = uploadAs(SecurityFixtures.signedIn("admin", Role.ADMIN, null), () -> results.compute(code));
        assertThat(run.incomplete()).as("every unit is scored on every item").isEmpty();
        assertThat(run.outcomes())
                .hasSize(50)
                .allSatisfy(o -> assertThat(o.total()).isBetween(BigDecimal.ZERO, new BigDecimal("100")));
        assertThat(run.outcomes()).extracting(UnitOutcome::grade).contains("优秀");

        assertThat(new AuditEntries(jdbc).about("campaign", code))
                .extracting(AuditEntries.Row::action)
                .contains("GENERATE");
    }

    @Test
    void theSameSeedGivesTheSameCampaignAndAnotherSeedAnother() {
        List<String> first = scores(generate(20, 11));
        List<String> again = scores(generate(20, 11));
        List<String> other = scores(generate(20, 12));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void anExistingCampaignIsRefusedAndNothingMoreIsWritten() {
        String code = generate(3, 1);
        long units = count("SELECT COUNT(*) FROM unit");

        assertThatThrownBy(() -> generator.generate(new CampaignGenerator.Options(3, 2, code, 2021)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exists already");
        assertThatThrownBy(() -> new CampaignGenerator.Options(0, 1, "ok", 2021))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CampaignGenerator.Options(1, 1, "no spaces", 2021))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(count("SELECT COUNT(*) FROM unit")).isEqualTo(units);
    }

    private String generate(int units, long seed) {
        String code = uniqueCode();
        generator.generate(new CampaignGenerator.Options(units, seed, code, 2021));
        return code;
    }

    /** The campaign's scores and cases with the campaign's code taken out of unit and evaluator names. */
    private List<String> scores(String code) {
        List<String> rows = new java.util.ArrayList<>(jdbc.sql("""
                        SELECT unit_code, item_code, evaluator, score FROM evaluator_score
                         WHERE campaign_id = (SELECT id FROM campaign WHERE code = ?)
                         ORDER BY unit_code, item_code, evaluator""")
                .param(code)
                .query((rs, n) -> rs.getString(1).replace(code, "") + " " + rs.getString(2) + " "
                        + rs.getString(3).replace(code, "") + " "
                        + rs.getBigDecimal(4).stripTrailingZeros())
                .list());
        rows.addAll(jdbc.sql("""
                        SELECT unit_code, rule_code, case_count FROM ledger_case
                         WHERE campaign_id = (SELECT id FROM campaign WHERE code = ?) ORDER BY unit_code, rule_code""")
                .param(code)
                .query((rs, n) -> rs.getString(1).replace(code, "") + " " + rs.getString(2) + " " + rs.getInt(3))
                .list());
        return rows;
    }
}
