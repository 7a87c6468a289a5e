package com.qinglian.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.security.SecurityFixtures;
import com.qinglian.support.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

/** In a real browser: an administrator creates a user, who signs in with the one-time password and must change it. */
class AccountBrowserTest extends BrowserTest {

    private String sessionId() {
        Cookie cookie = browser.manage().getCookieNamed("SESSION");
        return cookie == null ? null : cookie.getValue();
    }

    @Test
    void aNewUserSignsInWithTheOneTimePasswordAndMustChangeIt() throws Exception {
        browser.manage().deleteAllCookies();
        open("/login");
        String anonymousSession = sessionId();
        signIn("admin", ADMIN_PASSWORD);
        assertThat(sessionId()).as("the session id changes at sign-in").isNotEqualTo(anonymousSession);
        Cookie cookie = browser.manage().getCookieNamed("SESSION");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Lax");

        String username = SecurityFixtures.uniqueUsername("browser");
        open("/users/new");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys("浏览器用户");
        new Select(browser.findElement(By.id("role"))).selectByVisibleText("考评员");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitForUrlEnding("/users");
        assertThat(textOf(By.tagName("h1"))).isEqualTo("一次性密码");
        assertThat(textOf(By.cssSelector("#issued-passwords td"))).isEqualTo(username);
        String oneTime = textOf(By.cssSelector("#issued-passwords code"));
        assertThat(oneTime).hasSize(16);

        browser.findElement(By.cssSelector("nav form button[type=submit]")).click();
        waitForUrlEnding("/login?logout");

        signIn(username, oneTime);
        waitForUrlEnding("/account/password");
        assertThat(textOf(By.cssSelector(".alert-warning"))).contains("一次性密码");
        open("/rubrics");
        assertThat(browser.getCurrentUrl())
                .as("every page leads to the password form")
                .endsWith("/account/password");

        browser.findElement(By.id("currentPassword")).sendKeys(oneTime);
        browser.findElement(By.id("newPassword")).sendKeys("1qaz2wsx3edc");
        browser.findElement(By.id("confirmPassword")).sendKeys("1qaz2wsx3edc");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        assertThat(textOf(By.id("password-errors"))).contains("这个密码太常见");

        browser.findElement(By.id("currentPassword")).sendKeys(oneTime);
        browser.findElement(By.id("newPassword")).sendKeys("Browser-Pass-7-long");
        browser.findElement(By.id("confirmPassword")).sendKeys("Browser-Pass-7-long");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        waitForUrlEnding("/");
        assertThat(textOf(By.cssSelector(".alert-success"))).isEqualTo("密码已修改");
        assertThat(textOf(By.cssSelector("nav"))).contains(username);
        assertThat(textOf(By.tagName("h1")))
                .as("an evaluator starts at the scoring work")
                .isEqualTo("评分任务");
        Path shot = screenshot("account-password-changed");
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }
}
