package com.qinglian.results.report;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.aLeader;
import static com.qinglian.security.SecurityFixtures.aReporterOf;
import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static com.qinglian.security.SecurityFixtures.anEvaluator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qinglian.campaign.Campaigns;
import com.qinglian.results.Breakdown;
import com.qinglian.results.EndToEndScenarios;
import com.qinglian.results.ResultRun;
import com.qinglian.results.Results;
import com.qinglian.results.UnitOutcome;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.security.CurrentUser;
import com.qinglian.shared.NotFoundException;
import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reports of the end-to-end scenario on the seed rubric, read back cell by cell and compared with the
 * engine's stored results: the ranking workbook, the campaign workbook, a unit's score sheet, the batch zip;
 * and who may download what. PDFs are checked in {@link ReportPdfIntegrationTest}.
 */
@DatabaseTest
class ReportsIntegrationTest {

    @Autowired
    EndToEndScenarios scenarios;

    @Autowired
    Results results;

    @Autowired
    Reports reports;

    @Autowired
    Campaigns campaigns;

    @Autowired
    JdbcClient jdbc;

    private EndToEndScenarios.Scenario scenario;
    private ResultRun run;
    private Rubric rubric;

    @BeforeEach
    void computedScenario() {
        scenario = scenarios.threeUnitsScored();
        run = uploadAs(anAdministrator(), () -> results.compute(scenario.campaign()));
        rubric = campaigns.rubric(campaigns.get(scenario.campaign()));
    }

    static byte[] download(CurrentUser user, Supplier<Reports.Download> report) {
        return uploadAs(user, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                report.get().body().writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }

    private Breakdown breakdown(String unit) {
        return uploadAs(aLeader(), () -> results.breakdown(scenario.campaign(), unit));
    }

    @Test
    void rankingWorkbookHoldsTheEnginesNumbersAsNumericCells() throws IOException {
        byte[] xlsx = download(aLeader(), () -> reports.ranking(scenario.campaign(), Reports.Format.XLSX));

        List<RubricNode> columns = ReportSource.subtotalColumns(rubric);
        assertThat(columns).extracting(RubricNode::label).contains("政治清明", "经济清净", "文化清新", "社会清朗", "综合评价");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            Sheet overall = workbook.getSheet(RankingWorkbook.OVERALL);
            assertThat(overall.getRow(0).getCell(0).getStringCellValue()).contains(scenario.campaign());
            assertThat(texts(overall.getRow(RankingWorkbook.HEADER_ROW))).isEqualTo(RankingWorkbook.headers(columns));
            assertThat(overall.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) (RankingWorkbook.HEADER_ROW + 1));
            assertThat(overall.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(overall.getColumnWidth(3)).as("unit names fit").isGreaterThan(12 * 256);

            List<UnitOutcome> expected = run.outcomes();
            assertThat(overall.getLastRowNum()).isEqualTo(RankingWorkbook.HEADER_ROW + expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertRankingRow(overall.getRow(RankingWorkbook.HEADER_ROW + 1 + i), expected.get(i), columns);
            }
            assertThat(unitCodes(workbook.getSheet("机关"))).containsExactly(scenario.b(), scenario.a());
            assertThat(unitCodes(workbook.getSheet("站所"))).containsExactly(scenario.s());
        }
    }

    private void assertRankingRow(Row row, UnitOutcome o, List<RubricNode> columns) {
        String where = o.unitCode() + " row " + (row.getRowNum() + 1);
        assertThat(number(row.getCell(0))).as(where + " rank").isEqualByComparingTo(BigDecimal.valueOf(o.rank()));
        assertThat(number(row.getCell(1)))
                .as(where + " type rank")
                .isEqualByComparingTo(BigDecimal.valueOf(o.typeRank()));
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo(o.unitCode());
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo(o.unitName());
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo(o.unitType().equals("agency") ? "机关" : "站所");
        Breakdown breakdown = breakdown(o.unitCode());
        int c = 5;
        for (RubricNode column : columns) {
            assertThat(number(row.getCell(c++)))
                    .as(where + " " + column.label())
                    .isEqualByComparingTo(breakdown.node(column.code()).score());
        }
        assertThat(number(row.getCell(c++))).as(where + " items").isEqualByComparingTo(o.itemsTotal());
        assertThat(number(row.getCell(c++))).as(where + " deductions").isEqualByComparingTo(o.deductions());
        assertThat(number(row.getCell(c++))).as(where + " bonus").isEqualByComparingTo(o.bonus());
        assertThat(number(row.getCell(c++))).as(where + " total").isEqualByComparingTo(o.total());
        assertThat(row.getCell(c++).getStringCellValue()).as(where + " grade").isEqualTo(o.grade());
        assertThat(row.getCell(c).getStringCellValue()).isEqualTo(String.join("、", o.vetoes()));
    }

