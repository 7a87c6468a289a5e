package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.aReporterOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.evaluation.Evaluations;
import com.qinglian.evaluation.EvaluatorScore;
import com.qinglian.support.DatabaseTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Finalization over HTTP: refused while incomplete without an override, then everything behind the results is
 * read-only (409, or the page with its refusal), the final digest is shown; on PostgreSQL a trigger refuses even
 * direct updates of the finalized campaign's rows.
 */
@DatabaseTest
class FinalizationWebTest {

    @Autowired
    ResultsScenarios scenarios;

    @Autowired
    Results results;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Evaluations evaluations;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aFinalizedCampaignRefusesEveryChangeAndShowsItsFinalDigest() throws SQLException {
        ResultsScenarios.Reviewed r = scenarios.inReview();
        for (String unit : r.units()) {
            scenarios.scoreInFull(r, unit, Map.of());
        }
        ResultRun run = uploadAs(ResultsScenarios.ORGANISER, () -> results.compute(r.campaign()));
        uploadAs(
                ResultsScenarios.ORGANISER,
                () -> campaigns.openPublicity(r.campaign(), CampaignFixtures.openWindow(), "评审完成", null));

        assertThat(mvc.post()
                        .uri("/campaigns/" + r.campaign() + "/status")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("target", "FINALIZED")
                        .param("reason", "公示期满无异议"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/campaigns/" + r.campaign());
        assertThat(campaigns.get(r.campaign()).status()).isEqualTo(CampaignStatus.FINALIZED);
        assertThat(mvc.get()
                        .uri("/campaigns/" + r.campaign() + "/results")
                        .with(user("leader").roles("LEADER")))
                .hasStatusOk()
                .bodyText()
                .contains("已归档", run.inputsSha256());

        assertThat(mvc.post()
                        .uri("/campaigns/" + r.campaign() + "/units/" + r.agency() + "/scores/A1.1.1")
                        .with(user(r.evaluator()))
                        .with(csrf())
                        .param("score", "0")
                        .param("comment", "归档后改分")
                        .param("version", "0"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.post()
                        .uri("/campaigns/" + r.campaign() + "/ledger")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("unitCode", r.agency())
                        .param("ruleCode", "FORM1")
                        .param("count", "1")
                        .param("date", "2021-03-01")
                        .param("documentNumber", "归档后补录")
                        .param("issuingBody", "区纪委"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.post()
                        .uri("/campaigns/" + r.campaign() + "/results/compute")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.post()
                        .uri("/campaigns/" + r.campaign() + "/status")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("target", "PUBLICITY")
                        .param("reason", "重新公示"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.post()
                        .uri("/campaigns/" + r.campaign() + "/units/" + r.agency() + "/appeals")
                        .with(user(aReporterOf(r.agency())))
                        .with(csrf())
                        .param("kind", "ITEM")
                        .param("code", "A1.1.1")
                        .param("reason", "归档后申诉"))
                .hasStatus(HttpStatus.UNPROCESSABLE_ENTITY)
                .bodyText()
                .contains("不再受理申诉");

        List<EvaluatorScore> scores = evaluations.scores(r.campaign());
        assertThat(scores)
                .filteredOn(s -> s.unitCode().equals(r.agency()) && s.itemCode().equals("A1.1.1"))
                .singleElement()
                .satisfies(s -> assertThat(s.score()).isEqualByComparingTo("1"));
        assertThat(results.stored(r.campaign()).orElseThrow().id()).isEqualTo(run.id());

        try (Connection c = dataSource.getConnection()) {
            if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                assertThatThrownBy(() -> jdbc.sql("""
                                UPDATE evaluator_score SET score = 0
                                 WHERE campaign_id = (SELECT id FROM campaign WHERE code = ?)
                                """).param(r.campaign()).update())
                        .hasMessageContaining("finalized");
                assertThatThrownBy(() -> jdbc.sql("""
                                DELETE FROM evaluator_score
                                 WHERE campaign_id = (SELECT id FROM campaign WHERE code = ?)
                                """).param(r.campaign()).update())
                        .hasMessageContaining("finalized");
                assertThatThrownBy(() -> jdbc.sql("""
                                INSERT INTO campaign_assignment (campaign_id, unit_code, evaluator, node_code, lead)
                                SELECT campaign_id, unit_code, evaluator, 'X-' || id, lead FROM campaign_assignment
                                 WHERE campaign_id = (SELECT id FROM campaign WHERE code = ?)
                                """).param(r.campaign()).update())
                        .hasMessageContaining("finalized");
                assertThat(jdbc.sql("""
                                SELECT COUNT(*) FROM evaluator_score
                                 WHERE campaign_id = (SELECT id FROM campaign WHERE code = ?)
                                """).param(r.campaign()).query(Long.class).single())
                        .isPositive();
                assertThatThrownBy(() -> jdbc.sql("UPDATE campaign SET name = 'x' WHERE code = ?")
                                .param(r.campaign())
                                .update())
                        .hasMessageContaining("finalized");
            }
        }
    }

    @Test
    void finalizationIsRefusedWhileAUnitIsIncompleteUnlessOverridden() {
        ResultsScenarios.Reviewed r = scenarios.inReview();
        scenarios.scoreInFull(r, r.agency(), Map.of());
        uploadAs(ResultsScenarios.ORGANISER, () -> results.compute(r.campaign()));
        uploadAs(ResultsScenarios.ORGANISER, () -> {
            CampaignFixtures.publish(campaigns, r.campaign());
            return null;
        });

        assertThat(mvc.post()
                        .uri("/campaigns/" + r.campaign() + "/status")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("target", "FINALIZED")
                        .param("reason", "公示期满"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/campaigns/" + r.campaign() + "/transition?target=FINALIZED");
        assertThat(campaigns.get(r.campaign()).status()).isEqualTo(CampaignStatus.PUBLICITY);
        assertThat(mvc.get()
                        .uri("/campaigns/" + r.campaign() + "/transition?target=FINALIZED")
                        .with(user("admin").roles("ADMIN")))
                .hasStatusOk()
                .bodyText()
                .contains("2 个单位结果未完成", "强制推进理由");

        assertThat(mvc.post()
                        .uri("/campaigns/" + r.campaign() + "/status")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("target", "FINALIZED")
                        .param("reason", "公示期满")
                        .param("override", "两单位已撤并,经党组同意归档"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/campaigns/" + r.campaign());
        assertThat(campaigns.get(r.campaign()).status()).isEqualTo(CampaignStatus.FINALIZED);
        assertThat(campaigns.overrides(r.campaign()))
                .extracting(o -> o.to())
                .containsExactly(CampaignStatus.PUBLICITY, CampaignStatus.FINALIZED);
    }
}
