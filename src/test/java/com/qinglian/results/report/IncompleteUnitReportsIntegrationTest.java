package com.qinglian.results.report;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.results.report.ReportsIntegrationTest.download;
import static com.qinglian.security.SecurityFixtures.aLeader;
import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.results.EndToEndScenarios;
import com.qinglian.results.ResultRun;
import com.qinglian.results.Results;
import com.qinglian.support.DatabaseTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A unit whose result is incomplete appears in every report as 未完成: listed after the ranked units, with no
 * rank, no total and no grade (never as 0 分), with how many items it lacks; its own score sheet says so.
 */
@DatabaseTest
class IncompleteUnitReportsIntegrationTest {

    @Autowired
    EndToEndScenarios scenarios;

    @Autowired
    Results results;

    @Autowired
    Reports reports;

    @Autowired
    JdbcClient jdbc;

    private EndToEndScenarios.Scenario scenario;
    private ResultRun run;

    @BeforeEach
    void stationMissesTwoScores() {
        scenario = scenarios.threeUnitsScored();
        // the lead evaluator's scores of two items of the station are taken back: nobody else scored them
        int removed = jdbc.sql("DELETE FROM evaluator_score WHERE unit_code = ? AND item_code IN ('B1.1', 'A1.1.1')")
                .param(scenario.s())
                .update();
        assertThat(removed).isEqualTo(2);
        run = uploadAs(anAdministrator(), () -> results.compute(scenario.campaign()));
        assertThat(run.incompleteUnit(scenario.s()))
                .hasValueSatisfying(u -> assertThat(u.missing()).hasSize(2));
    }

    @Test
    void rankingWorkbookListsTheIncompleteUnitAfterTheRankedOnesWithoutNumbers() throws IOException {
        byte[] xlsx = download(aLeader(), () -> reports.ranking(scenario.campaign(), Reports.Format.XLSX));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (String name : List.of(RankingWorkbook.OVERALL, "站所")) {
                Sheet sheet = workbook.getSheet(name);
                Row last = sheet.getRow(sheet.getLastRowNum());
                List<String> headers = ReportsIntegrationTest.texts(sheet.getRow(RankingWorkbook.HEADER_ROW));
                assertThat(last.getCell(2).getStringCellValue()).isEqualTo(scenario.s());
                assertThat(blank(last.getCell(0))).as("no rank").isTrue();
                assertThat(blank(last.getCell(headers.indexOf("总分"))))
                        .as("no total")
                        .isTrue();
                assertThat(last.getCell(headers.indexOf("等次")).getStringCellValue())
                        .isEqualTo("未完成");
                assertThat(last.getCell(headers.indexOf("说明")).getStringCellValue())
                        .contains("缺 2 项");
            }
            Sheet agencies = workbook.getSheet("机关");
            assertThat(agencies.getLastRowNum()).isEqualTo(RankingWorkbook.HEADER_ROW + 2);
        }
    }

    @Test
    void campaignWorkbookMarksTheIncompleteUnit() throws IOException {
        byte[] xlsx = download(aLeader(), () -> reports.campaignWorkbook(scenario.campaign()));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet scores = workbook.getSheet(CampaignWorkbook.SCORES);
            Row last = scores.getRow(scores.getLastRowNum());
            List<String> headers = ReportsIntegrationTest.texts(scores.getRow(CampaignWorkbook.HEADER_ROW));
            assertThat(last.getCell(2).getStringCellValue()).isEqualTo(scenario.s());
            assertThat(blank(last.getCell(headers.indexOf("总分")))).isTrue();
            assertThat(last.getCell(headers.indexOf("等次")).getStringCellValue()).isEqualTo("未完成");
            assertThat(scores.getLastRowNum()).isEqualTo(CampaignWorkbook.HEADER_ROW + 3);
        }
    }

    @Test
    void rankingNoticePrintsTheIncompleteUnitAsUnfinishedWithAFootnote() throws IOException {
        byte[] pdf = download(aLeader(), () -> reports.ranking(scenario.campaign(), Reports.Format.PDF));

        String text = text(pdf);
        assertThat(text).contains("站所(1个)", "未完成", "不参与排名和定等");
    }

    @Test
    void scoreSheetOfTheIncompleteUnitNamesWhatIsMissingAndHasNoTotal() throws IOException {
        byte[] pdf =
                download(aLeader(), () -> reports.scoreSheet(scenario.campaign(), scenario.s(), Reports.Format.PDF));
        assertThat(text(pdf)).contains("未完成", "缺2项", "未评分");

        byte[] xlsx =
                download(aLeader(), () -> reports.scoreSheet(scenario.campaign(), scenario.s(), Reports.Format.XLSX));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(ScoreSheetWorkbook.SHEET);
            List<String> all = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    all.add(cell.getStringCellValue());
                }
                if (cell.getCellType() == CellType.NUMERIC && cell.getColumnIndex() == ScoreSheetLayout.SCORE) {
                    all.add("score:" + cell.getNumericCellValue());
                }
            }));
            assertThat(all).contains("未完成").anyMatch(t -> t.startsWith("未评分")).noneMatch(t -> t.startsWith("score:"));
        }
    }

    @Test
    void batchDownloadHoldsTheIncompleteUnitsSheetToo() throws IOException {
        byte[] zip = download(aLeader(), () -> reports.scoreSheets(scenario.campaign(), Reports.Format.XLSX));

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).hasSize(3);
        assertThat(names.get(2)).contains(scenario.s());
    }

    private static boolean blank(Cell cell) {
        return cell == null
                || cell.getCellType() == CellType.BLANK
                || (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().isEmpty());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
