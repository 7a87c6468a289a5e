package com.qinglian.results.report;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.results.report.ReportsIntegrationTest.download;
import static com.qinglian.security.SecurityFixtures.aLeader;
import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.results.EndToEndScenarios;
import com.qinglian.results.ResultRun;
import com.qinglian.results.Results;
import com.qinglian.results.UnitOutcome;
import com.qinglian.support.DatabaseTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The PDFs of the end-to-end scenario, read back with PDFBox: the text says what the engine computed, pages
 * are A4, and the only font is the embedded Chinese one, so the documents print the same on any machine.
 */
@DatabaseTest
class ReportPdfIntegrationTest {

    static final float A4_WIDTH = 595.3f;
    static final float A4_HEIGHT = 841.9f;

    @Autowired
    EndToEndScenarios scenarios;

    @Autowired
    Results results;

    @Autowired
    Reports reports;

    @Autowired
    Clock clock;

    private EndToEndScenarios.Scenario scenario;
    private ResultRun run;

    @BeforeEach
    void computedScenario() {
        scenario = scenarios.threeUnitsScored();
        run = uploadAs(anAdministrator(), () -> results.compute(scenario.campaign()));
    }

    @Test
    void rankingNoticeNamesEveryUnitWithItsTotalGradeAndRanks() throws IOException {
        byte[] pdf = download(aLeader(), () -> reports.ranking(scenario.campaign(), Reports.Format.PDF));
        keep("ranking.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertA4WithOnlyTheEmbeddedFont(document);
            String text = squeeze(new PDFTextStripper().getText(document));
            assertThat(text)
                    .contains("关于" + scenario.campaign() + "年度清廉机关建设评价结果的通报")
                    .contains("各被评价单位:")
                    .contains("一、机关(2个)", "二、站所(1个)")
                    .contains("瓯海区清廉机关(站所)建设评价体系")
                    .contains(squeeze(Dates.chinese(LocalDate.now(clock))))
                    .contains("—1—");
            // each unit's line: rank within its type, overall rank, name, five subtotals, deduction, bonus, total,
            // grade
            for (UnitOutcome o : run.outcomes()) {
                assertThat(text)
                        .as("line of " + o.unitCode())
                        .containsPattern(o.typeRank() + String.valueOf(o.rank())
                                + java.util.regex.Pattern.quote(o.unitName()) + "[-0-9.]*"
                                + java.util.regex.Pattern.quote(
                                        o.total().stripTrailingZeros().toPlainString() + o.grade()));
            }
            assertThat(text).contains("-4", "95.5", "97", "79不合格");
        }
    }

    @Test
    void scoreSheetShowsTheRubricTableTheCasesAndTheTotal() throws IOException {
        String a = scenario.a();
        byte[] pdf = download(aLeader(), () -> reports.scoreSheet(scenario.campaign(), a, Reports.Format.PDF));
        keep("score-sheet.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertA4WithOnlyTheEmbeddedFont(document);
            String text = squeeze(new PDFTextStripper().getText(document));
            assertThat(text)
                    .contains("一级指标", "二级指标", "内容与要求", "分值", "自评分", "得分", "说明")
                    .contains("共性评价指标(65分)", "政治清明(20分)", "严明政治纪律和政治规矩")
                    .contains("无检查记录")
                    .contains("瓯纪〔2021〕12号-" + a, "2021-05-12", "两人受第二种形态处理")
                    .contains("区测试局" + a)
                    .contains("99.5", "95.5", "优秀");
        }
    }

    private static void assertA4WithOnlyTheEmbeddedFont(PDDocument document) throws IOException {
        assertThat(document.getNumberOfPages()).isPositive();
        List<String> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            assertThat(page.getMediaBox().getWidth()).isCloseTo(A4_WIDTH, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(A4_HEIGHT, org.assertj.core.data.Offset.offset(1f));
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                fonts.add(font.getName());
            }
        }
        assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("NotoSerifSC"));
    }

    /** Text without white space: PDF text extraction breaks table cells and lines at arbitrary points. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Keeps the PDFs under target/ for a look (rendered with any PDF viewer). */
    private static void keep(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "reports");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
    }
}
