package com.qinglian.security.web;

import static com.qinglian.security.SecurityFixtures.uniqueUsername;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.security.Role;
import com.qinglian.security.Totp;
import com.qinglian.security.UserAccounts;
import com.qinglian.support.BrowserTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** An administrator enrols an authenticator at first sign-in and then signs in with password and code. */
@TestPropertySource(properties = "qinglian.security.mfa=required")
class SecondFactorBrowserTest extends BrowserTest {

    private static final String PASSWORD = "Browser-Admin-Pass";

    @Autowired
    UserAccounts accounts;

    @Test
    void enrolsAtFirstSignInThenSignsInWithACode() throws Exception {
        String username = uniqueUsername("mfa");
        var issued = accounts.create(new UserAccounts.NewUser(username, "双因素管理员", Role.ADMIN, null));
        assertThat(accounts.changePassword(username, issued.password(), PASSWORD))
                .isEmpty();

        signIn(username, PASSWORD);
        waitForUrlEnding("/account/second-factor/enrol");
        assertThat(textOf(By.tagName("h1"))).isEqualTo("启用双因素认证");
        assertThat(browser.findElements(By.cssSelector(".qr-box svg"))).hasSize(1);
        String secret = textOf(By.id("totp-secret")).replace(" ", "");
        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("second-factor-enrol-390");
        browser.manage().window().setSize(new Dimension(1440, 1000));
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                                .executeScript("return document.documentElement.scrollWidth"))
                        .intValue())
                .isLessThanOrEqualTo(1440);
        screenshot("second-factor-enrol");

        long step = Totp.step(Instant.now());
        browser.findElement(By.id("code")).sendKeys(Totp.code(secret, step));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        assertThat(textOf(By.tagName("h1"))).isEqualTo("恢复码");
        assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        screenshot("second-factor-recovery-codes");

        browser.findElement(By.cssSelector("nav form.sign-out button[type=submit]"))
                .click();
        waitForUrlEnding("/login?logout");

        signIn(username, PASSWORD);
        waitForUrlEnding("/login/second-factor");
        screenshot("second-factor-code");
        browser.findElement(By.id("code")).sendKeys(Totp.code(secret, step + 1));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(driver -> !driver.getCurrentUrl().contains("second-factor"));
        assertThat(textOf(By.cssSelector("nav"))).contains(username);
        open("/users?q=" + username);
        assertThat(textOf(By.id("user-list"))).contains(username, "双因素");
        open("/account");
        assertThat(textOf(By.id("second-factor"))).contains("已启用");
        screenshot("account-overview");
    }
}
