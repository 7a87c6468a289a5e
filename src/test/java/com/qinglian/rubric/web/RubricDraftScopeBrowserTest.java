package com.qinglian.rubric.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.rubric.RubricWordFixtures;
import com.qinglian.support.BrowserTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * On a phone, the organiser opens a draft node's "适用与计分" form, ticks a unit type, types tags and saves; the page
 * then says in words whom the node applies to. With {@code QINGLIAN_SCREENSHOTS} set, the page with the form open is
 * saved there as {@code rubric-draft-scope-390.png}.
 */
class RubricDraftScopeBrowserTest extends BrowserTest {

    @Test
    void aNodesApplicabilityIsSetOnAPhone() throws Exception {
        viewport(390, 844);
        signIn("admin", ADMIN_PASSWORD);
        open("/rubrics/import");
        Path docx = Files.createTempFile("rubric-", ".docx");
        try {
            Files.write(docx, RubricWordFixtures.rubricWithDoubtsDocx());
            browser.findElement(By.id("file")).sendKeys(docx.toAbsolutePath().toString());
            browser.findElement(By.cssSelector("main form button[type=submit]")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(driver -> driver.getCurrentUrl().matches(".*/rubrics/imported(-\\d+)?/1$"));
        } finally {
            Files.deleteIfExists(docx);
        }

        WebElement scope = browser.findElement(By.cssSelector("#node-A1 > details.node-scope"));
        WebElement summary = scope.findElement(By.tagName("summary"));
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", summary);
        summary.click();
        assertThat(summary.getText()).isEqualTo("适用与计分");
        scope.findElement(By.id("types-A1-agency")).click();
        scope.findElement(By.id("tags-A1")).sendKeys("沿河单位、窗口单位");
        // the form in view for the screenshot, below the sticky top bar
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", scope);
        assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the draft page with the form open scrolls sideways on a phone")
                .isTrue();
        save("rubric-draft-scope", 390);

        scope.findElement(By.cssSelector("button[type=submit]")).click();
        waitForUrlEnding("#node-A1");
        assertThat(textOf(By.id("rubric-terms"))).contains("适用:标签 沿河单位、窗口单位");
        assertThat(browser.findElement(By.id("types-A1-agency")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("types-A1-station")).isSelected()).isFalse();
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

    private void save(String name, int width) throws IOException {
        String dir = System.getProperty("qinglian.screenshots", System.getenv("QINGLIAN_SCREENSHOTS"));
        if (dir == null || dir.isBlank()) {
            return;
        }
        Path folder = Paths.get(dir);
        Files.createDirectories(folder);
        js("document.querySelectorAll('html, #sidebar, #sidebar .offcanvas-body')"
                + ".forEach(e => e.style.scrollbarWidth = 'none')");
        Files.write(
                folder.resolve(name + "-" + width + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
