package com.qinglian.results.web;

import com.qinglian.results.report.Reports;
import com.qinglian.results.report.Reports.Format;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Report downloads. Each report is prepared first (access, audit), so a refusal is an ordinary error page;
 * then it is written straight to the response as it is built, never held whole in memory.
 */
@Controller
class ReportController {

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/campaigns/{campaign}/results/ranking.{format}")
    void ranking(@PathVariable String campaign, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        send(reports.ranking(campaign, Format.of(format)), response);
    }

    @GetMapping("/campaigns/{campaign}/results/workbook.xlsx")
    void workbook(@PathVariable String campaign, HttpServletResponse response) throws IOException {
        send(reports.campaignWorkbook(campaign), response);
    }

    @GetMapping("/campaigns/{campaign}/results/score-sheets.zip")
    void scoreSheets(
            @PathVariable String campaign,
            @RequestParam(defaultValue = "pdf") String format,
            HttpServletResponse response)
            throws IOException {
        send(reports.scoreSheets(campaign, Format.of(format)), response);
    }

    @GetMapping("/campaigns/{campaign}/results/units/{unit}/score-sheet.{format}")
    void scoreSheet(
            @PathVariable String campaign,
            @PathVariable String unit,
            @PathVariable String format,
            HttpServletResponse response)
            throws IOException {
        send(reports.scoreSheet(campaign, unit, Format.of(format)), response);
    }

    private static void send(Reports.Download download, HttpServletResponse response) throws IOException {
        response.setContentType(download.type().toString());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(download.filename(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        download.body().writeTo(response.getOutputStream());
        response.flushBuffer();
    }
}
