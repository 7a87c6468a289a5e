package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.Campaigns;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.support.BrowserTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** A unit's reporter reads the published result in a real browser and appeals an item, confirming the dialog. */
class AppealBrowserTest extends BrowserTest {

    private static final String PASSWORD = "Reporter-Pass-7";

    @Autowired
    ResultsScenarios scenarios;

    @Autowired
    Results results;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UserAccounts accounts;

    @Test
    void aReporterReadsTheUnitsResultAndAppealsAnItem() throws Exception {
        ResultsScenarios.Reviewed r = scenarios.inReview();
        scenarios.scoreInFull(r, r.agency(), Map.of("A1.1.1", "0"));
        scenarios.scoreInFull(r, r.otherAgency(), Map.of());
        scenarios.scoreInFull(r, r.station(), Map.of());
        uploadAs(ResultsScenarios.ORGANISER, () -> results.compute(r.campaign()));
        uploadAs(
                ResultsScenarios.ORGANISER,
                () -> campaigns.openPublicity(r.campaign(), CampaignFixtures.openWindow(), "评审完成", null));
        String username = "lly" + CampaignFixtures.uniqueCode();
        var issued = accounts.create(new UserAccounts.NewUser(username, "联络员", Role.UNIT_REPORTER, r.agency()));
        assertThat(accounts.changePassword(username, issued.password(), PASSWORD))
                .isEmpty();

        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1440, 1000));
        signIn(username, PASSWORD);
        open("/campaigns/" + r.campaign() + "/units/" + r.agency() + "/result");

        assertThat(textOf(By.id("unit-total"))).isEqualTo("99");
        assertThat(textOf(By.id("unit-grade"))).isEqualTo("优秀");
        assertThat(textOf(By.id("unit-rank"))).isEqualTo("第 3 名 / 共 3");
        assertThat(textOf(By.id("unit-type-rank"))).isEqualTo("第 2 名 / 共 2");
        assertThat(textOf(By.id("item-A1.1.1"))).contains("扣分说明").doesNotContain("—");
        screenshot("unit-result-1440");
        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                                .executeScript("return document.querySelector('main').scrollWidth"))
                        .intValue())
                .as("no sideways scrolling at 390 px")
                .isLessThanOrEqualTo(390);
        screenshot("unit-result-390");
        browser.manage().window().setSize(new Dimension(1440, 1000));

        browser.findElement(By.cssSelector("#item-A1\\.1\\.1 a.appeal-item")).click();
        waitForUrlEnding("code=A1.1.1");
        browser.findElement(By.id("reason")).sendKeys("制度已于三月印发,见新附文件");
        browser.findElement(By.id("submit-appeal")).click();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.alertIsPresent()).accept();

        wait.until(d -> d.getCurrentUrl().matches(".*/appeals/\\d+$"));
        assertThat(textOf(By.id("appeal-status"))).isEqualTo("待分配");
        assertThat(textOf(By.id("appeal-target"))).contains("严格执行《中国共产党纪律处分条例》");
        screenshot("appeal-filed-1440");
        open("/campaigns/" + r.campaign() + "/units/" + r.agency() + "/result");
        assertThat(textOf(By.id("item-A1.1.1"))).contains("待分配");
    }
}