    @Test
    void campaignWorkbookHoldsEveryUnitsFinalScoreOnEveryItem() throws IOException {
        byte[] xlsx = download(anAdministrator(), () -> reports.campaignWorkbook(scenario.campaign()));

        List<RubricNode> items = rubric.items();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet scores = workbook.getSheet(CampaignWorkbook.SCORES);
            Row head = scores.getRow(CampaignWorkbook.HEADER_ROW);
            int first = CampaignWorkbook.LEAD.size();
            for (int i = 0; i < items.size(); i++) {
                assertThat(head.getCell(first + i).getStringCellValue())
                        .isEqualTo(items.get(i).code());
            }
            int checked = 0;
            for (int r = CampaignWorkbook.HEADER_ROW + 1; r <= scores.getLastRowNum(); r++) {
                Row row = scores.getRow(r);
                String unit = row.getCell(2).getStringCellValue();
                Breakdown breakdown = breakdown(unit);
                UnitOutcome o = breakdown.outcome();
                assertThat(number(row.getCell(0))).isEqualByComparingTo(BigDecimal.valueOf(o.rank()));
                for (int i = 0; i < items.size(); i++) {
                    Cell cell = row.getCell(first + i);
                    if (items.get(i).appliesTo(o.unitType())) {
                        assertThat(number(cell))
                                .as(unit + " " + items.get(i).code())
                                .isEqualByComparingTo(
                                        breakdown.node(items.get(i).code()).score());
                        checked++;
                    } else {
                        assertThat(cell.getCellType())
                                .as(unit + " " + items.get(i).code())
                                .isEqualTo(CellType.BLANK);
                    }
                }
                int tail = first + items.size();
                assertThat(number(row.getCell(tail))).isEqualByComparingTo(o.itemsTotal());
                assertThat(number(row.getCell(tail + 3))).isEqualByComparingTo(o.total());
                assertThat(row.getCell(tail + 4).getStringCellValue()).isEqualTo(o.grade());
            }
            assertThat(scores.getLastRowNum() - CampaignWorkbook.HEADER_ROW).isEqualTo(3);
            assertThat(checked).isGreaterThan(150);

            Sheet cases = workbook.getSheet(CampaignWorkbook.CASES);
            Map<String, BigDecimal> deducted = new java.util.HashMap<>();
            for (int r = CampaignWorkbook.HEADER_ROW + 1; r <= cases.getLastRowNum(); r++) {
                Row row = cases.getRow(r);
                deducted.merge(row.getCell(0).getStringCellValue(), number(row.getCell(4)), BigDecimal::add);
            }
            for (UnitOutcome o : run.outcomes()) {
                assertThat(deducted.getOrDefault(o.unitCode(), BigDecimal.ZERO).negate())
                        .as("negative-list lines of " + o.unitCode())
                        .isEqualByComparingTo(o.deductions());
            }
            assertThat(workbook.getSheet(CampaignWorkbook.ITEMS).getLastRowNum() - CampaignWorkbook.HEADER_ROW)
                    .isEqualTo(items.size());
        }
    }

    @Test
    void scoreSheetFollowsThePublishedLayoutWithSelfScoresScoresCommentsAndCases() throws IOException {
        String a = scenario.a();
        byte[] xlsx = download(aLeader(), () -> reports.scoreSheet(scenario.campaign(), a, Reports.Format.XLSX));

        Breakdown breakdown = breakdown(a);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(ScoreSheetWorkbook.SHEET);
            assertThat(texts(sheet.getRow(ScoreSheetWorkbook.HEADER_ROW)))
                    .containsExactly("一级指标", "", "二级指标", "内容与要求", "分值", "自评分", "得分", "说明");
            assertThat(sheet.getMergedRegions())
                    .anyMatch(m -> m.getFirstRow() == ScoreSheetWorkbook.HEADER_ROW
                            && m.getFirstColumn() == 0
                            && m.getLastColumn() == 1);
            Map<String, Row> rows = new java.util.LinkedHashMap<>();
            for (int r = ScoreSheetWorkbook.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell content = row == null ? null : row.getCell(ScoreSheetLayout.CONTENT);
                if (content != null && content.getCellType() == CellType.STRING) {
                    rubric.items().stream()
                            .filter(i -> i.label().equals(content.getStringCellValue()))
                            .findFirst()
                            .ifPresent(i -> rows.put(i.code(), row));
                }
            }
            assertThat(rows.keySet())
                    .containsExactlyElementsOf(
                            rubric.items().stream().map(RubricNode::code).toList());
            for (RubricNode item : rubric.items()) {
                Cell score = rows.get(item.code()).getCell(ScoreSheetLayout.SCORE);
                if (item.appliesTo("agency")) {
                    assertThat(number(score))
                            .as(item.code())
                            .isEqualByComparingTo(breakdown.node(item.code()).score());
                }
            }
            Row first = rows.get("A1.1.1");
            assertThat(number(first.getCell(ScoreSheetLayout.SELF)))
                    .as("self score")
                    .isEqualByComparingTo("1");
            assertThat(number(first.getCell(ScoreSheetLayout.SCORE))).isEqualByComparingTo("0.5");
            assertThat(first.getCell(ScoreSheetLayout.REMARK).getStringCellValue())
                    .contains("无检查记录");
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("共性评价指标(65分)");
            int groupRow = first.getRowNum();
            long commonItems =
                    rubric.nodes().get(0).flatten().filter(RubricNode::isItem).count();
            assertThat(sheet.getMergedRegions())
                    .as("the group cell spans all its items")
                    .anyMatch(m -> m.getFirstRow() == groupRow
                            && m.getFirstColumn() == 0
                            && m.getLastRow() - m.getFirstRow() + 1 == commonItems);

            List<String> all = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> all.add(
                    cell.getCellType() == CellType.NUMERIC
                            ? BigDecimal.valueOf(cell.getNumericCellValue())
                                    .stripTrailingZeros()
                                    .toPlainString()
                            : cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "")));
            assertThat(all).contains("瓯纪〔2021〕12号-" + a, "2021-05-12", "-4", "95.5", "优秀");
        }
    }

    @Test
    void batchDownloadHoldsEveryUnitsSheet() throws IOException {
        byte[] zip = download(aLeader(), () -> reports.scoreSheets(scenario.campaign(), Reports.Format.PDF));

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                byte[] pdf = in.readAllBytes();
                assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                        .isEqualTo("%PDF-");
            }
        }
        assertThat(names).hasSize(3).allMatch(n -> n.endsWith("-得分表.pdf")).anyMatch(n -> n.contains(scenario.s()));
    }

    @Test
    void onlyAdministratorsAndLeadersGetReportsUntilResultsArePublishedToUnits() {
        String campaign = scenario.campaign();
        for (CurrentUser refused : List.of(aReporterOf(scenario.a()), anEvaluator())) {
            assertThatThrownBy(() ->
                            download(refused, () -> reports.scoreSheet(campaign, scenario.a(), Reports.Format.PDF)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> download(refused, () -> reports.ranking(campaign, Reports.Format.PDF)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> download(refused, () -> reports.campaignWorkbook(campaign)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> download(refused, () -> reports.scoreSheets(campaign, Reports.Format.XLSX)))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> download(aLeader(), () -> reports.scoreSheet(campaign, "NO-SUCH", Reports.Format.PDF)))
                .isInstanceOf(NotFoundException.class);
        assertThat(new AuditEntries(jdbc).actionsAbout("results", campaign)).doesNotContain("EXPORT");

        download(aLeader(), () -> reports.scoreSheet(campaign, scenario.b(), Reports.Format.PDF));
        assertThat(new AuditEntries(jdbc).about("results", campaign))
                .filteredOn(e -> e.action().equals("EXPORT"))
                .singleElement()
                .satisfies(e -> assertThat(e.afterJson()).contains("score-sheet", scenario.b(), "pdf"));
    }

    static BigDecimal number(Cell cell) {
        assertThat(cell.getCellType())
                .as("numeric cell at " + cell.getAddress())
                .isEqualTo(CellType.NUMERIC);
        return BigDecimal.valueOf(cell.getNumericCellValue());
    }

    static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(cell -> out.add(cell.getStringCellValue()));
        return out;
    }

    private static List<String> unitCodes(Sheet sheet) {
        List<String> codes = new ArrayList<>();
        for (int r = RankingWorkbook.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            codes.add(sheet.getRow(r).getCell(2).getStringCellValue());
        }
        return codes.stream().collect(Collectors.toList());
    }
}
