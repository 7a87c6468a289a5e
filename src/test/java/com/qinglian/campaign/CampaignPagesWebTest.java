package com.qinglian.campaign;

import static com.qinglian.campaign.CampaignFixtures.seedCampaign;
import static com.qinglian.campaign.CampaignFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDetails;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Campaign pages over HTTP, including that a finalized campaign refuses every change. */
@DatabaseTest
class CampaignPagesWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    private String unit() {
        String code = "U" + uniqueCode();
        units.create(new UnitDetails(code, "区测试局" + code, UnitType.AGENCY, null, null, null, null));
        return code;
    }

    @Test
    void anAdministratorCreatesACampaignThroughTheForm() {
        String unit = unit();
        String code = uniqueCode();
        assertThat(mvc.get().uri("/campaigns/new").with(user("admin").roles("ADMIN")))
                .hasStatusOk()
                .bodyText()
                .contains("新建考评", "ouhai-clean-agency/2021", "优秀");

        assertThat(mvc.post()
                        .uri("/campaigns")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "2021 年度清廉机关建设评价")
                        .param("year", "2021")
                        .param("periodStart", "2021-01-01")
                        .param("periodEnd", "2021-12-31")
                        .param("rubric", "ouhai-clean-agency/2021")
                        .param("organiserNodes", "A5")
                        .param("settings", CampaignSettingsFormat.DEFAULT)
                        .param("allUnits", "false")
                        .param("unitCodes", unit))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/campaigns/" + code);

        assertThat(campaigns.units(code)).containsExactly(unit);
        assertThat(mvc.get().uri("/campaigns/" + code).with(user("leader").roles("LEADER")))
                .hasStatusOk()
                .bodyText()
                .contains("2021 年度清廉机关建设评价", "草稿", unit);
    }

    @Test
    void formErrorsAreShownAndNothingIsStored() {
        String code = uniqueCode();
        assertThat(mvc.post()
                        .uri("/campaigns")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "")
                        .param("year", "2021")
                        .param("periodStart", "2021-12-31")
                        .param("periodEnd", "2021-01-01")
                        .param("rubric", "ouhai-clean-agency/2021")
                        .param("settings", "grades: [")
                        .param("allUnits", "true"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("请填写考评名称", "考评期间的结束日期早于开始日期", "考评设置有误");
        assertThat(campaigns.find(code)).isEmpty();
    }

    @Test
    void aFinalizedCampaignRefusesEveryChangeOverHttp() {
        String code = uniqueCode();
        String unit = unit();
        campaigns.create(seedCampaign(code), List.of(unit));
        for (CampaignStatus next : List.of(CampaignStatus.SELF_ASSESSMENT, CampaignStatus.REVIEW)) {
            campaigns.move(code, next, "推进");
        }
        CampaignFixtures.publish(campaigns, code);
        assertThat(mvc.post()
                        .uri("/campaigns/" + code + "/status")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("target", "FINALIZED")
                        .param("reason", "公示期满")
                        .param("override", "尚无评分:测试"))
                .hasStatus3xxRedirection();
        assertThat(campaigns.get(code).status()).isEqualTo(CampaignStatus.FINALIZED);

        assertThat(mvc.post()
                        .uri("/campaigns/" + code + "/status")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("target", "PUBLICITY")
                        .param("reason", "重新公示"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.get()
                        .uri("/campaigns/" + code + "/edit")
                        .with(user("admin").roles("ADMIN")))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.post()
                        .uri("/campaigns/" + code)
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("name", "改名")
                        .param("year", "2021")
                        .param("periodStart", "2021-01-01")
                        .param("periodEnd", "2021-12-31")
                        .param("rubric", "ouhai-clean-agency/2021")
                        .param("settings", "")
                        .param("allUnits", "true"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.post()
                        .uri("/campaigns/" + code + "/assignments")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("evaluator", "admin")
                        .param("unitCodes", unit))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(campaigns.get(code).status()).isEqualTo(CampaignStatus.FINALIZED);
        assertThat(campaigns.get(code).name()).isNotEqualTo("改名");
    }

    @Test
    void onlyAdministratorsChangeCampaigns() {
        String code = uniqueCode();
        campaigns.create(seedCampaign(code), List.of(unit()));
        assertThat(mvc.post()
                        .uri("/campaigns/" + code + "/status")
                        .with(user("leader").roles("LEADER"))
                        .with(csrf())
                        .param("target", "SELF_ASSESSMENT")
                        .param("reason", "x"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/campaigns").with(user("rep").roles("UNIT_REPORTER")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(campaigns.get(code).status()).isEqualTo(CampaignStatus.DRAFT);
    }
}
