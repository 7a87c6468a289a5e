package com.qinglian.assessment;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.assessment.SelfAssessmentScenarios.Opened;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.Campaigns;
import com.qinglian.rubric.ExpectationDraft;
import com.qinglian.rubric.ItemExpectations;
import com.qinglian.security.Role;
import com.qinglian.security.SecurityFixtures;
import com.qinglian.security.UserAccounts;
import com.qinglian.support.BrowserTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A unit's missing quarterly evidence, in a real browser: flagged on its sheet (and updated when the unit
 * dates a document differently), and on its evaluator's scoring page; at desktop and phone width, with no
 * sideways scrolling on a phone; the organiser's rubric page and count of units falling short. With {@code QINGLIAN_SCREENSHOTS} set the pages are saved there.
 */
class EvidenceExpectationBrowserTest extends BrowserTest {

    private static final String PASSWORD = "Qinglian-Expect-2021";

    @Autowired
    SelfAssessmentScenarios scenarios;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Campaigns campaigns;

    @Autowired
    ItemExpectations expectations;

    @Autowired
    ItemEvidence evidence;

    @Test
    void aMissingQuarterIsFlaggedOnTheUnitsSheetAndOnTheEvaluatorsPage() throws IOException {
        Opened o = scenarios.opened();
        Campaign campaign = campaigns.get(o.campaign());
        expectations.confirm(
                campaign.rubricCode(),
                campaign.rubricVersion(),
                "A1.1.1",
                new ExpectationDraft("COUNT", "QUARTER", "1", null, "监督检查记录"),
                "admin");
        long[] ids = new long[3];
        List<String> dates = List.of("2021-02-20", "2021-05-18", "2021-11-06");
        List<String> names = List.of("一季度监督检查记录.pdf", "二季度监督检查记录.pdf", "四季度监督检查记录.pdf");
        for (int i = 0; i < dates.size(); i++) {
            byte[] content = (new String(EvidenceFixtures.pdfBytes(), StandardCharsets.ISO_8859_1) + "\n% " + i + "\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            LocalDate date = LocalDate.parse(dates.get(i));
            int index = i;
            ids[i] = uploadAs(
                            o.reporter(),
                            () -> evidence.add(
                                    o.campaign(),
                                    o.agency(),
                                    "A1.1.1",
                                    names.get(index),
                                    new ByteArrayInputStream(content),
                                    date))
                    .file()
                    .id();
        }
        String reporter = account(Role.UNIT_REPORTER, o.agency());
        String evaluator = account(Role.EVALUATOR, null);
        campaigns.assign(o.campaign(), evaluator, List.of(o.agency()), null, true);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);

        browser.manage().deleteAllCookies();
        viewport(1440, 900);
        signIn(reporter, PASSWORD);
        String sheet = "/campaigns/" + o.campaign() + "/units/" + o.agency() + "/self-assessment";
        open(sheet);
        By check = By.cssSelector("tr[id='item-A1.1.1'] .evidence-check");
        assertThat(textOf(check)).contains("佐证要求", "每季度不少于 1 份监督检查记录", "第三季度缺少监督检查记录");
        assertThat(textOf(check)).doesNotContain("第一季度缺少", "第二季度缺少", "第四季度缺少");
        save("evidence-expectation-sheet", 1440);

        // The unit finds that the fourth-quarter record is in fact dated August: the third quarter is now
        // covered and the fourth is missing, without leaving the page.
        WebElement redate = browser.findElement(
                By.cssSelector("tr[id='item-A1.1.1'] form.evidence-redate[action$='/evidence/" + ids[2] + "/date']"));
        js("arguments[0].value = '2021-08-15'", redate.findElement(By.name("evidenceDate")));
        redate.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.findElement(check).getText().contains("第四季度缺少监督检查记录"));
        assertThat(textOf(check)).doesNotContain("第三季度缺少");

        viewport(390, 844);
        open(sheet);
        assertThat(textOf(check)).contains("第四季度缺少监督检查记录");
        assertNoSidewaysScrolling(sheet);
        js("document.querySelector(\"tr[id='item-A1.1.1']\").scrollIntoView({behavior: 'instant'})");
        save("evidence-expectation-sheet", 390);

        browser.manage().deleteAllCookies();
        viewport(1440, 900);
        signIn(evaluator, PASSWORD);
        String scoring = "/campaigns/" + o.campaign() + "/units/" + o.agency() + "/scoring";
        open(scoring);
        By flagged = By.cssSelector("tr[id='score-A1.1.1'] .evidence-check");
        assertThat(textOf(flagged)).contains("第四季度缺少监督检查记录").doesNotContain("第三季度缺少");
        save("evidence-expectation-scoring", 1440);
        viewport(390, 844);
        open(scoring);
        assertNoSidewaysScrolling(scoring);
        js(
                "document.querySelector(\"tr[id='score-A1.1.1'] .evidence-check\").scrollIntoView({block: 'center', behavior: 'instant'})");
        save("evidence-expectation-scoring", 390);

        browser.manage().deleteAllCookies();
        viewport(1440, 900);
        signIn("admin", ADMIN_PASSWORD);
        String rubric = "/rubrics/" + campaign.rubricCode() + "/" + campaign.rubricVersion();
        open(rubric);
        assertThat(textOf(By.id("expectation-A1.1.1"))).contains("每季度不少于 1 份监督检查记录", "已确认");
        save("evidence-expectation-rubric", 1440);
        String shortfalls = "/campaigns/" + o.campaign() + "/expectations";
        open(shortfalls);
        assertThat(textOf(By.cssSelector("#shortfall-table tr[data-item='A1.1.1']")))
                .contains("每季度不少于 1 份监督检查记录", "2", "1");
        save("evidence-expectation-shortfalls", 1440);
        viewport(390, 844);
        for (String page : List.of(rubric, shortfalls)) {
            open(page);
            assertNoSidewaysScrolling(page);
        }
        save("evidence-expectation-shortfalls", 390);
        open(rubric);
        js("document.getElementById('expectation-A1.1.1').scrollIntoView({block: 'center', behavior: 'instant'})");
        save("evidence-expectation-rubric", 390);
    }

    private String account(Role role, String unit) {
        String username = SecurityFixtures.uniqueUsername(role.name().toLowerCase(java.util.Locale.ROOT));
        var issued = accounts.create(new UserAccounts.NewUser(username, "测试用户", role, unit));
        assertThat(accounts.changePassword(username, issued.password(), PASSWORD))
                .isEmpty();
        return username;
    }

    private void assertNoSidewaysScrolling(String path) {
        assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as(path + " scrolls sideways at 390 px: " + js("return document.documentElement.scrollWidth") + " px")
                .isTrue();
    }

    private void viewport(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        long innerWidth = ((Number) js("return window.innerWidth")).longValue();
        long innerHeight = ((Number) js("return window.innerHeight")).longValue();
        if (innerWidth != width || innerHeight != height) {
            browser.manage().window().setSize(new Dimension((int) (2L * width - innerWidth), (int)
                    (2L * height - innerHeight)));
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Under target/screenshots always; also under QINGLIAN_SCREENSHOTS when set. */
    private void save(String name, int width) throws IOException {
        Path shot = screenshot(name + "-" + width);
        assertThat(Files.size(shot)).isGreaterThan(10_000);
        String dir = System.getProperty("qinglian.screenshots", System.getenv("QINGLIAN_SCREENSHOTS"));
        if (dir != null && !dir.isBlank()) {
            Files.createDirectories(Paths.get(dir));
            Files.write(
                    Paths.get(dir).resolve(name + "-" + width + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
    }
}
