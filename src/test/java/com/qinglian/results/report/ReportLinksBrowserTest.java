package com.qinglian.results.report;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.results.EndToEndScenarios;
import com.qinglian.results.Results;
import com.qinglian.support.BrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The organiser finds every report on the results page and a unit's score sheet on its breakdown; each link
 * answers with the file in the browser's session. Screenshots at desktop and phone width.
 */
class ReportLinksBrowserTest extends BrowserTest {

    @Autowired
    EndToEndScenarios scenarios;

    @Autowired
    Results results;

    @Test
    void everyReportLinkDownloadsItsFile() throws Exception {
        EndToEndScenarios.Scenario scenario = scenarios.threeUnitsScored();
        uploadAs(anAdministrator(), () -> results.compute(scenario.campaign()));

        browser.manage().deleteAllCookies();
        signIn("admin", ADMIN_PASSWORD);
        open("/campaigns/" + scenario.campaign() + "/results");
        var links = browser.findElements(By.cssSelector("#report-downloads a"));
        assertThat(links).hasSize(5);
        for (var link : links) {
            HttpResponse<byte[]> file = fetch(link.getAttribute("href"));
            assertThat(file.statusCode()).as(link.getText()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
                    .as(link.getText())
                    .startsWith("attachment");
            assertThat(file.body().length).as(link.getText()).isGreaterThan(1000);
        }
        browser.manage().window().setSize(new Dimension(1440, 1000));
        assertThat(Files.size(screenshot("results-reports-1440"))).isGreaterThan(10_000);
        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(Files.size(screenshot("results-reports-390"))).isGreaterThan(10_000);
        assertThat(rightEdge("#report-downloads"))
                .as("report links wrap on a phone")
                .isLessThanOrEqualTo(390);
        assertThat(rightEdge(".table-responsive"))
                .as("the ranking scrolls in its own frame")
                .isLessThanOrEqualTo(390);

        open("/campaigns/" + scenario.campaign() + "/results/units/" + scenario.a());
        var sheets = browser.findElements(By.cssSelector("#report-downloads a"));
        assertThat(sheets).hasSize(2);
        HttpResponse<byte[]> pdf = fetch(sheets.get(0).getAttribute("href"));
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(Files.size(screenshot("breakdown-reports-390"))).isGreaterThan(10_000);
        assertThat(rightEdge("#report-downloads"))
                .as("score sheet links on a phone")
                .isLessThanOrEqualTo(390);
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    /** Where an element ends on the page, in CSS pixels (the shared top bar is not this page's concern). */
    private int rightEdge(String selector) {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript(
                                "return Math.ceil(document.querySelector(arguments[0]).getBoundingClientRect().right)",
                                selector))
                .intValue();
    }

    /** Downloads a link with the browser's session, as the browser would. */
    private HttpResponse<byte[]> fetch(String href) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", "JSESSIONID=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
