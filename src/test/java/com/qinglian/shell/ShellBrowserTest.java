package com.qinglian.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.campaign.Campaigns;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.support.BrowserTest;
import com.qinglian.unit.UnitDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every role's main pages at desktop (1440 × 900) and phone (390 × 844) width: the side menu beside the
 * page on a desktop, a drawer that opens on a phone, and no page that scrolls sideways as a whole.
 *
 * <p>With {@code QINGLIAN_SCREENSHOTS=docs/screenshots} (environment or system property) the pages marked
 * below are also saved there as {@code <name>-1440.png} and {@code <name>-390.png}, for the README; without
 * it nothing is written into the source tree.
 */
class ShellBrowserTest extends BrowserTest {

    private static final String FOCUSED_ROW = "var tr = document.activeElement.closest('tr'); return tr ? tr.id : '';";

    private static final String ROW_IN_VIEW = "var r = document.getElementById(arguments[0]).getBoundingClientRect();"
            + " return r.top >= 0 && r.top < window.innerHeight;";
    private static final String ROW_PLACE = "var r = document.getElementById(arguments[0]).getBoundingClientRect();"
            + " return [r.top, window.innerHeight, window.scrollY, document.activeElement.id];";

    /** A page to visit; {@code shot} names its screenshot, or is null for none. */
    record Page(String path, String shot) {}

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    UserAccounts accounts;

