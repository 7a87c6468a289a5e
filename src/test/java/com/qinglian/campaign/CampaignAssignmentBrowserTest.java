package com.qinglian.campaign;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The organiser assigns one evaluator to several units at once in a real browser: ticks two rows of the
 * participants table, picks the evaluator, confirms the dialog, and sees both assignments; a dismissed dialog
 * sends nothing, and the header box ticks every row. At phone width nothing scrolls sideways.
 */
class CampaignAssignmentBrowserTest extends BrowserTest {

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    UserAccounts accounts;

    @Test
    void tickedRowsAreAssignedInOneConfirmedRequest() throws Exception {
        List<String> codes =
                List.of(UnitFixtures.uniqueCode("BB"), UnitFixtures.uniqueCode("BB"), UnitFixtures.uniqueCode("BB"));
        codes.forEach(code -> units.create(UnitFixtures.anAgency(code)));
        String campaign = CampaignFixtures.uniqueCode();
        campaigns.create(CampaignFixtures.seedCampaign(campaign), codes);
        String evaluator = "bulk" + CampaignFixtures.uniqueCode();
        accounts.create(new UserAccounts.NewUser(evaluator, "考评员批量", Role.EVALUATOR, null));

        browser.manage().deleteAllCookies();
        signIn("admin", ADMIN_PASSWORD);
        open("/campaigns/" + campaign);
        browser.findElement(By.id("assign-" + codes.get(0))).click();
        browser.findElement(By.id("assign-" + codes.get(2))).click();
        new Select(browser.findElement(By.id("assign-evaluator"))).selectByValue(evaluator);

        // a dismissed confirmation sends nothing
        browser.findElement(By.id("assign-submit")).click();
        wait(ExpectedConditions.alertIsPresent()).dismiss();
        assertThat(campaigns.assignments(campaign)).isEmpty();

        browser.findElement(By.id("assign-submit")).click();
        var dialog = wait(ExpectedConditions.alertIsPresent());
        assertThat(dialog.getText()).contains("分配给该考评员");
        dialog.accept();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("assigned-count")));
        assertThat(textOf(By.id("assigned-count"))).isEqualTo("本次分配涉及 2 个单位");
        assertThat(textOf(By.id("campaign-units"))).contains(codes.get(0), codes.get(2), evaluator);
        assertThat(campaigns.assignments(campaign))
                .extracting(Assignment::unitCode)
                .containsExactlyInAnyOrder(codes.get(0), codes.get(2));
        assertThat(Files.size(screenshot("campaign-batch-assignment"))).isGreaterThan(10_000);

        // the header box ticks every participant
        browser.findElement(By.id("select-all-units")).click();
        assertThat(browser.findElements(By.cssSelector("input[name=unitCodes]")))
                .hasSize(3)
                .allMatch(box -> box.isSelected());

        // at phone width the campaign page and a sorted, searched unit list do not scroll sideways
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String path : List.of("/campaigns/" + campaign, "/units?q=BB&sort=name&dir=desc&type=AGENCY")) {
                open(path);
                assertThat((Boolean) ((JavascriptExecutor) browser)
                                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                        .as(path + " fits 390 px")
                        .isTrue();
            }
            assertThat(browser.findElement(By.cssSelector("th[aria-sort=descending]"))
                            .getText())
                    .contains("单位名称");
            assertThat(Files.size(screenshot("unit-list-390"))).isGreaterThan(10_000);
        } finally {
            browser.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }
}
