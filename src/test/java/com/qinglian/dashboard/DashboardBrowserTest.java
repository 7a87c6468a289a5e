package com.qinglian.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.support.BrowserTest;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** A leader's dashboard in a real browser: every chart is drawn on its canvas, its table is one click away. */
class DashboardBrowserTest extends BrowserTest {

    private static final String PASSWORD = "Leader-Pass-2026";

    /** Counts the painted pixels of a chart's canvas, or -1 when ECharts has no instance on it. */
    private static final String PAINTED = """
            const el = document.querySelector('[data-chart="' + arguments[0] + '"]');
            if (!el || !window.echarts || !window.echarts.getInstanceByDom(el)) { return -1; }
            const canvas = el.querySelector('canvas');
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = 0;
            for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) { painted++; } }
            return painted;
            """;

    @Autowired
    DashboardScenario scenario;

    @Autowired
    UserAccounts accounts;

    @Test
    void theLeaderSeesEveryChartDrawnWithItsTableAndExport() throws Exception {
        DashboardScenario.Sample sample = scenario.sample();
        String leader = "lingdao" + sample.campaign().toLowerCase();
        var issued = accounts.create(new UserAccounts.NewUser(leader, "区领导", Role.LEADER, null));
        assertThat(accounts.changePassword(leader, issued.password(), PASSWORD)).isEmpty();

        browser.manage().deleteAllCookies();
        signIn(leader, PASSWORD);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/dashboard"));
        open("/campaigns/" + sample.campaign() + "/dashboard?unit="
                + sample.agencies().get(1));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        for (String chart : new String[] {
            "progress", "scoring", "timeline", "distribution", "grades", "dimensions", "unit", "weakest", "negative"
        }) {
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(d -> ((Number) js.executeScript(PAINTED, chart)).longValue() > 500);
        }
        assertThat(textOf(By.id("title-distribution"))).contains("总分分布", "单位:个单位");
        assertThat(browser.findElement(By.id("table-grades")).isDisplayed()).isFalse();
        var summary = browser.findElement(By.cssSelector("#card-grades summary"));
        // Redrawn charts above it move the summary while WebDriver aims; the click itself is what matters.
        js.executeScript("arguments[0].click()", summary);
        assertThat(browser.findElement(By.id("table-grades")).isDisplayed()).isTrue();
        assertThat(textOf(By.id("table-grades"))).contains("等次", "机关", "站所");
        assertThat(browser.findElement(By.id("export-grades")).getAttribute("href"))
                .endsWith("/campaigns/" + sample.campaign() + "/dashboard/export/grades?unit="
                        + sample.agencies().get(1));
        assertThat(Files.size(screenshot("dashboard-1440"))).isGreaterThan(20_000);

        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/campaigns/" + sample.campaign() + "/dashboard");
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(d -> ((Number) js.executeScript(PAINTED, "dimensions")).longValue() > 500);
            assertThat((Boolean)
                            js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1"))
                    .as("no sideways scrolling on a phone")
                    .isTrue();
            screenshot("dashboard-390");
        } finally {
            browser.manage().window().setSize(new Dimension(1440, 1000));
        }
    }
}