    @AfterEach
    void restoreWindow() {
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    @Test
    void everyRolesMainPagesFitAPhoneAndKeepTheMenuBesideThemOnADesktop() throws IOException {
        ShellScenario s = ShellScenario.create(campaigns, units, accounts);
        String c = "/campaigns/" + s.campaign;
        String u = c + "/units/" + s.unit;
        List<Object[]> roles = List.of(
                new Object[] {
                    Role.ADMIN,
                    List.of(
                            new Page("/", "organiser-workbench"),
                            new Page("/campaigns", null),
                            new Page(c, "campaign"),
                            new Page(c + "/progress", "progress"),
                            new Page(c + "/reminders", null),
                            new Page(c + "/ledger", null),
                            new Page(c + "/results", null),
                            new Page("/units", "units"),
                            new Page("/users", null),
                            new Page("/rubrics/ouhai-clean-agency/2021", "rubric"))
                },
                new Object[] {
                    Role.EVALUATOR,
                    List.of(
                            new Page("/", "evaluator-worklist"),
                            new Page(u + "/scoring", "scoring"),
                            new Page("/appeals", null))
                },
                new Object[] {
                    Role.UNIT_REPORTER,
                    List.of(
                            new Page("/", "reporter-start"),
                            new Page(u + "/self-assessment", "self-assessment"),
                            new Page("/units/" + s.unit, null))
                },
                new Object[] {
                    Role.LEADER,
                    List.of(
                            new Page(c + "/dashboard", "dashboard"),
                            new Page(c + "/progress", null),
                            new Page("/dashboard/years", null))
                },
                new Object[] {
                    Role.AUDITOR,
                    List.of(
                            new Page("/audit/overview", "audit-overview"),
                            new Page("/audit", null),
                            new Page("/audit/verify", null))
                });
        for (Object[] entry : roles) {
            Role role = (Role) entry[0];
            @SuppressWarnings("unchecked")
            List<Page> pages = (List<Page>) entry[1];
            browser.manage().deleteAllCookies();
            viewport(1440, 900);
            signIn(s.usernames.get(role), ShellScenario.PASSWORD);
            for (Page page : pages) {
                open(page.path());
                assertNoErrorPage(role, page);
                WebElement menu = browser.findElement(By.id("side-menu"));
                assertThat(menu.isDisplayed())
                        .as(role + " " + page.path() + ": menu beside the page")
                        .isTrue();
                assertThat(browser.findElement(By.id("menu-toggle")).isDisplayed())
                        .as("no drawer button on a desktop")
                        .isFalse();
                save(page.shot(), 1440);
            }
            if (role == Role.UNIT_REPORTER) {
                checkOutline(u + "/self-assessment", "自评合计", true, false);
            }
            if (role == Role.EVALUATOR) {
                checkOutline(u + "/scoring", "合计", false, true);
            }
            viewport(390, 844);
            for (Page page : pages) {
                open(page.path());
                assertNoErrorPage(role, page);
                assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth"))
                        .as(role + " " + page.path() + " scrolls sideways at 390 px: "
                                + js("return document.documentElement.scrollWidth") + " px wide")
                        .isTrue();
                save(page.shot(), 390);
            }
            open(pages.get(0).path());
            openDrawer(role);
            if (role == Role.ADMIN) {
                save("menu-drawer", 390);
            }
        }
    }

    /**
     * The long sheet's outline: a list of its indicators that jumps to one and puts the cursor in its first
     * field (when the sheet may be changed), the running total, and (on a scoring sheet) the neighbouring
     * units of the worklist. The scenario's campaign is in self-assessment: the scoring sheet is read-only.
     */
    private void checkOutline(String path, String total, boolean editable, boolean neighbours) {
        open(path);
        assertThat(textOf(By.id("outline-total"))).as(path).contains("项", total);
        var jump = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("outline-jump")));
        assertThat(jump.getOptions()).as("the rubric's indicators").hasSizeGreaterThan(10);
        String row = jump.getOptions().get(3).getAttribute("value");
        jump.selectByIndex(3);
        new WebDriverWait(browser, Duration.ofSeconds(3))
                .withMessage(() -> "the chosen indicator " + row + " is in view: " + js(ROW_PLACE, row))
                .until(d -> (Boolean) js(ROW_IN_VIEW, row));
        if (editable) {
            assertThat((String) js(FOCUSED_ROW))
                    .as("the cursor is in the chosen indicator's first item")
                    .isEqualTo(row);
        }
        if (neighbours) {
            new WebDriverWait(browser, Duration.ofSeconds(5))
                    .until(d -> !d.findElements(By.cssSelector("#outline-previous, #outline-next"))
                            .isEmpty());
        }
    }

    /** The drawer is closed on a phone, opens from the menu button, and shows the role's menu. */
    private void openDrawer(Role role) {
        WebElement menu = browser.findElement(By.id("side-menu"));
        assertThat(menu.isDisplayed())
                .as(role + ": the menu is folded away on a phone")
                .isFalse();
        browser.findElement(By.id("menu-toggle")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d ->
                        d.findElement(By.id("sidebar")).getAttribute("class").contains("show")
                                && d.findElement(By.id("side-menu")).isDisplayed());
        // the drawer slides in; wait until it has arrived before looking at (or photographing) it
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> ((Number) js("return document.getElementById('sidebar').getBoundingClientRect().left"))
                                .doubleValue()
                        >= 0);
        assertThat(browser.findElements(By.cssSelector("#side-menu .nav-link")))
                .as(role + ": menu entries in the drawer")
                .isNotEmpty()
                .allSatisfy(link -> assertThat(link.isDisplayed()).isTrue());
    }

    private void assertNoErrorPage(Role role, Page page) {
        assertThat(browser.findElements(By.id("error-page")))
                .as(role + " " + page.path() + ": " + browser.getTitle())
                .isEmpty();
        assertThat(browser.getPageSource())
                .as(role + " " + page.path() + ": a message key without its text")
                .doesNotContainPattern("\\?\\?[\\w.]+_(zh_CN|en)\\?\\?");
    }

    /** Sizes the window so that the page itself (not the window frame) has the given size. */
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

    private static Path screenshotDir() {
        String dir = System.getProperty("qinglian.screenshots", System.getenv("QINGLIAN_SCREENSHOTS"));
        return dir == null || dir.isBlank() ? null : Paths.get(dir);
    }

    private void save(String name, int width) throws IOException {
        Path dir = screenshotDir();
        if (name == null || dir == null) {
            return;
        }
        Files.createDirectories(dir);
        // phones and most desktops overlay their scroll bars: the pictures should not show Chromium's
        js(
                "document.querySelectorAll('html, #sidebar, #sidebar .offcanvas-body').forEach(e => e.style.scrollbarWidth = 'none')");
        Files.write(
                dir.resolve(name + "-" + width + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
