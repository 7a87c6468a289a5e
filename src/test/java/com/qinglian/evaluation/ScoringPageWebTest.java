package com.qinglian.evaluation;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.cases.CaseDetails;
import com.qinglian.ledger.cases.LedgerCases;
import com.qinglian.security.Role;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The scoring page shows evaluators what they need beside the items: the unit's recent negative-list record. */
@DatabaseTest
class ScoringPageWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    LedgerCases cases;

    @Test
    void itemsAboutRecentConductShowTheUnitsLedgerOfTheLastTwoYears() throws Exception {
        String unit = UnitFixtures.uniqueCode("PC");
        units.create(UnitFixtures.anAgency(unit));
        String campaign = CampaignFixtures.uniqueCode();
        campaigns.create(CampaignFixtures.seedCampaign(campaign), List.of(unit));
        campaigns.move(campaign, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        campaigns.move(campaign, CampaignStatus.REVIEW, "进入评审");
        uploadAs(
                signedIn("admin", Role.ADMIN, null),
                () -> cases.record(
                        campaign,
                        new CaseDetails(
                                unit,
                                "FORM2",
                                1,
                                null,
                                LocalDate.of(2020, 8, 1),
                                "瓯纪〔2020〕9号-" + unit,
                                "区纪委区监委",
                                "上一年度的案件")));

        String html = mvc.get()
                .uri("/campaigns/" + campaign + "/units/" + unit + "/scoring")
                .with(user(signedIn("admin", Role.ADMIN, null)))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("该单位近两年负面清单记录:1 例", "2020-08-01 被区纪委区监委采取第二种形态处理 ×1 瓯纪〔2020〕9号-" + unit);
        assertThat(html.split("past-conduct", -1))
                .as("A4.3.2, A4.3.3 and A4.3.4 speak of 近两年")
                .hasSize(4);
    }
}
