package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.campaign.Campaigns;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.SecurityFixtures;
import com.qinglian.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A unit's result page and its organisers' breakdown with the rubric language: cases with their amount or level,
 * the points each counted for and the words of negative-list, bonus and clause rules; the adjustments (gate,
 * clamp) with their labels; the unit's facts with their basis; the vetoes that applied.
 */
@DatabaseTest
class LanguageResultsWebTest {

    @MockitoSpyBean
    Campaigns campaigns;

    @Autowired
    LanguageScenarios scenarios;

    @Autowired
    Results results;

    @Autowired
    MockMvcTester mvc;

    private static final CurrentUser ADMIN = SecurityFixtures.anAdministrator();

    @Test
    void theUnitsResultShowsAmountsLevelsRuleWordsAdjustmentsFactsAndVetoes() {
        EndToEndScenarios.Scenario s = scenarios.recorded();
        uploadAs(ADMIN, () -> results.compute(s.campaign()));
        String page = "/campaigns/" + s.campaign() + "/units/";

        assertThat(mvc.get().uri(page + s.a() + "/result").with(user(ADMIN)))
                .hasStatusOk()
                .bodyText()
                .contains("93.056")
                .contains("造成不良影响的,扣3-6分", "获国家级、省级、市级表彰的,分别加5分、3分、1分", "每迟报一次扣0.5分")
                .contains("分值或级别", ">4.5<", ">省级<", ">国家级<", ">-4.5<", ">+5<", ">-1.5<")
                .contains("其他加减分", "条件不满足", "区间限制", "A2.2")
                .contains("单位事实", "群众满意度", "85.5%", "第三方测评报告")
                // the engine's gate detail, in Chinese and naming the fact by its title
                .contains("条件:群众满意度 = 85.5(第三方测评报告)")
                .doesNotContain("gate: ", "at most")
                .doesNotContain("id=\"unit-vetoes\"");
        assertThat(mvc.get().uri(page + s.a() + "/result?lang=en").with(user(ADMIN)))
                .hasStatusOk()
                .bodyText()
                .contains("gate: 群众满意度 = 85.5 (第三方测评报告)", "at most");
        assertThat(mvc.get().uri(page + s.b() + "/result").with(user(ADMIN)))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"unit-vetoes\"", "发生重大安全事故", "区应急局通报〔2021〕3号", "一票否决");
    }

    @Test
    void theBreakdownNamesClauseAndBonusRulesAndLabelsTheNewKinds() {
        EndToEndScenarios.Scenario s = scenarios.recorded();
        uploadAs(ADMIN, () -> results.compute(s.campaign()));

        assertThat(mvc.get()
                        .uri("/campaigns/" + s.campaign() + "/results/units/" + s.a())
                        .with(user(ADMIN)))
                .hasStatusOk()
                .bodyText()
                .contains("条款扣加分", "区间限制", "条件不满足")
                .contains("条件:群众满意度 = 85.5(第三方测评报告)")
                .doesNotContain("gate: ", "at most", "capped at", "floor ")
                .contains("每迟报一次扣0.5分", "获国家级、省级、市级表彰的,分别加5分、3分、1分", "造成不良影响的,扣3-6分")
                .doesNotContain("??results.kind");
    }
}
