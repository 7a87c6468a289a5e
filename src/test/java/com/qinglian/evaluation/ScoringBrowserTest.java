package com.qinglian.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.support.BrowserTest;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An evaluator scores in a real browser, by keyboard: each score and comment is saved by htmx as the focus
 * moves on, the running subtotals follow, a refused value is explained beside its field, and the focus stays.
 */
class ScoringBrowserTest extends BrowserTest {

    private static final String PASSWORD = "Scoring-Pass-9";

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    UserAccounts accounts;

    @Test
    void scoresAreSavedAsTheKeyboardMovesOnAndSubtotalsRunAlong() throws Exception {
        String unit = UnitFixtures.uniqueCode("SB");
        units.create(UnitFixtures.anAgency(unit));
        String campaign = CampaignFixtures.uniqueCode();
        campaigns.create(CampaignFixtures.seedCampaign(campaign), List.of(unit));
        String username = "scorer" + CampaignFixtures.uniqueCode();
        var issued = accounts.create(new UserAccounts.NewUser(username, "考评员丙", Role.EVALUATOR, null));
        assertThat(accounts.changePassword(username, issued.password(), PASSWORD))
                .isEmpty();
        campaigns.assign(campaign, username, List.of(unit), null, true);
        campaigns.move(campaign, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        campaigns.move(campaign, CampaignStatus.REVIEW, "进入评审");

        browser.manage().deleteAllCookies();
        signIn(username, PASSWORD);
        assertThat(textOf(By.tagName("h1")))
                .as("an evaluator starts at the work")
                .isEqualTo("评分任务");
        browser.findElement(By.linkText(unit + " " + UnitFixtures.anAgency(unit).name()))
                .click();

        // keyboard only: score, Enter, comment, Enter, next score ...
        JavascriptExecutor js = (JavascriptExecutor) browser;
        browser.findElement(By.id("mine-A1.1.1")).click();
        browser.switchTo().activeElement().sendKeys("1", Keys.ENTER);
        assertThat(js.executeScript("return document.activeElement.id")).isEqualTo("comment-A1.1.1");
        browser.switchTo().activeElement().sendKeys("有检查记录", Keys.ENTER);
        assertThat(js.executeScript("return document.activeElement.id")).isEqualTo("mine-A1.1.2");
        browser.switchTo().activeElement().sendKeys("0.5", Keys.ENTER, Keys.ENTER);
        assertThat(js.executeScript("return document.activeElement.id")).isEqualTo("mine-A1.1.3");
        // Out-of-band swaps replace the subtotal elements, so a read may hit one that was just replaced.
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class);
        long start = System.nanoTime();
        wait.until(d -> d.findElement(By.id("subtotal-A1.1")).getText().equals("1.5"));
        System.out.println(
                "scoring: two saves and their subtotals took " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertThat(textOf(By.id("subtotal-A1"))).isEqualTo("1.5");
        assertThat(textOf(By.id("subtotal-A"))).isEqualTo("1.5");
        assertThat(textOf(By.id("scoring-progress"))).isEqualTo("已评 2 / 63 项");

        // a value off the step is refused beside the field, with the reason, and the focus stays
        browser.switchTo().activeElement().sendKeys("0.7", Keys.TAB);
        wait.until(d -> d.findElement(By.id("state-mine-A1.1.3")).getText().contains("整数倍"));
        assertThat(js.executeScript("return document.activeElement.id")).isEqualTo("comment-A1.1.3");
        assertThat(textOf(By.id("subtotal-A1.1"))).isEqualTo("1.5");
        enter("A1.1.3", "1");
        wait.until(d -> d.findElement(By.id("subtotal-A1.1")).getText().equals("2.5"));
        assertThat(js.executeScript("return document.activeElement.id")).isEqualTo("comment-A1.1.3");
        assertThat(Files.size(screenshot("scoring-evaluator"))).isGreaterThan(10_000);

        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("comment-A1.1.1")).getAttribute("value"))
                .isEqualTo("有检查记录");
        assertThat(browser.findElement(By.id("mine-A1.1.3")).getAttribute("value"))
                .isEqualTo("1");
    }

    private void enter(String item, String score) {
        // Select and overwrite rather than clear(): clearing fires a change of its own, which saves an empty score.
        browser.findElement(By.id("mine-" + item)).sendKeys(Keys.chord(Keys.CONTROL, "a"), score, Keys.TAB);
    }
}
