package com.qinglian.dashboard;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.campaign.CampaignDetails;
import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.campaign.Deadlines;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.support.BrowserTest;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Each role's start page, and a reminder sent by the organiser and read by the unit's reporter. */
class StartPagesBrowserTest extends BrowserTest {

    private static final String PASSWORD = "Start-Page-Pass-9";

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    UserAccounts accounts;

    private String account(String username, Role role, String unit) {
        var issued = accounts.create(new UserAccounts.NewUser(username, "测试用户", role, unit));
        assertThat(accounts.changePassword(username, issued.password(), PASSWORD))
                .isEmpty();
        return username;
    }

    private void as(String username) {
        browser.manage().deleteAllCookies();
        signIn(username, PASSWORD);
    }

    @Test
    void everyRoleStartsWhereItsWorkIsAndAReminderIsSentAndRead() throws Exception {
        String unit = UnitFixtures.uniqueCode("SP");
        String other = UnitFixtures.uniqueCode("SQ");
        units.create(UnitFixtures.anAgency(unit));
        units.create(UnitFixtures.aStationOf(other, unit));
        String campaign = CampaignFixtures.uniqueCode();
        CampaignDetails seed = CampaignFixtures.seedCampaign(campaign);
        campaigns.create(
                new CampaignDetails(
                        campaign,
                        seed.name(),
                        seed.year(),
                        seed.periodStart(),
                        seed.periodEnd(),
                        seed.rubricCode(),
                        seed.rubricVersion(),
                        new Deadlines(LocalDate.now().plusDays(5), null, null),
                        seed.organiserNodes(),
                        seed.settings()),
                List.of(unit, other));
        String suffix = campaign.toLowerCase();
        String evaluator = account("kp" + suffix, Role.EVALUATOR, null);
        String reporter = account("lly" + suffix, Role.UNIT_REPORTER, unit);
        String auditor = account("sj" + suffix, Role.AUDITOR, null);
        uploadAs(signedIn("admin", Role.ADMIN, null), () -> {
            campaigns.assign(campaign, evaluator, List.of(unit, other), null, true);
            return campaigns.move(campaign, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        });

        browser.manage().deleteAllCookies();
        signIn("admin", ADMIN_PASSWORD);
        assertThat(textOf(By.tagName("h1"))).isEqualTo("工作台");
        assertThat(textOf(By.id("campaign-" + campaign))).contains(seed.name(), "自评中", "剩余 5 天");
        assertThat(textOf(By.id("todos"))).contains("还有 2 个单位未提交自评");
        screenshot("start-organiser");

        open("/campaigns/" + campaign + "/reminders");
        browser.findElement(By.id("unit-" + unit)).click();
        browser.findElement(By.id("note")).sendKeys("请于本周五前提交");
        browser.findElement(By.cssSelector("button[name=scope][value=selected]"))
                .click();
        assertThat(textOf(By.id("reminder-outcome"))).contains("已催办 1 个单位", "站内消息 1 人");
        screenshot("reminders");

        as(reporter);
        assertThat(textOf(By.tagName("h1"))).isEqualTo("本单位自评");
        assertThat(textOf(By.id("campaign-" + campaign))).contains("5 天", "未开始");
        assertThat(textOf(By.id("unread-count"))).isEqualTo("1");
        screenshot("start-reporter");
        browser.findElement(By.id("nav-notifications")).click();
        waitForUrlEnding("/notifications");
        assertThat(textOf(By.id("notification-list"))).contains("催办", "请于本周五前提交", "尚未提交");
        browser.findElement(By.cssSelector("#notification-list form button")).click();
        waitForUrlEnding("/units/" + unit + "/self-assessment");
        assertThat(browser.findElements(By.id("unread-count")))
                .as("read, so no count")
                .isEmpty();

        as(evaluator);
        assertThat(textOf(By.tagName("h1"))).isEqualTo("评分任务");
        assertThat(textOf(By.cssSelector(".worklist-campaign"))).contains(seed.name(), unit, other, "未开始");
        browser.findElement(By.id("q")).sendKeys(other);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("q=" + other));
        assertThat(textOf(By.cssSelector(".worklist-campaign"))).contains(other).doesNotContain(unit + " ");
        screenshot("start-evaluator");

        as(auditor);
        waitForUrlEnding("/audit/overview");
        assertThat(textOf(By.tagName("h1"))).isEqualTo("审计概览");
        // the database may be shared with tests that verified the chain already
        assertThat(textOf(By.id("last-verification"))).containsAnyOf("尚未校验", "最近一次校验");
        screenshot("start-auditor");

        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            as(reporter);
            assertThat((Boolean) ((JavascriptExecutor) browser)
                            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1"))
                    .isTrue();
            assertThat(Files.size(screenshot("start-reporter-390"))).isGreaterThan(5_000);
        } finally {
            browser.manage().window().setSize(new Dimension(1440, 1000));
        }
    }
}
