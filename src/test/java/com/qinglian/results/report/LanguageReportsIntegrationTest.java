package com.qinglian.results.report;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.results.report.ReportsIntegrationTest.download;
import static com.qinglian.security.SecurityFixtures.aLeader;
import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.LanguageRubric;
import com.qinglian.results.EndToEndScenarios;
import com.qinglian.results.LanguageScenarios;
import com.qinglian.results.Results;
import com.qinglian.support.DatabaseTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The score sheets and the campaign workbook with the rubric language: each case line names its rule in words
 * (negative list, bonus, clause) and shows the amount chosen within a range or the level.
 */
@DatabaseTest
class LanguageReportsIntegrationTest {

    @MockitoSpyBean
    Campaigns campaigns;

    @Autowired
    LanguageScenarios scenarios;

    @Autowired
    Results results;

    @Autowired
    Reports reports;

    EndToEndScenarios.Scenario scenario;

    @BeforeEach
    void computedScenario() {
        scenario = scenarios.recorded();
        uploadAs(anAdministrator(), () -> results.compute(scenario.campaign()));
    }

    @Test
    void theScoreSheetListsClauseAndBonusCasesWithTheirWordsAmountAndLevel() throws IOException {
        String a = scenario.a();
        byte[] xlsx = download(aLeader(), () -> reports.scoreSheet(scenario.campaign(), a, Reports.Format.XLSX));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = rows(workbook.getSheet(ScoreSheetWorkbook.SHEET));
            assertThat(rows.stream()
                            .filter(r -> !r.isEmpty())
                            .map(r -> r.subList(1, r.size()))
                            .toList())
                    .as("a case line without its number: rule, 文号, date, amount, 情况, points")
                    .contains(List.of(
                            "造成不良影响的,扣3-6分",
                            "",
                            LanguageScenarios.RANGE_DOCUMENT + a,
                            "2021-06-01",
                            "4.5",
                            "",
                            "-4.5"));
            assertThat(rows)
                    .anySatisfy(r -> assertThat(r).contains("获国家级、省级、市级表彰的,分别加5分、3分、1分", "国家级", "5"))
                    .anySatisfy(r -> assertThat(r).contains("获国家级、省级、市级表彰的,分别加5分、3分、1分", "省级", "0"))
                    .anySatisfy(r -> assertThat(r).contains("每迟报一次扣0.5分", "-1.5"));
            // the rate item's detail says its rounding: in Chinese, and no English phrase of the engine is left
            assertThat(String.join("\n", rows.stream().flatMap(List::stream).toList()))
                    .as("the engine's details in Chinese")
                    .contains("四舍五入")
                    .doesNotContain("rounded ", "capped at", "default full marks", "missing", "chosen in");
        }

        byte[] pdf = download(aLeader(), () -> reports.scoreSheet(scenario.campaign(), a, Reports.Format.PDF));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("分值或级别", "每迟报一次扣0.5分", "国家级", "省级", "4.5");
        }
    }

    @Test
    void theCampaignWorkbookGivesEachCaseLineItsRuleInWordsAndItsAmountOrLevel() throws IOException {
        byte[] xlsx = download(aLeader(), () -> reports.campaignWorkbook(scenario.campaign()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(CampaignWorkbook.CASES);
            assertThat(rows(sheet).get(CampaignWorkbook.HEADER_ROW))
                    .containsExactlyElementsOf(CampaignWorkbook.CASE_HEADERS);
            List<List<String>> lines = rows(sheet).stream()
                    .filter(r -> r.size() > 3 && r.get(0).equals(scenario.a()))
                    .map(r -> List.of(r.get(2), r.get(3), r.get(4), r.get(6), r.size() > 7 ? r.get(7) : ""))
                    .toList();
            assertThat(lines)
                    .contains(
                            List.of("负面清单", LanguageRubric.RANGE_RULE, "-4.5", "造成不良影响的,扣3-6分", "4.5"),
                            List.of("加分", LanguageRubric.LEVEL_RULE, "5", "获国家级、省级、市级表彰的,分别加5分、3分、1分", "国家级"),
                            List.of("条款扣加分", LanguageRubric.CLAUSE, "-1.5", "每迟报一次扣0.5分", ""));
            assertThat(rows(sheet).stream()
                            .filter(r -> r.size() > 5 && r.get(0).equals(scenario.a()))
                            .map(r -> r.get(5))
                            .toList())
                    .as("the engine's details in Chinese")
                    .anySatisfy(detail -> assertThat(detail).contains("内确定)"))
                    .anySatisfy(detail -> assertThat(detail).contains(",按最高级别计"))
                    .noneSatisfy(detail -> assertThat(detail).contains("chosen in"));
        }
    }

    /** Every row's cells as text; numbers without trailing zeros. */
    private static List<List<String>> rows(Sheet sheet) {
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    var cell = row.getCell(c);
                    cells.add(
                            cell == null
                                    ? ""
                                    : cell.getCellType() == CellType.NUMERIC
                                            ? java.math.BigDecimal.valueOf(cell.getNumericCellValue())
                                                    .stripTrailingZeros()
                                                    .toPlainString()
                                            : cell.getStringCellValue());
                }
            }
            out.add(cells);
        }
        return out;
    }
}
