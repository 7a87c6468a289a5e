package com.qinglian.rubric.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricCatalog;
import com.qinglian.rubric.RubricYaml;
import com.qinglian.support.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A draft that uses every construct of the rubric language, at desktop and phone width: what to check before
 * publishing stands above the tree, the scoring terms are listed, the items carry their lines. Screenshots are
 * saved under target/screenshots as rubric-terms-1440.png and rubric-terms-390.png.
 */
class RubricTermsBrowserTest extends BrowserTest {

    @Autowired
    RubricCatalog catalog;

    @Test
    void theDraftShowsItsWarningsAboveTheTreeAndEveryConstructInWords() throws Exception {
        Rubric rubric = EveryConstructRubric.rubric(
                "every-" + CampaignFixtures.uniqueCode().toLowerCase(), "1");
        catalog.importFile(RubricYaml.write(rubric).getBytes(StandardCharsets.UTF_8), "admin");
        signIn("admin", ADMIN_PASSWORD);

        for (int width : new int[] {1440, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            open("/rubrics/" + rubric.code() + "/" + rubric.version());
            WebElement warnings = browser.findElement(By.id("rubric-warnings"));
            WebElement table = browser.findElement(By.id("rubric-table"));
            assertThat(warnings.isDisplayed()).isTrue();
            assertThat(warnings.getText()).contains("请在发布前核对", "印刷分值 30 分,但下级合计 25 分");
            assertThat(warnings.getRect().getY()).isLessThan(table.getRect().getY());
            assertThat(textOf(By.id("rubric-terms"))).contains("个性指标:各单位按本单位的指标块计分", "适用:标签 沿河单位");
            assertThat(browser.findElement(By.cssSelector("tr[data-item='D1']")).getText())
                    .contains("完成率=实际完成数÷下达任务数×分值,按0.5向下取整;任务数为0时得满分");
            long height = ((Number) ((JavascriptExecutor) browser)
                            .executeScript("return document.documentElement.scrollHeight"))
                    .longValue();
            browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 150, 6000)));
            assertThat(Files.size(screenshot("rubric-terms-" + width))).isGreaterThan(10_000);
        }
    }
}
