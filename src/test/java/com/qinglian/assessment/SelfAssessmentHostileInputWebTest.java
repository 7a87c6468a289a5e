package com.qinglian.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.assessment.SelfAssessmentScenarios.Opened;
import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Hostile and clumsy input on the item save endpoint: numbers with exponents or too many digits are refused
 * beside the field with the reason (422) before any arithmetic, full-width digits typed with a Chinese input
 * method are read, an unknown item or a code with URI-template characters is a 404, and nothing is stored.
 */
@DatabaseTest
class SelfAssessmentHostileInputWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SelfAssessmentScenarios scenarios;

    private MvcTestResult save(Opened o, String campaign, String item, String score, boolean htmx) {
        var request = mvc.post()
                .uri("/campaigns/{c}/units/{u}/items/{i}", campaign, o.agency(), item)
                .with(user(o.reporter()))
                .with(csrf())
                .param("selfScore", score)
                .param("explanation", "说明")
                .param("version", "0");
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return request.exchange();
    }

    @Test
    void numbersOutsidePlainDecimalsAreRefusedWithTheReasonAndNothingIsStored() {
        Opened o = scenarios.opened();
        Map<String, String> refused = Map.of(
                "1e999999999",
                "自评得分应为数字",
                "1e-999999999",
                "自评得分应为数字",
                "1234567890123456",
                "数字过大",
                "1.12345678",
                "小数位过多",
                "1" + "0".repeat(100),
                "数字过长");
        refused.forEach((score, message) -> assertThat(save(o, o.campaign(), "A1.1.1", score, true))
                .as(score)
                .hasStatus(422)
                .bodyText()
                .contains(message)
                .doesNotContain("已保存"));
        assertThat(save(o, o.campaign(), "A1.1.1", "1e999999999", false))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("problemText", "自评得分应为数字");

        assertThat(scenarios.version(o, "A1.1.1")).isZero();
        assertThat(new AuditEntries(jdbc).about("self_assessment_item", o.campaign() + "/" + o.agency() + "/A1.1.1"))
                .isEmpty();
    }

    @Test
    void fullWidthDigitsAreReadAsTheNumberTheyShow() {
        Opened o = scenarios.opened();
        assertThat(save(o, o.campaign(), "A1.1.1", "１．５", true))
                .hasStatusOk()
                .bodyText()
                .contains("已保存");
        assertThat(jdbc.sql(
                                "SELECT i.self_score FROM self_assessment_item i JOIN self_assessment a ON a.id = i.assessment_id"
                                        + " JOIN campaign c ON c.id = a.campaign_id"
                                        + " WHERE c.code = ? AND a.unit_code = ? AND i.item_code = 'A1.1.1'")
                        .params(o.campaign(), o.agency())
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("1.5");
    }

    @Test
    void anUnknownItemOrATemplateInTheCampaignCodeIsNotFound() {
        Opened o = scenarios.opened();
        assertThat(save(o, o.campaign(), "NO.SUCH.ITEM", "1", true)).hasStatus(404);
        assertThat(save(o, o.campaign(), "NO.SUCH.ITEM", "1", false)).hasStatus(404);
        assertThat(save(o, "{x}", "A1.1.1", "1", false)).hasStatus(404);
        assertThat(save(o, "${7*7}", "A1.1.1", "1", true)).hasStatus(404);
        assertThat(scenarios.version(o, "A1.1.1")).isZero();
    }

    @Test
    void aPlainPostGoesBackToTheItemWithAnEncodedAddress() {
        Opened o = scenarios.opened();
        assertThat(save(o, o.campaign(), "A1.1.1", "1", false))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/campaigns/" + o.campaign() + "/units/" + o.agency() + "/self-assessment#item-A1.1.1");
    }
}
