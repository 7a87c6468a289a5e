package com.qinglian.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.security.Role;
import com.qinglian.security.SecurityFixtures;
import com.qinglian.security.UserAccounts;
import com.qinglian.support.BrowserTest;
import com.qinglian.unit.UnitDirectory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A reporter signs in, answers the first item (saved by htmx as they type) and uploads a PDF, in a real browser. */
class SelfAssessmentBrowserTest extends BrowserTest {

    private static final String PASSWORD = "Qinglian-Reporter-2021";

    @Autowired
    UnitDirectory units;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SelfAssessmentScenarios scenarios;

    @Test
    void aReporterAnswersAnItemAndUploadsEvidence() throws Exception {
        var opened = scenarios.opened();
        String username = SecurityFixtures.uniqueUsername("reporter");
        var issued = accounts.create(new UserAccounts.NewUser(username, "填报员", Role.UNIT_REPORTER, opened.agency()));
        assertThat(accounts.changePassword(username, issued.password(), PASSWORD))
                .isEmpty();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);

        signIn(username, PASSWORD);
        // The unit's start page leads to its sheet.
        browser.findElement(By.cssSelector("#campaign-" + opened.campaign() + " a.btn-primary"))
                .click();

        wait.until(ExpectedConditions.urlContains("/units/" + opened.agency() + "/self-assessment"));
        assertThat(textOf(By.id("sheet-title"))).contains("区测试局" + opened.agency());
        WebElement first = browser.findElement(By.cssSelector("tr[id='item-A1.1.1']"));
        first.findElement(By.name("selfScore")).sendKeys("1.5");
        first.findElement(By.name("explanation")).sendKeys("每季度开展一次监督检查,共四次。");
        wait.until(d -> d.findElement(By.cssSelector("tr[id='item-A1.1.1'] .save-state"))
                .getText()
                .contains("已保存"));

        wait.until(d -> "每季度开展一次监督检查,共四次。"
                .equals(storedA111(opened.campaign(), opened.agency()).get("explanation")));
        assertThat(browser.findElement(By.cssSelector("tr[id='item-A1.1.1'] textarea"))
                        .getAttribute("value"))
                .as("what was typed while a save was on its way is still there")
                .isEqualTo("每季度开展一次监督检查,共四次。");
        Map<String, Object> stored = storedA111(opened.campaign(), opened.agency());
        assertThat((BigDecimal) stored.get("self_score")).isEqualByComparingTo("1.5");
        assertThat(stored.get("explanation")).isEqualTo("每季度开展一次监督检查,共四次。");

        Path pdf = Files.createTempFile("检查记录", ".pdf");
        Files.write(pdf, EvidenceFixtures.pdfBytes());
        WebElement upload = browser.findElement(By.cssSelector("tr[id='item-A1.1.1'] form.evidence-upload"));
        upload.findElement(By.name("file")).sendKeys(pdf.toAbsolutePath().toString());
        upload.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.findElements(By.cssSelector("tr[id='item-A1.1.1'] .evidence-list a")).stream()
                .anyMatch(a -> a.getText().equals(pdf.getFileName().toString())));
        List<WebElement> listed = browser.findElements(By.cssSelector("tr[id='item-A1.1.1'] .evidence-list li"));
        assertThat(listed).hasSize(1);
        assertThat(textOf(By.id("assessment-progress"))).contains("已完成 1 / 3 项");

        Path shot = screenshot("self-assessment-reporter");
        assertThat(Files.size(shot)).isGreaterThan(10_000);
        Files.deleteIfExists(pdf);
    }

    private Map<String, Object> storedA111(String campaign, String unit) {
        return jdbc.sql("""
                SELECT i.self_score, i.explanation FROM self_assessment_item i JOIN self_assessment a ON a.id = i.assessment_id
                  JOIN campaign c ON c.id = a.campaign_id WHERE c.code = ? AND a.unit_code = ? AND i.item_code = 'A1.1.1'
                """).params(campaign, unit).query().singleRow();
    }
}
