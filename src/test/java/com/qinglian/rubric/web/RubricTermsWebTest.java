package com.qinglian.rubric.web;

import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricCatalog;
import com.qinglian.rubric.RubricYaml;
import com.qinglian.support.DatabaseTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The rubric page says each construct of the rubric language in words, and lists what to check before publishing. */
@DatabaseTest
class RubricTermsWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RubricCatalog catalog;

    private Rubric imported() {
        Rubric rubric = EveryConstructRubric.rubric(
                "every-" + CampaignFixtures.uniqueCode().toLowerCase(), "1");
        catalog.importFile(RubricYaml.write(rubric).getBytes(StandardCharsets.UTF_8), "admin");
        return rubric;
    }

    private String page(Rubric rubric, String lang) throws Exception {
        MvcTestResult result = mvc.get()
                .uri("/rubrics/" + rubric.code() + "/" + rubric.version() + (lang == null ? "" : "?lang=" + lang))
                .with(user(anAdministrator()))
                .exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDraftAndThePublishedPageSayEveryConstructInWordsWithTheWarningAboveTheTree() throws Exception {
        Rubric rubric = imported();
        String draft = page(rubric, null);

        assertThat(draft.indexOf("id=\"rubric-warnings\""))
                .isPositive()
                .isLessThan(draft.indexOf("id=\"rubric-table\""));
        assertThat(draft.substring(draft.indexOf("id=\"rubric-warnings\""), draft.indexOf("id=\"rubric-terms\"")))
                .contains("请在发布前核对", "<code>A</code>", "印刷分值 30 分,但下级合计 25 分");
        assertThat(draft)
                .contains(
                        "扣分条款:每迟报一次扣0.5分(每次0.5分,最多2分),从本项扣,扣完为止",
                        "加分条款:每获通报表扬一次加0.5分(每次0.5分),加入本项,不超过本项分值",
                        "条件:群众满意度低于90时本项不得分",
                        "条件:A1 信息报送得分低于2时本项最多得1分",
                        "本项得分保持在1至14分之间",
                        "未录入时按满分计",
                        "个性指标:各单位按本单位的指标块计分",
                        "适用:标签 沿河单位",
                        "适用单位:U001、U002",
                        "默认指标块:没有本单位指标块的单位按此计分",
                        "class=\"term-warning\">印刷分值30与下级合计25不符,按下级合计计分",
                        "折算:适用部分满分低于100分的单位,得分×100÷适用部分满分,按0.01四舍五入,在负面清单与加分之前",
                        "事实:发生重大安全事故(是/否),一票否决:总分为0",
                        "完成率=实际完成数÷下达任务数×分值,按0.5向下取整;任务数为0时得满分",
                        "按比例:实测值÷100×分值,按0.01四舍五入",
                        "扣3-6分,由评价人在范围内确定",
                        "国家级5分、省级3分、市级1分,按最高级别计",
                        "street×1.5");

        catalog.publish(rubric.code(), rubric.version(), "admin");
        String published = page(rubric, null);
        assertThat(published).contains("id=\"rubric-warnings\"", "适用:标签 沿河单位", "事实:发生重大安全事故(是/否),一票否决:总分为0");

        assertThat(page(rubric, "en"))
                .contains(
                        "Check before publishing",
                        "Printed points 30 differ from the children&#39;s sum 25; scored as the children&#39;s sum",
                        "Applies to: tag 沿河单位",
                        "Fact: 发生重大安全事故 (yes/no); veto: the total is 0");
    }

    @Test
    void aRubricWithoutNewTermsShowsNeitherWarningsNorTerms() throws Exception {
        MvcTestResult result = mvc.get()
                .uri("/rubrics/ouhai-clean-agency/2021")
                .with(user(anAdministrator()))
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("id=\"rubric-warnings\"", "id=\"rubric-terms\"", "term-lines");
    }
}
