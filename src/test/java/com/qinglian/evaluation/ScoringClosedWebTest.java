package com.qinglian.evaluation;

import static com.qinglian.security.SecurityFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.security.Role;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A score saved outside review is refused with the reason, not as an edit clash. */
@DatabaseTest
class ScoringClosedWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Test
    void aScoreDuringSelfAssessmentSaysTheCampaignDoesNotAcceptScoresNow() {
        String unit = UnitFixtures.uniqueCode("SC");
        units.create(UnitFixtures.anAgency(unit));
        String campaign = CampaignFixtures.uniqueCode();
        campaigns.create(CampaignFixtures.seedCampaign(campaign), List.of(unit));
        campaigns.move(campaign, CampaignStatus.SELF_ASSESSMENT, "开始自评");

        assertThat(mvc.post()
                        .uri("/campaigns/" + campaign + "/units/" + unit + "/scores/A1.1.1")
                        .param("score", "1")
                        .param("version", "-1")
                        .header("HX-Request", "true")
                        .with(user(signedIn("admin", Role.ADMIN, null)))
                        .with(csrf()))
                .bodyText()
                .contains("不在评审阶段,不接受评分")
                .doesNotContain("已在别处被修改");
        assertThat(mvc.post()
                        .uri("/campaigns/" + campaign + "/units/" + unit + "/scores/A1.1.1")
                        .param("score", "1")
                        .param("version", "-1")
                        .with(user(signedIn("admin", Role.ADMIN, null)))
                        .with(csrf()))
                .flash()
                .containsEntry("problemText", "本次考评当前不在评审阶段,不接受评分。");
    }
}
