package com.qinglian.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base for real-browser tests: the application on a random port, driven by Debian's headless
 * Chromium. Without a browser these tests are skipped, unless QINGLIAN_BROWSER_TESTS=required.
 */
@Tag("db")
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    private static final Path CHROMIUM =
            Paths.get(System.getenv().getOrDefault("QINGLIAN_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Paths.get(System.getenv().getOrDefault("QINGLIAN_CHROMEDRIVER", "/usr/bin/chromedriver"));
    public static final String ADMIN_PASSWORD = "Test-Admin-Pass-1";

    protected static WebDriver browser;
    private static Path profile;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String message = "Chromium or chromedriver not found (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): install Debian's chromium and chromium-driver to run browser tests";
            if ("required".equals(System.getenv("QINGLIAN_BROWSER_TESTS"))) {
                fail(message);
            }
            assumeTrue(false, message);
        }
        profile = Files.createTempDirectory("qinglian-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--disable-dev-shm-usage",
                "--window-size=1400,1000",
                "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    /** Signs in through the form and waits until the browser has left the sign-in page (or shows its error). */
    protected void signIn(String username, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> !driver.getCurrentUrl().endsWith("/login"));
    }

    /** Waits (up to 10 s) until the browser is on a URL ending with {@code suffix}: clicks navigate asynchronously. */
    protected void waitForUrlEnding(String suffix) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().endsWith(suffix));
    }

    /**
     * The text of an element once the page has settled: a click navigates asynchronously, so an element
     * found just before the new page arrives may go stale; it is looked up again then.
     */
    protected String textOf(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(locator).getText());
    }

    /** Saves a screenshot under target/screenshots for people to look at; returns its path. */
    protected Path screenshot(String name) throws IOException {
        Path dir = Paths.get("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
