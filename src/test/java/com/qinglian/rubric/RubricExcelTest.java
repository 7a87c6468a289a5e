package com.qinglian.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RubricExcelTest {

    private static final String TABLE = "工作表 评价体系 第 ";

    // ---------------------------------------------------------------- round trip

    @Nested
    class RoundTrip {

        @Test
        void smallRubricSurvivesYamlToExcelToYaml() {
            Rubric rubric = RubricValidator.requireValid(smallRubric());

            Rubric back = RubricExcel.read(RubricExcel.write(rubric));

            assertThat(RubricYaml.write(back)).isEqualTo(RubricYaml.write(rubric));
        }

        @Test
        void seedRubricSurvivesYamlToExcelToYaml() throws IOException {
            byte[] yaml;
            try (InputStream in = getClass().getResourceAsStream("/rubrics/ouhai-clean-agency-2021.yaml")) {
                Assumptions.assumeTrue(in != null, "seed rubric not on the classpath");
                yaml = in.readAllBytes();
            }
            Rubric seed = RubricYaml.read(yaml);

            Rubric back = RubricExcel.read(RubricExcel.write(seed));

            assertThat(RubricYaml.write(back)).isEqualTo(RubricYaml.write(seed));
            assertThat(back.items()).hasSize(seed.items().size());
        }

        @Test
        void editedVisibleTextIsReadBack() throws IOException {
            byte[] xlsx = RubricExcel.write(smallRubric());
            XSSFWorkbook workbook = open(xlsx);
            XSSFSheet table = workbook.getSheet("评价体系");
            table.getRow(2).getCell(3).setCellValue("1.改过的要求;(1分)");

            Rubric back = RubricExcel.read(save(workbook));

            assertThat(back.node("A1.1.1").orElseThrow().text()).isEqualTo("改过的要求;");
        }
    }

    // ---------------------------------------------------------------- layout

    @Nested
    class Layout {

        @Test
        void looksLikeThePublishedTable() throws IOException {
            XSSFWorkbook workbook = open(RubricExcel.write(smallRubric()));
            XSSFSheet table = workbook.getSheet("评价体系");

            assertThat(workbook.getSheetName(0)).isEqualTo("评价体系");
            assertThat(workbook.getSheet("体系信息")).isNotNull();
            assertThat(table.getRow(0).getCell(0).getStringCellValue()).isEqualTo("测试区清廉机关建设评价体系");
            assertThat(texts(table.getRow(1), 7)).containsExactly("一级指标", "", "二级指标", "内容与要求", "分值", "备注", "代码");
            assertThat(table.getMergedRegions()).contains(CellRangeAddress.valueOf("A2:B2"));
            assertThat(table.getRow(2).getCell(0).getStringCellValue()).isEqualTo("共性评价指标\n(12分)");
            assertThat(table.getRow(2).getCell(1).getStringCellValue()).isEqualTo("政治清明\n(7分)");
            assertThat(table.getRow(2).getCell(3).getStringCellValue()).isEqualTo("1.严格执行纪律处分条例,每季度不少于1次;(1分)");
            assertThat(table.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(4.0);
            assertThat(table.getRow(2).getCell(6).getStringCellValue()).isEqualTo("A / A1 / A1.1 / A1.1.1");
            // group merged down over its 8 item rows; indicator and its points over its 4 items
            assertThat(table.getMergedRegions()).contains(
                    CellRangeAddress.valueOf("A3:A10"), CellRangeAddress.valueOf("C3:C6"), CellRangeAddress.valueOf("E3:E6"));
            // a group without dimensions spans both 一级指标 columns
            assertThat(table.getMergedRegions()).contains(CellRangeAddress.valueOf("A11:B12"));
            assertThat(table.getRow(3).getCell(5).getStringCellValue()).isEqualTo("含站所");
            assertThat(table.getPrintSetup().getLandscape()).isTrue();
            assertThat(table.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(table.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(table.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
            assertThat(table.getRow(2).getCell(3).getCellStyle().getWrapText()).isTrue();
        }

        @Test
        void negativeListAndBonusStandBelowTheTable() throws IOException {
            XSSFSheet table = open(RubricExcel.write(smallRubric())).getSheet("评价体系");

            assertThat(table.getRow(12).getCell(0).getStringCellValue()).isEqualTo("负面清单");
            assertThat(table.getRow(12).getCell(1).getStringCellValue()).isEqualTo("被区纪委区监委四种形态处理");
            assertThat(table.getRow(12).getCell(3).getStringCellValue()).isEqualTo("被区纪委区监委采取第一种形态处理(-1分/例)");
            assertThat(table.getRow(14).getCell(3).getStringCellValue()).isEqualTo("被评为不满意科室(站所)(-3分)");
            assertThat(table.getMergedRegions()).contains(CellRangeAddress.valueOf("A13:A15"), CellRangeAddress.valueOf("B13:C14"));
            assertThat(table.getRow(15).getCell(0).getStringCellValue()).isEqualTo("加分项");
            assertThat(table.getRow(15).getCell(3).getStringCellValue()).isEqualTo("获得市级以上表彰(+1分/例)");
        }

        @Test
        void machineFieldsGoToTheInfoSheet() throws IOException {
            XSSFSheet info = open(RubricExcel.write(smallRubric())).getSheet("体系信息");
            List<String> keys = new java.util.ArrayList<>();
            List<String> values = new java.util.ArrayList<>();
            for (int r = 1; r <= info.getLastRowNum(); r++) {
                keys.add(info.getRow(r).getCell(0).getStringCellValue());
                values.add(info.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(keys).contains("code", "version", "total", "step", "floor", "publisher", "publishedOn",
                    "negativeList.cap", "node.A1.2.mode", "node.A1.2.1.rule", "node.A2.appliesTo", "rule.FORM2.cap");
            assertThat(values.get(keys.indexOf("node.A1.2.1.rule"))).isEqualTo("deduction perCase=0.5 cap=2");
            // "2.0版…" without a number would read back as item 2: the exact number is kept here
            assertThat(keys).contains("node.A1.1.4.number", "node.A1.1.4.text");
        }
    }

    // ---------------------------------------------------------------- hand-made published layout

    @Nested
    class HandMade {

        @Test
        void readsThePublishedLayoutWithoutMachineSheets() throws IOException {
            Rubric rubric = RubricExcel.read(handMade(b -> {}));

            assertThat(rubric.code()).isEqualTo("imported");
            assertThat(rubric.version()).isEqualTo("1");
            assertThat(rubric.title()).isEqualTo("某区清廉机关(站所)建设评价体系");
            assertThat(rubric.total()).isEqualByComparingTo("14");
            assertThat(rubric.nodes()).extracting(RubricNode::code, RubricNode::title)
                    .containsExactly(tuple("A", "共性评价指标"), tuple("B", "个性评价指标"));
            RubricNode common = rubric.nodes().get(0);
            assertThat(common.points()).isEqualByComparingTo("8");
            assertThat(common.children()).extracting(RubricNode::code, RubricNode::title, RubricNode::points)
                    .containsExactly(tuple("A1", "政治清明", new BigDecimal("8")));

            RubricNode discipline = rubric.node("A1.1").orElseThrow();
            assertThat(discipline.title()).isEqualTo("严明政治纪律");
            assertThat(discipline.points()).isEqualByComparingTo("4");
            assertThat(discipline.children()).extracting(RubricNode::code, RubricNode::number, RubricNode::text, RubricNode::points)
                    .containsExactly(
                            tuple("A1.1.1", "1", "严格执行纪律处分条例,每季度不少于1次;", new BigDecimal("1")),
                            tuple("A1.1.2", "2", "开展政治纪律教育;", new BigDecimal("2")),
                            tuple("A1.1.3", "3", "防止其他干部发生违纪违法行为,近两年未发生。", new BigDecimal("1")));

            RubricNode online = rubric.node("A1.2").orElseThrow();
            assertThat(online.title()).isEqualTo("强化落实“机关内跑”");
            assertThat(online.children()).extracting(RubricNode::number, RubricNode::text)
                    .containsExactly(
                            tuple("1", "90%以上的单位,非涉密事件100%实现网上办;"),
                            tuple("2", "推进数字化改革,全面实施“三服务”\n2.0版,深挖细查。"));

            RubricNode individual = rubric.nodes().get(1);
            assertThat(individual.points()).isEqualByComparingTo("6");
            assertThat(individual.children()).extracting(RubricNode::code, RubricNode::level)
                    .containsExactly(tuple("B1", NodeLevel.INDICATOR), tuple("B2", NodeLevel.INDICATOR));
            assertThat(rubric.node("B1.2").orElseThrow().text()).isEqualTo("推进数字化改革,全面实施“三服务”2.0版,深挖细查形式主义。");
            RubricNode unnumbered = rubric.node("B2.1").orElseThrow();
            assertThat(unnumbered.number()).isNull();
            assertThat(unnumbered.text()).isEqualTo("各单位依法履职,设立投诉电话。");
            assertThat(rubric.node("B2").orElseThrow().title()).isEqualTo("深化落实“万人双评议”");

            assertThat(rubric.negativeList().rules())
                    .extracting(CaseRule::code, CaseRule::category, CaseRule::title, CaseRule::perCase, CaseRule::fixed)
                    .containsExactly(
                            tuple("NEG1", "被区纪委区监委四种形态处理", "被区纪委区监委采取第一种形态处理", new BigDecimal("1"), null),
                            tuple("NEG2", "被区纪委区监委四种形态处理", "被区纪委区监委采取第二种形态处理", new BigDecimal("2"), null),
                            tuple("NEG3", "万人评议", "被评为不满意科室(站所)", null, new BigDecimal("3")));
        }

        @Test
        void readsItsOwnOutputAfterTheMachineSheetIsDeleted() throws IOException {
            XSSFWorkbook workbook = open(RubricExcel.write(smallRubric()));
            workbook.removeSheetAt(workbook.getSheetIndex("体系信息"));

            Rubric back = RubricExcel.read(save(workbook));

            assertThat(back.code()).isEqualTo("imported");
            assertThat(back.items()).hasSize(smallRubric().items().size());
            assertThat(back.node("A1.1.1").orElseThrow().text()).isEqualTo("严格执行纪律处分条例,每季度不少于1次;");
        }
    }

    // ---------------------------------------------------------------- malformed input

    @Nested
    class Malformed {

        @Test
        void emptyFile() {
            assertThat(problems(new byte[0])).extracting(RubricProblem::key).containsExactly("rubric.error.emptyFile");
        }

        @Test
        void textFileRenamedToXlsx() {
            byte[] csv = "一级指标,二级指标,内容与要求\n共性,x,y\n".getBytes(StandardCharsets.UTF_8);
            RubricProblem problem = problems(csv).get(0);
            assertThat(problem.key()).isEqualTo("rubric.error.excel.notXlsx");
            assertThat(problem.message(Locale.SIMPLIFIED_CHINESE)).contains("不是 Excel");
        }

        @Test
        void oldXlsFile() {
            byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
            assertThat(problems(xls)).extracting(RubricProblem::key).containsExactly("rubric.error.excel.oldXls");
        }

        @Test
        void zipThatIsNotAWorkbook() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("hello.txt"));
                zip.write("hello".getBytes(StandardCharsets.UTF_8));
            }
            assertThat(problems(out.toByteArray())).extracting(RubricProblem::key).containsExactly("rubric.error.excel.corrupt");
        }

        @Test
        void truncatedWorkbook() {
            byte[] xlsx = RubricExcel.write(smallRubric());
            assertThat(problems(Arrays.copyOf(xlsx, xlsx.length / 2))).extracting(RubricProblem::key)
                    .containsExactly("rubric.error.excel.corrupt");
        }

        @Test
        void zipBombIsRefusedWithAClearMessage() throws IOException {
            byte[] bomb = withExtraEntry(RubricExcel.write(smallRubric()), "xl/media/padding.bin", new byte[50 * 1024 * 1024]);
            assertThat(bomb.length).isLessThan(RubricExcel.MAX_BYTES);
            assertThat(problems(bomb)).extracting(RubricProblem::key).containsExactly("rubric.error.excel.zipBomb");
        }

        @Test
        void fileAboveTheSizeCap() {
            byte[] big = new byte[RubricExcel.MAX_BYTES + 1];
            big[0] = 'P';
            big[1] = 'K';
            big[2] = 3;
            big[3] = 4;
            assertThat(problems(big)).extracting(RubricProblem::key).containsExactly("rubric.error.fileTooLarge");
        }

        @Test
        void sheetWithTooManyRows() throws IOException {
            XSSFWorkbook workbook = open(handMade(b -> {}));
            XSSFSheet extra = workbook.createSheet("大表");
            for (int r = 0; r <= RubricExcel.MAX_ROWS; r++) {
                extra.createRow(r).createCell(0).setCellValue(r);
            }
            RubricProblem problem = problems(save(workbook)).get(0);
            assertThat(problem.key()).isEqualTo("rubric.error.excel.tooManyRows");
            assertThat(problem.location()).isEqualTo("工作表 大表 第 1 行");
        }

        @Test
        void missingHeaderColumn() {
            byte[] xlsx = handMade(b -> b.sheet.getRow(1).getCell(4).setCellValue("满分"));
            assertThat(problems(xlsx)).extracting(RubricProblem::location, RubricProblem::key, p -> p.args().get(0))
                    .containsExactly(tuple("工作表 Sheet1 第 2 行", "rubric.error.excel.missingColumn", "分值"));
        }

        @Test
        void noHeaderAtAll() {
            byte[] xlsx = handMade(b -> {
                b.sheet.getRow(1).getCell(3).setCellValue("要求");
                b.sheet.getRow(1).getCell(4).setCellValue("满分");
                b.sheet.getRow(1).getCell(2).setCellValue("指标");
            });
            assertThat(problems(xlsx)).extracting(RubricProblem::location, RubricProblem::key)
                    .containsExactly(tuple("工作表 Sheet1 第 1 行", "rubric.error.excel.noHeader"));
        }

        @Test
        void textInAPointsCell() {
            byte[] xlsx = handMade(b -> b.sheet.getRow(2).getCell(4).setCellValue("四分"));
            assertThat(problems(xlsx)).extracting(RubricProblem::location, RubricProblem::key)
                    .containsExactly(tuple("工作表 Sheet1 第 3 行", "rubric.error.excel.pointsNotNumber"));
        }

        @Test
        void itemWithoutPointsMark() {
            byte[] xlsx = handMade(b -> b.sheet.getRow(3).getCell(3).setCellValue("3.防止违纪行为。"));
            assertThat(problems(xlsx)).extracting(RubricProblem::location, RubricProblem::key, p -> p.args().get(0))
                    .containsExactly(tuple("工作表 Sheet1 第 4 行", "rubric.error.excel.noItemPoints", "防止违纪行为。"));
        }

        @Test
        void everyProblemIsReportedAtOnce() {
            byte[] xlsx = handMade(b -> {
                b.sheet.getRow(3).getCell(3).setCellValue("3.防止违纪行为。");
                b.sheet.getRow(2).getCell(4).setCellValue("四分");
                b.sheet.getRow(9).getCell(3).setCellValue("被区纪委区监委采取第一种形态处理");
            });
            assertThat(problems(xlsx)).extracting(RubricProblem::location).containsExactlyInAnyOrder(
                    "工作表 Sheet1 第 3 行", "工作表 Sheet1 第 4 行", "工作表 Sheet1 第 10 行");
        }

        @Test
        void pointsOffTheStepAreReportedAtTheItemRow() {
            byte[] xlsx = handMade(b -> {
                b.sheet.getRow(3).getCell(3).setCellValue("3.防止违纪行为。(0.3分)");
                b.sheet.getRow(2).getCell(4).setCellValue(3.3);
            });
            assertThat(problems(xlsx)).extracting(RubricProblem::location, RubricProblem::key)
                    .contains(tuple("工作表 Sheet1 第 4 行", "rubric.error.offStep"));
        }

        @Test
        void sumsOffAreReportedAtTheIndicatorRow() {
            byte[] xlsx = handMade(b -> b.sheet.getRow(2).getCell(4).setCellValue(5));
            assertThat(problems(xlsx)).extracting(RubricProblem::location, RubricProblem::key, RubricProblem::args)
                    .contains(tuple("工作表 Sheet1 第 3 行", "rubric.error.sumMismatch", List.of("5", "4")))
                    .allSatisfy(t -> assertThat(t.toList().get(1)).isEqualTo("rubric.error.sumMismatch"));
        }

        @Test
        void totalMismatchIsReportedAtTheInfoRow() throws IOException {
            XSSFWorkbook workbook = open(RubricExcel.write(smallRubric()));
            XSSFSheet info = workbook.getSheet("体系信息");
            int row = infoRow(info, "total");
            info.getRow(row).getCell(1).setCellValue("25");
            assertThat(problems(save(workbook))).extracting(RubricProblem::location, RubricProblem::key)
                    .containsExactly(tuple("工作表 体系信息 第 " + (row + 1) + " 行", "rubric.error.totalMismatch"));
        }

        @Test
        void duplicateCodes() throws IOException {
            XSSFWorkbook workbook = open(RubricExcel.write(smallRubric()));
            workbook.getSheet("评价体系").getRow(3).getCell(6).setCellValue("A / A1 / A1.1 / A1.1.1");
            assertThat(problems(save(workbook))).extracting(RubricProblem::location, RubricProblem::key)
                    .containsExactly(tuple(TABLE + "4 行", "rubric.error.duplicateCode"));
        }

        @Test
        void controlCharactersAreRefused() throws IOException {
            // Excel stores a NUL as the escape "_x0000_", which POI decodes back into a real NUL.
            byte[] xlsx = replaceInEntry(handMade(b -> b.sheet.getRow(3).getCell(3).setCellValue("3.防止NUL违纪行为。(1分)")),
                    "xl/sharedStrings.xml", "NUL", "_x0000_");
            assertThat(problems(xlsx)).extracting(RubricProblem::location, RubricProblem::key, p -> p.args().get(0))
                    .containsExactly(tuple("工作表 Sheet1 第 4 行", "rubric.error.excel.controlChar", "D"));
        }

        @Test
        void infoSheetErrorsNameTheirRow() throws IOException {
            XSSFWorkbook workbook = open(RubricExcel.write(smallRubric()));
            XSSFSheet info = workbook.getSheet("体系信息");
            info.getRow(infoRow(info, "step")).getCell(1).setCellValue("半分");
            info.getRow(infoRow(info, "node.A1.2.1.rule")).getCell(1).setCellValue("deduction each=1");
            XSSFRow extra = info.createRow(info.getLastRowNum() + 1);
            extra.createCell(0).setCellValue("node.Z9.mode");
            extra.createCell(1).setCellValue("deduct");
            assertThat(problems(save(workbook))).extracting(RubricProblem::location, RubricProblem::key)
                    .containsExactlyInAnyOrder(
                            tuple("工作表 体系信息 第 " + (infoRow(info, "step") + 1) + " 行", "rubric.error.notANumber"),
                            tuple("工作表 体系信息 第 " + (infoRow(info, "node.A1.2.1.rule") + 1) + " 行", "rubric.error.excel.badRule"),
                            tuple("工作表 体系信息 第 " + (extra.getRowNum() + 1) + " 行", "rubric.error.excel.unknownCode"));
        }

        @Test
        void messagesExistInBothLanguages() {
            RubricProblem problem = problems(new byte[] {1, 2, 3, 4}).get(0);
            assertThat(problem.message(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(problem.key());
            assertThat(problem.message(Locale.ENGLISH)).contains("not an Excel workbook");
        }
    }

    // ---------------------------------------------------------------- text parsing

    @Nested
    class Text {

        @Test
        void splitsNumberedItemsOnlyAtTheNextNumber() {
            List<RubricExcelText.ParsedItem> items = RubricExcelText.splitItems(
                    "1.90%以上的单位网上办;(2分)\n  2.全面实施“三服务”\n2.0版,深挖细查;(2分)\n3.网办指南最新。\n\n(1分)", 0);
            assertThat(items).extracting(RubricExcelText.ParsedItem::number, RubricExcelText.ParsedItem::text,
                            RubricExcelText.ParsedItem::points)
                    .containsExactly(
                            tuple("1", "90%以上的单位网上办;", new BigDecimal("2")),
                            tuple("2", "全面实施“三服务”\n2.0版,深挖细查;", new BigDecimal("2")),
                            tuple("3", "网办指南最新。", new BigDecimal("1")));
        }

        @Test
        void aWrappedLineStartingWithTwoPointZeroDoesNotStartItemTwo() {
            List<RubricExcelText.ParsedItem> items = RubricExcelText.splitItems(
                    "1.全面实施“三服务”\n2.0版,深挖细查;(2分)\n2.严格落实基层减负;(1分)", 0);
            assertThat(items).extracting(RubricExcelText.ParsedItem::number, RubricExcelText.ParsedItem::text)
                    .containsExactly(tuple("1", "全面实施“三服务”\n2.0版,深挖细查;"), tuple("2", "严格落实基层减负;"));
        }

        @Test
        void aCellWithoutNumbersIsOneItem() {
            assertThat(RubricExcelText.splitItems("紧紧围绕“第一种形态”要求,强化谈话提醒。(2分)", 0))
                    .containsExactly(new RubricExcelText.ParsedItem(null, "紧紧围绕“第一种形态”要求,强化谈话提醒。", new BigDecimal("2")));
        }

        @Test
        void fullWidthBracketsAndDecimalPoints() {
            RubricExcelText.ParsedItem item = RubricExcelText.parseSingleItem("4.建立内控制度。(0.5分)  ");
            assertThat(item.number()).isEqualTo("4");
            assertThat(item.text()).isEqualTo("建立内控制度。");
            assertThat(item.points()).isEqualByComparingTo("0.5");
        }

        @Test
        void groupLabelWithBrokenMark() {
            RubricExcelText.Marked label = RubricExcelText.parseLabel("共性\n\n评价\n\n指标\n  (65\n)");
            assertThat(label.text()).isEqualTo("共性评价指标");
            assertThat(label.points()).isEqualByComparingTo("65");
        }

        @Test
        void ruleMarks() {
            assertThat(RubricExcelText.parseRule("被区纪委区监委采取第四种形态处理(-20分/例)"))
                    .isEqualTo(new RubricExcelText.ParsedRule("被区纪委区监委采取第四种形态处理", new BigDecimal("20"), true));
            assertThat(RubricExcelText.parseRule("被评为不满意科室(站所)(-3)"))
                    .isEqualTo(new RubricExcelText.ParsedRule("被评为不满意科室(站所)", new BigDecimal("3"), false));
        }
    }

    // ---------------------------------------------------------------- fixtures

    static Rubric smallRubric() {
        RubricNode discipline = RubricNode.branch("A1.1", NodeLevel.INDICATOR, "严明政治纪律", bd("4"), List.of(
                RubricNode.item("A1.1.1", "1", "严格执行纪律处分条例,每季度不少于1次;", bd("1")),
                RubricNode.item("A1.1.2", "2", "开展政治纪律教育;", bd("1")).withNotes("含站所"),
                RubricNode.item("A1.1.3", "3", "90%以上的单位实现网上办;", bd("1")),
                RubricNode.item("A1.1.4", null, "2.0版数字化改革全面实施。", bd("1"))));
        RubricNode deduct = new RubricNode("A1.2", NodeLevel.INDICATOR, null, "违纪扣分", null, bd("3"), null,
                NodeMode.DEDUCT, bd("0"), null, null, List.of(
                        new RubricNode("A1.2.1", NodeLevel.ITEM, null, null, "每发现一例违规扣0.5分", bd("3"), null,
                                null, null, null, new ItemRule.Deduction(bd("0.5"), bd("2")), null)));
        RubricNode politics = RubricNode.branch("A1", NodeLevel.DIMENSION, "政治清明", bd("7"), List.of(discipline, deduct));
        RubricNode measured = RubricNode.branch("A2.1", NodeLevel.INDICATOR, "严格控制三公经费", bd("5"), List.of(
                new RubricNode("A2.1.1", NodeLevel.ITEM, "1", null, "满意度达到90%", bd("2"), null, null, null, null,
                        new ItemRule.Threshold(bd("90")), null),
                new RubricNode("A2.1.2", NodeLevel.ITEM, "2", null, "办结率", bd("1"), null, null, null, null,
                        new ItemRule.Proportional(bd("100")), null),
                new RubricNode("A2.1.3", NodeLevel.ITEM, "3", null, "即办件比率", bd("2"), null, null, null, null,
                        new ItemRule.Tiered(List.of(new ItemRule.Tier(bd("60"), bd("1")), new ItemRule.Tier(bd("90"), bd("2")))), null)));
        RubricNode economy = new RubricNode("A2", NodeLevel.DIMENSION, null, "经济清净", null, bd("5"), "仅机关", null, null,
                Set.of("agency"), null, List.of(measured));
        RubricNode common = RubricNode.branch("A", NodeLevel.GROUP, "共性评价指标", bd("12"), List.of(politics, economy));
        RubricNode feature = RubricNode.branch("B1", NodeLevel.INDICATOR, "打造特色成果", bd("8"), List.of(
                RubricNode.item("B1.1", "1", "建立特色工作做法;", bd("5")),
                RubricNode.item("B1.2", "2", "形成可复制经验,\n相关做法受到上级肯定。", bd("3")))).withNotes("指标备注");
        RubricNode individual = RubricNode.branch("B", NodeLevel.GROUP, "个性评价指标", bd("8"), List.of(feature));
        RuleSet negative = new RuleSet(List.of(
                new CaseRule("FORM1", "被区纪委区监委四种形态处理", "被区纪委区监委采取第一种形态处理", bd("1"), null, null),
                new CaseRule("FORM2", "被区纪委区监委四种形态处理", "被区纪委区监委采取第二种形态处理", bd("2"), null, bd("10")),
                new CaseRule("DISSATISFIED", "万人评议", "被评为不满意科室(站所)", null, bd("3"), null)), bd("30"));
        RuleSet bonus = new RuleSet(List.of(new CaseRule("HONOUR", "加分", "获得市级以上表彰", bd("1"), null, bd("3"))), bd("5"));
        return new Rubric("test-clean-agency", "2021", "测试区清廉机关建设评价体系",
                new RubricMetadata("区直机关工委", LocalDate.of(2021, 8, 30), "zh-CN", "测试来源", "公开"),
                bd("20"), bd("0.5"), bd("0"), "体系备注", List.of(common, individual), negative, bonus);
    }

    /** A workbook as a person would type it from the published page; {@code change} spoils it for a test. */
    static byte[] handMade(java.util.function.Consumer<HandBuilt> change) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            HandBuilt b = new HandBuilt(workbook.createSheet("Sheet1"));
            b.put(0, 0, "某区清廉机关(站所)建设评价体系");
            b.merge("A1:F1");
            b.put(1, 0, "一级指标");
            b.put(1, 2, "二级指标");
            b.put(1, 3, "内容与要求");
            b.put(1, 4, "分值");
            b.put(1, 5, "备注");
            b.merge("A2:B2");
            // 共性: split into two cells as on the page, the second with the broken "(8\n)" mark
            b.put(2, 0, "共性\n评价\n指标\n(8分)");
            b.merge("A3:A4");
            b.put(4, 0, "共性\n评价\n指标\n  (8\n)");
            b.put(2, 1, "政治清明\n(8分)");
            b.merge("B3:B5");
            b.put(2, 2, "严明政治\n纪律");
            b.merge("C3:C4");
            b.put(2, 3, "1.严格执行纪律处分条例,每季度不少于1次;(1分)\n  2.开展政治纪律教育;(2分)");
            b.put(3, 3, "3.防止其他干部发生违纪违法行为,近两年未发生。\n\n(1分)");
            b.put(2, 4, 4);
            b.merge("E3:E4");
            b.put(4, 2, "强化落实“机关\n\n内跑”");
            b.put(4, 3, "1.90%以上的单位,非涉密事件100%实现网上办;(2分)\n2.推进数字化改革,全面实施“三服务”\n2.0版,深挖细查。(2分)");
            b.put(4, 4, "4");
            // 个性: no dimension, group spans both 一级指标 columns
            b.put(5, 0, "个性\n评价\n指标\n(6分)");
            b.merge("A6:B8");
            b.put(5, 2, "驰而不息纠“四风”");
            b.merge("C6:C7");
            b.put(5, 3, "1.严格落实中央八项规定精神;(2分)");
            b.put(6, 3, "2.推进数字化改革,全面实施“三服务”2.0版,深挖细查形式主义。(2分)");
            b.put(5, 4, 4);
            b.merge("E6:E7");
            b.put(7, 2, "深化落实“万人双\n评议”");
            b.put(7, 3, "各单位依法履职,设立投诉电话。(2分)");
            b.put(7, 4, 2);
            // 负面清单 below the table, as on the page
            b.put(8, 0, "负面清单");
            b.merge("A9:A11");
            b.put(8, 2, "被区纪委区监委四种形态处理");
            b.merge("C9:C10");
            b.put(8, 3, "被区纪委区监委采取第一种形态处理(-1分/例)");
            b.put(9, 3, "被区纪委区监委采取第二种形态处理(-2分/例)");
            b.put(10, 2, "万人评议");
            b.put(10, 3, "被评为不满意科室(站所)(-3)");
            change.accept(b);
            return save(workbook);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final class HandBuilt {
        final XSSFSheet sheet;

        HandBuilt(XSSFSheet sheet) {
            this.sheet = sheet;
        }

        void put(int row, int col, Object value) {
            XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
            for (int c = 0; c <= 5; c++) {
                if (r.getCell(c) == null) {
                    r.createCell(c);
                }
            }
            if (value instanceof Number n) {
                r.getCell(col).setCellValue(n.doubleValue());
            } else {
                r.getCell(col).setCellValue((String) value);
            }
        }

        void merge(String range) {
            sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        }
    }

    private static List<RubricProblem> problems(byte[] xlsx) {
        RubricInvalidException e = catchThrowableOfType(RubricInvalidException.class, () -> RubricExcel.read(xlsx));
        assertThat(e).as("read must refuse the file").isNotNull();
        return e.problems();
    }

    private static int infoRow(XSSFSheet info, String key) {
        for (int r = 1; r <= info.getLastRowNum(); r++) {
            if (info.getRow(r) != null && key.equals(info.getRow(r).getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no info row " + key);
    }

    private static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static byte[] save(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static byte[] withExtraEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zipOut.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zipOut);
            }
            zipOut.putNextEntry(new ZipEntry(name));
            zipOut.write(content);
        }
        return out.toByteArray();
    }

    private static byte[] replaceInEntry(byte[] zip, String name, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zipOut.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    assertThat(xml).contains(from);
                    content = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                zipOut.write(content);
            }
        }
        return out.toByteArray();
    }

    private static List<String> texts(XSSFRow row, int columns) {
        return java.util.stream.IntStream.range(0, columns)
                .mapToObj(c -> row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue())
                .toList();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
