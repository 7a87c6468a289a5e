package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.campaign.CampaignDetails;
import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignSettingsFormat;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.evaluation.Evaluations;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.shared.TableWorkbook;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The results pages: compute, ranking by type, breakdown, Excel, and frozen results in publicity. */
@DatabaseTest
class ResultsPagesWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    UserAccounts users;

    @Autowired
    Evaluations evaluations;

    @Test
    void computesRanksExplainsAndExports() throws Exception {
        String agency = UnitFixtures.uniqueCode("RA");
        String station = UnitFixtures.uniqueCode("RS");
        units.create(UnitFixtures.anAgency(agency));
        units.create(UnitFixtures.aStationOf(station, agency));
        String campaign = CampaignFixtures.uniqueCode();
        campaigns.create(CampaignFixtures.seedCampaign(campaign), List.of(agency, station));
        campaigns.move(campaign, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        campaigns.move(campaign, CampaignStatus.REVIEW, "进入评审");

        assertThat(mvc.get()
                        .uri("/campaigns/" + campaign + "/results")
                        .with(user("leader").roles("LEADER")))
                .hasStatusOk()
                .bodyText()
                .contains("尚未计算结果");
        assertThat(mvc.post()
                        .uri("/campaigns/" + campaign + "/results/compute")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .hasStatus3xxRedirection();

        assertThat(mvc.get()
                        .uri("/campaigns/" + campaign + "/results?type=station")
                        .with(user("leader").roles("LEADER")))
                .hasStatusOk()
                .bodyText()
                .contains(station)
                .doesNotContain(agency + "</td>");
        // Nothing was scored: both units are 未完成, never "0 分"; an incomplete unit has no breakdown.
        var ranking = mvc.get()
                .uri("/campaigns/" + campaign + "/results")
                .with(user("leader").roles("LEADER"))
                .exchange();
        assertThat(ranking).hasStatusOk().bodyText().contains("未完成", "2 个单位结果未完成");
        // the grade filter above the table names every grade; in the table, no incomplete unit has one
        String html = ranking.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html.substring(html.indexOf("id=\"ranking\""))).doesNotContain("不合格");
        assertThat(mvc.get()
                        .uri("/campaigns/" + campaign + "/results/units/" + agency)
                        .with(user("leader").roles("LEADER")))
                .hasStatusOk()
                .bodyText()
                .contains("未完成", "不评等次")
                .doesNotContain("不合格");
        byte[] xlsx = mvc.get()
                .uri("/campaigns/" + campaign + "/results/export")
                .with(user("leader").roles("LEADER"))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        assertThat(TableWorkbook.read(xlsx, ResultsSheet.HEADERS))
                .extracting(r -> r.get("单位代码"))
                .containsExactlyInAnyOrder(agency, station);

        CampaignFixtures.publish(campaigns, campaign);
        assertThat(mvc.post()
                        .uri("/campaigns/" + campaign + "/results/compute")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void inputsTheEngineRefusesAreShownAndNothingIsStored() {
        String unit = UnitFixtures.uniqueCode("RR");
        units.create(UnitFixtures.anAgency(unit));
        String campaign = CampaignFixtures.uniqueCode();
        CampaignDetails seed = CampaignFixtures.seedCampaign(campaign);
        campaigns.create(
                new CampaignDetails(
                        seed.code(),
                        seed.name(),
                        seed.year(),
                        seed.periodStart(),
                        seed.periodEnd(),
                        seed.rubricCode(),
                        seed.rubricVersion(),
                        seed.deadlines(),
                        seed.organiserNodes(),
                        CampaignSettingsFormat.DEFAULT.replace("multipleScores: average", "multipleScores: reject")),
                List.of(unit));
        for (String name : List.of("rj1", "rj2")) {
            String username = name + CampaignFixtures.uniqueCode();
            users.create(new UserAccounts.NewUser(username, "考评员", Role.EVALUATOR, null));
            campaigns.assign(campaign, username, List.of(unit), null, false);
        }
        campaigns.move(campaign, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        campaigns.move(campaign, CampaignStatus.REVIEW, "进入评审");
        campaigns
                .assignments(campaign)
                .forEach(a -> uploadAs(
                        signedIn(a.evaluator(), Role.EVALUATOR, null),
                        () -> evaluations.save(campaign, unit, "A1.1.1", BigDecimal.ONE, null, -1)));

        assertThat(mvc.post()
                        .uri("/campaigns/" + campaign + "/results/compute")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("refused");
        assertThat(mvc.get()
                        .uri("/campaigns/" + campaign + "/results")
                        .with(user("leader").roles("LEADER")))
                .hasStatusOk()
                .bodyText()
                .contains("尚未计算结果");
    }
}
