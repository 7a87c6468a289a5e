package com.qinglian.ledger;

import static com.qinglian.ledger.LedgerLanguageFixtures.languageCampaign;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.LedgerFixtures.Scenario;
import com.qinglian.ledger.facts.FactDetails;
import com.qinglian.ledger.facts.RateTasks;
import com.qinglian.ledger.facts.TaskDetails;
import com.qinglian.ledger.facts.UnitFacts;
import com.qinglian.support.BrowserTest;
import com.qinglian.unit.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** The facts page and the case form of a rule with a range, at desktop and at phone width. */
class LedgerLanguageBrowserTest extends BrowserTest {

    @MockitoSpyBean
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    UnitFacts facts;

    @Autowired
    RateTasks tasks;

    private long script(String expression) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return " + expression)).longValue();
    }

    /** Screenshots the whole page at a width, and checks that it does not scroll sideways there. */
    private void look(String name, int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 900));
        int height = (int) Math.min(script("document.documentElement.scrollHeight"), 5000);
        browser.manage().window().setSize(new Dimension(width, height));
        screenshot(name);
        assertThat(script("document.documentElement.scrollWidth"))
                .as("%s does not scroll sideways at %d px", name, width)
                .isLessThanOrEqualTo(script("document.documentElement.clientWidth"));
    }

    @Test
    void theFactsPageAndTheCaseFormOfARangeRuleAtBothWidths() throws Exception {
        Scenario s = languageCampaign(campaigns, units, 2);
        facts.record(s.campaign(), new FactDetails(s.unit(0), LanguageRubric.YES_NO_FACT, "0", "区应急管理局情况说明"));
        facts.record(s.campaign(), new FactDetails(s.unit(0), LanguageRubric.NUMBER_FACT, "93.5", "第三方测评报告(2021)"));
        facts.record(s.campaign(), new FactDetails(s.unit(1), LanguageRubric.YES_NO_FACT, "1", "区安委办通报〔2021〕12号"));
        tasks.record(s.campaign(), new TaskDetails(s.unit(1), LanguageRubric.RATE_ITEM, "8", "10", "任务清单"));
        browser.manage().deleteAllCookies();
        signIn("admin", ADMIN_PASSWORD);

        open("/campaigns/" + s.campaign() + "/ledger/facts?fact=" + LanguageRubric.NUMBER_FACT);
        assertThat(textOf(By.id("fact-list"))).contains("发生重大安全事故", "93.5%", "区安委办通报〔2021〕12号");
        assertThat(textOf(By.id("task-list"))).contains("8", "10");
        look("ledger-facts-1440", 1440);
        look("ledger-facts-390", 390);

        browser.manage().window().setSize(new Dimension(1440, 900));
        open("/campaigns/" + s.campaign() + "/ledger/new");
        new Select(browser.findElement(By.id("unitCode"))).selectByValue(s.unit(0));
        new Select(browser.findElement(By.id("ruleCode"))).selectByValue(LanguageRubric.RANGE_RULE);
        // a date input types by the browser's locale; its value is set as the form sends it
        ((JavascriptExecutor) browser).executeScript("document.getElementById('date').value = '2021-05-06'");
        browser.findElement(By.id("documentNumber")).sendKeys(LedgerFixtures.uniqueDocument());
        browser.findElement(By.id("issuingBody")).sendKeys("区纪委区监委");
        browser.findElement(By.id("amount")).clear();
        browser.findElement(By.id("amount")).sendKeys("7");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('case-form').submit()");
        assertThat(textOf(By.id("case-problems"))).contains("情形“HARM”须填写分值:3 至 6 之间");
        look("ledger-case-range-1440", 1440);
        look("ledger-case-range-390", 390);
    }
}
