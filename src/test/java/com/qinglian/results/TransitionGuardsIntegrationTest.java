package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.campaign.TransitionIssue;
import com.qinglian.campaign.TransitionRefusedException;
import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Status moves are checked in the service: refused, or overridden with a reason that is audited and shown. */
@DatabaseTest
class TransitionGuardsIntegrationTest {

    @Autowired
    ResultsScenarios scenarios;

    @Autowired
    Results results;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Test
    void enteringReviewListsTheUnitsThatHaveNotSubmitted() {
        String a = UnitFixtures.uniqueCode("GA");
        units.create(UnitFixtures.anAgency(a));
        String campaign = CampaignFixtures.uniqueCode();
        campaigns.create(CampaignFixtures.seedCampaign(campaign), List.of(a));
        campaigns.move(campaign, CampaignStatus.SELF_ASSESSMENT, "开始自评");

        List<TransitionIssue> issues = campaigns.check(campaign, CampaignStatus.REVIEW);

        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(TransitionIssue.Severity.NOTICE);
            assertThat(i.summary()).contains("1 个单位尚未提交自评");
        });
        assertThat(mvc.get()
                        .uri("/campaigns/" + campaign + "/transition?target=REVIEW")
                        .with(user("admin").roles("ADMIN")))
                .hasStatusOk()
                .bodyText()
                .contains("1 个单位尚未提交自评", "data-confirm=");
        campaigns.move(campaign, CampaignStatus.REVIEW, "自评截止");
        assertThat(campaigns.get(campaign).status()).isEqualTo(CampaignStatus.REVIEW);
    }

    @Test
    void publicityIsRefusedWhileAUnitIsIncompleteOrResultsAreStaleAndAllowedWithAnAuditedOverride() {
        ResultsScenarios.Reviewed r = scenarios.inReview();
        scenarios.scoreInFull(r, r.agency(), Map.of());
        scenarios.scoreInFull(r, r.otherAgency(), Map.of());
        uploadAs(ResultsScenarios.ORGANISER, () -> results.compute(r.campaign()));

        assertThatThrownBy(() -> uploadAs(
                        ResultsScenarios.ORGANISER,
                        () -> campaigns.openPublicity(r.campaign(), CampaignFixtures.openWindow(), "评审完成", null)))
                .isInstanceOfSatisfying(
                        TransitionRefusedException.class,
                        e -> assertThat(e.issues())
                                .extracting(TransitionIssue::messageKey)
                                .containsExactly("campaign.guard.incomplete"));
        assertThat(campaigns.get(r.campaign()).status()).isEqualTo(CampaignStatus.REVIEW);
        assertThat(campaigns.publicity(r.campaign())).isEmpty();

        // Over HTTP the same refusal: back to the confirmation page, nothing moved.
        assertThat(mvc.post()
                        .uri("/campaigns/" + r.campaign() + "/status")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("target", "PUBLICITY")
                        .param("reason", "评审完成")
                        .param("windowStart", "2022-01-10")
                        .param("windowEnd", "2022-01-20"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/campaigns/" + r.campaign() + "/transition?target=PUBLICITY");
        assertThat(campaigns.get(r.campaign()).status()).isEqualTo(CampaignStatus.REVIEW);

        // Completing the station makes the stored results stale: still refused.
        scenarios.scoreInFull(r, r.station(), Map.of());
        assertThat(campaigns.check(r.campaign(), CampaignStatus.PUBLICITY))
                .extracting(TransitionIssue::messageKey)
                .containsExactly("campaign.guard.noWindow", "campaign.guard.stale", "campaign.guard.incomplete");

        uploadAs(
                ResultsScenarios.ORGANISER,
                () -> campaigns.openPublicity(r.campaign(), CampaignFixtures.openWindow(), "评审完成", "党组会议决定按期公示"));

        assertThat(campaigns.get(r.campaign()).status()).isEqualTo(CampaignStatus.PUBLICITY);
        assertThat(campaigns.overrides(r.campaign())).singleElement().satisfies(o -> {
            assertThat(o.reason()).isEqualTo("党组会议决定按期公示");
            assertThat(o.overridden()).contains("结果已过期", "1 个单位结果未完成");
        });
        AuditEntries.Row audited = new AuditEntries(jdbc)
                .about("campaign", r.campaign()).stream()
                        .filter(e -> e.action().equals("STATUS_CHANGE"))
                        .reduce((x, y) -> y)
                        .orElseThrow();
        assertThat(audited.afterJson()).contains("PUBLICITY", "党组会议决定按期公示", "结果已过期");
        assertThat(mvc.get()
                        .uri("/campaigns/" + r.campaign())
                        .with(user("leader").roles("LEADER")))
                .hasStatusOk()
                .bodyText()
                .contains("强制推进记录", "党组会议决定按期公示");
    }

    @Test
    void finalizationWaitsForOpenAppealsEvenWithAnOverride() {
        ResultsScenarios.Reviewed r = scenarios.inReview();
        for (String unit : r.units()) {
            scenarios.scoreInFull(r, unit, Map.of());
        }
        uploadAs(ResultsScenarios.ORGANISER, () -> results.compute(r.campaign()));
        uploadAs(
                ResultsScenarios.ORGANISER,
                () -> campaigns.openPublicity(r.campaign(), CampaignFixtures.openWindow(), "评审完成", null));
        assertThat(campaigns.overrides(r.campaign())).isEmpty();
        scenarios.appealOn(r, r.agency(), "A1.1.1");

        assertThatThrownBy(() -> uploadAs(
                        ResultsScenarios.ORGANISER,
                        () -> campaigns.move(r.campaign(), CampaignStatus.FINALIZED, "公示期满", "强行归档")))
                .isInstanceOfSatisfying(
                        TransitionRefusedException.class,
                        e -> assertThat(e.issues())
                                .extracting(TransitionIssue::messageKey)
                                .containsExactly("campaign.guard.openAppeals"));
        assertThat(campaigns.get(r.campaign()).status()).isEqualTo(CampaignStatus.PUBLICITY);
    }
}
