package com.qinglian.rubric.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.support.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Smoke test in a real browser: the seed rubric renders as the published table, in Chinese. */
class RubricPageBrowserTest extends BrowserTest {

    @Test
    void theSeedRubricRendersAsThePublishedTable() throws Exception {
        open("/rubrics");
        browser.findElement(By.linkText("瓯海区清廉机关(站所)建设评价体系")).click();

        assertThat(textOf(By.id("rubric-title"))).isEqualTo("瓯海区清廉机关(站所)建设评价体系");
        List<WebElement> headers = browser.findElements(By.cssSelector("#rubric-table thead th"));
        assertThat(headers).extracting(WebElement::getText).containsExactly("一级指标", "二级指标", "内容与要求", "分值", "备注");
        assertThat(browser.findElements(By.cssSelector("#rubric-table tbody tr")))
                .hasSize(67);
        assertThat(textOf(By.id("rubric-total"))).isEqualTo("100");
        WebElement politics = browser.findElement(By.cssSelector("td[data-node='A1']"));
        assertThat(politics.getText()).contains("政治清明", "(20分)");
        assertThat(politics.getAttribute("rowspan")).isEqualTo("17");
        assertThat(textOf(By.id("negative-list"))).contains("被区纪委区监委采取第四种形态处理", "-20分/例");

        Path shot = screenshot("rubric-ouhai-2021");
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    @Test
    void anAdministratorSignsInAndSeesTheImportForm() {
        open("/rubrics/import");
        waitForUrlEnding("/login");
        signIn("admin", ADMIN_PASSWORD);
        open("/rubrics/import");
        assertThat(textOf(By.tagName("h1"))).isEqualTo("导入评价体系");
    }
}
