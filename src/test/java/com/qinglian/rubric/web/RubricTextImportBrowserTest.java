package com.qinglian.rubric.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.rubric.RubricWordFixtures;
import com.qinglian.support.BrowserTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
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

/**
 * An organiser imports a Word rubric, checks the tree against its source lines, settles the doubts and publishes,
 * at desktop and phone width. With {@code QINGLIAN_SCREENSHOTS} set, the draft page is saved there as
 * {@code rubric-draft-1440.png} and {@code rubric-draft-390.png}.
 */
class RubricTextImportBrowserTest extends BrowserTest {

    @Test
    void aWordRubricIsImportedItsDoubtsSettledAndPublished() throws Exception {
        viewport(1440, 900);
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
        String page = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/rubrics/"));

        assertThat(textOf(By.id("doubts"))).isEqualTo("存疑之处(共 2 处,待确认 2 处)");
        assertThat(textOf(By.id("draft-review"))).contains("原文", "读出的评价体系", "“截止到”疑为“截至”之误,照录未改");

        // a node's line link marks its source line, which shows the words the node was read from
        WebElement item = browser.findElement(By.id("node-A1.1"));
        WebElement link = item.findElement(By.cssSelector("a.source-link"));
        // in the middle of the window: near its lower edge another element may take the click
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link);
        link.click();
        List<WebElement> marked = browser.findElements(By.cssSelector("#draft-source li.marked"));
        assertThat(marked)
                .singleElement()
                .satisfies(li -> assertThat(li.getText()).contains("截止到年底完成制度汇编"));
        assertThat(browser.getCurrentUrl()).endsWith("#" + marked.get(0).getAttribute("id"));

        save("rubric-draft", 1440);
        viewport(390, 844);
        open(page);
        assertThat(noSidewaysScroll())
                .as("the draft page scrolls sideways on a phone")
                .isTrue();
        WebElement tree = browser.findElement(By.id("draft-tree"));
        WebElement source = browser.findElement(By.id("draft-source"));
        assertThat(source.getRect().getY())
                .as("source below the tree on a phone")
                .isGreaterThan(tree.getRect().getY());
        save("rubric-draft", 390);
        viewport(1440, 900);
        open(page);

        browser.findElement(By.cssSelector("#rubric-title ~ form button.btn-success"))
                .click();
        assertThat(textOf(By.id("rubric-errors"))).contains("还有 2 处存疑未确认,不能发布");

        for (int n = 1; n <= 2; n++) {
            open(page);
            browser.findElement(By.id("note-" + n)).sendKeys(n == 1 ? "照录" : "按一次性扣 2 分");
            browser.findElement(By.cssSelector("#doubt-" + n + " form button")).click();
            waitForUrlEnding("#doubt-" + n);
        }
        open(page);
        assertThat(textOf(By.id("doubts"))).isEqualTo("存疑之处(共 2 处,待确认 0 处)");
        assertThat(textOf(By.id("doubt-1"))).contains("已确认", "照录");

        browser.findElement(By.cssSelector("#rubric-title ~ form button.btn-success"))
                .click();
        // the badge of the page being left may be read just before it goes: read again then
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.cssSelector("h1 ~ .badge"))
                        .getText()
                        .equals("已发布"));
        assertThat(browser.findElements(By.id("draft-review"))).isEmpty();
        assertThat(textOf(By.id("rubric-total"))).isEqualTo("20");
    }

    private boolean noSidewaysScroll() {
        return (Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth");
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

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
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
