package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.LanguageRubric;
import com.qinglian.security.SecurityFixtures;
import com.qinglian.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A unit's result with the rubric language at desktop and phone width, and the case form's level select, which
 * offers the levels of the chosen rule only.
 */
class LanguageResultsBrowserTest extends BrowserTest {

    @MockitoSpyBean
    Campaigns campaigns;

    @Autowired
    LanguageScenarios scenarios;

    @Autowired
    Results results;

    private Object script(String expression) {
        return ((JavascriptExecutor) browser).executeScript("return " + expression);
    }

    private long number(String expression) {
        return ((Number) script(expression)).longValue();
    }

    /** Screenshots the whole page at a width, and checks that it does not scroll sideways there. */
    private void look(String name, int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 900));
        int height = (int) Math.min(number("document.documentElement.scrollHeight"), 6000);
        browser.manage().window().setSize(new Dimension(width, height));
        screenshot(name);
        assertThat(number("document.documentElement.scrollWidth"))
                .as("%s does not scroll sideways at %d px", name, width)
                .isLessThanOrEqualTo(number("document.documentElement.clientWidth"));
    }

    @Test
    void theUnitsResultWithCasesFactsAndAdjustmentsAtBothWidths() throws Exception {
        EndToEndScenarios.Scenario s = scenarios.recorded();
        uploadAs(SecurityFixtures.anAdministrator(), () -> results.compute(s.campaign()));
        browser.manage().deleteAllCookies();
        signIn("admin", ADMIN_PASSWORD);

        open("/campaigns/" + s.campaign() + "/units/" + s.a() + "/result");
        assertThat(textOf(By.id("unit-cases"))).contains("4.5", "国家级", "省级", "每迟报一次扣0.5分");
        assertThat(textOf(By.id("unit-adjustments"))).contains("条件不满足", "区间限制");
        assertThat(textOf(By.id("unit-facts"))).contains("群众满意度", "85.5%", "第三方测评报告");
        look("unit-result-language-1440", 1440);
        look("unit-result-language-390", 390);
        // the item table is long: hidden, the summary, cases, adjustments and facts fit one picture
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('unit-items').closest('.table-responsive').hidden = true");
        browser.manage().window().setSize(new Dimension(1440, 1300));
        screenshot("unit-result-language-without-items-1440");
        browser.manage().window().setSize(new Dimension(390, 2400));
        screenshot("unit-result-language-without-items-390");

        open("/campaigns/" + s.campaign() + "/units/" + s.b() + "/result");
        assertThat(textOf(By.id("unit-vetoes"))).contains("发生重大安全事故");
        look("unit-result-vetoed-390", 390);
    }

    @Test
    void theCaseFormOffersTheLevelsOfTheChosenRuleOnly() {
        EndToEndScenarios.Scenario s = scenarios.recorded();
        browser.manage().deleteAllCookies();
        signIn("admin", ADMIN_PASSWORD);
        browser.manage().window().setSize(new Dimension(1440, 900));
        open("/campaigns/" + s.campaign() + "/ledger/new");
        String levels = "document.querySelector('#level optgroup[data-rule=\"" + LanguageRubric.LEVEL_RULE + "\"]')";

        new Select(browser.findElement(By.id("ruleCode"))).selectByValue(LanguageRubric.LEVEL_RULE);
        assertThat(script(levels + ".disabled")).isEqualTo(false);
        new Select(browser.findElement(By.id("level"))).selectByValue("省级");

        new Select(browser.findElement(By.id("ruleCode"))).selectByValue(LanguageRubric.RANGE_RULE);
        assertThat(script(levels + ".disabled")).isEqualTo(true);
        assertThat(script("document.getElementById('level').value")).isEqualTo("");
    }
}
