package com.qinglian.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.scoring.GradeBand;
import com.qinglian.scoring.Settings;
import com.qinglian.scoring.Veto;
import com.qinglian.support.BrowserTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** An organiser sets a campaign's grades and vetoes through the form, at desktop and at phone width. */
class CampaignSettingsBrowserTest extends BrowserTest {

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignSettingsFormat format;

    private WebElement field(String name) {
        return browser.findElement(By.name(name));
    }

    private void type(String name, String text) {
        WebElement input = field(name);
        input.clear();
        input.sendKeys(text);
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private long script(String expression) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return " + expression)).longValue();
    }

    /** Looks at the settings part of the page at a width: whole page and settings section, for people to view. */
    private void look(String name, int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 900));
        int height = (int) Math.min(script("document.documentElement.scrollHeight"), 6000);
        browser.manage().window().setSize(new Dimension(width, height));
        screenshot(name);
        assertThat(script("document.getElementById('settings-section').scrollWidth"))
                .as("the settings section fits %d px", width)
                .isLessThanOrEqualTo(script("document.getElementById('settings-section').clientWidth"));
        browser.manage().window().setSize(new Dimension(width, width < 800 ? 844 : 900));
        assertThat(script("document.documentElement.scrollWidth"))
                .as("the page does not scroll sideways at %d px", width)
                .isLessThanOrEqualTo(script("document.documentElement.clientWidth"));
    }

    @Test
    void anOrganiserSetsGradesAndVetoesByRuleTitle() throws Exception {
        browser.manage().deleteAllCookies();
        signIn("admin", ADMIN_PASSWORD);
        browser.manage().window().setSize(new Dimension(1440, 900));
        open("/campaigns/new");
        String code = CampaignFixtures.uniqueCode();
        type("code", code);
        type("name", "设置表单测试");

        // 良好 removed, 较差 added in the spare row 添加 shows
        List<WebElement> gradeRows = browser.findElements(By.cssSelector("[data-rows=grades] [data-row]"));
        assertThat(gradeRows.stream().filter(WebElement::isDisplayed)).hasSize(5);
        click(gradeRows.get(1).findElement(By.cssSelector("[data-remove-row]")));
        assertThat(gradeRows.get(1).isDisplayed()).isFalse();
        type("grades[4].name", "较差");
        type("grades[4].min", "30");
        click(browser.findElement(By.cssSelector("[data-add-row=grades]")));
        assertThat(field("grades[5].name").isDisplayed()).isTrue();

        // the default veto gets a second rule, picked by its title; a second veto sets a grade below 60
        click(browser.findElement(
                By.xpath("//div[@data-rows='vetoes']/div[1]//label[contains(., '被区纪委区监委采取第三种形态处理')]")));
        type("vetoes[1].name", "低分不予认定");
        type("vetoes[1].totalBelow", "60");
        new Select(field("vetoes[1].effect")).selectByVisibleText("等次定为…");
        type("vetoes[1].grade", "不予认定");
        new Select(field("multipleScores")).selectByVisibleText("以组长评分为准");
        // a period that ends before it starts is refused beside the field, the rows kept
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('periodEnd').value = arguments[0]", "2020-01-01");
        look("campaign-settings-1440", 1440);
        click(browser.findElement(By.cssSelector("form .btn-primary[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> !driver.findElements(By.id("form-errors")).isEmpty());
        assertThat(textOf(By.cssSelector("#periodEnd + .invalid-feedback"))).isEqualTo("考评期间的结束日期早于开始日期");
        assertThat(field("vetoes[1].grade").getAttribute("value")).isEqualTo("不予认定");
        // the removed row is gone and the added one kept: the rows come back as they were meant
        assertThat(field("grades[1].name").getAttribute("value")).isEqualTo("合格");
        assertThat(field("grades[3].name").getAttribute("value")).isEqualTo("较差");

        browser.manage().window().setSize(new Dimension(390, 844));
        look("campaign-settings-390-refused", 390);
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('periodEnd').value = arguments[0]", "2026-12-31");
        click(browser.findElement(By.cssSelector("form .btn-primary[type=submit]")));
        waitForUrlEnding("/campaigns/" + code);

        Settings stored = format.read(campaigns.get(code).settings());
        assertThat(stored.grades()).extracting(GradeBand::grade).containsExactly("优秀", "合格", "较差", "不合格");
        assertThat(stored.vetoes()).hasSize(2);
        assertThat(stored.vetoes().get(0).when().anyCaseOf()).containsExactlyInAnyOrder("FORM3", "FORM4");
        assertThat(stored.vetoes().get(1).effect()).isEqualTo(Veto.Effect.SET_GRADE);
        assertThat(stored.vetoes().get(1).when().totalBelow()).isEqualByComparingTo("60");
        assertThat(stored.multipleScores()).isEqualTo(Settings.MultipleScores.LEAD);

        // the edit page shows the same, and the YAML under 高级 says it too
        open("/campaigns/" + code + "/edit");
        look("campaign-settings-390-edit", 390);
        click(browser.findElement(By.cssSelector("#settings-yaml summary")));
        screenshot("campaign-settings-390-yaml");
        assertThat(field("settings").getAttribute("value")).contains("- {grade: 较差, min: 30}", "setGrade");
        field("settings").sendKeys(" ");
        assertThat(browser.findElement(By.cssSelector("[data-yaml-mode]")).isSelected())
                .isTrue();
        browser.manage().window().setSize(new Dimension(1440, 900));
    }
}
