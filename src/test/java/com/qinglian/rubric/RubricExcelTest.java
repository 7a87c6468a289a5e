package com.qinglian.rubric;

import static com.qinglian.rubric.RubricExcelFixtures.handMade;
import static com.qinglian.rubric.RubricExcelFixtures.open;
import static com.qinglian.rubric.RubricExcelFixtures.save;
import static com.qinglian.rubric.RubricExcelFixtures.smallRubric;
import static com.qinglian.rubric.RubricExcelFixtures.texts;
import static com.qinglian.rubric.RubricExcelFixtures.tuple;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RubricExcelTest {

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
            assertThat(table.getMergedRegions())
                    .contains(
                            CellRangeAddress.valueOf("A3:A10"),
                            CellRangeAddress.valueOf("C3:C6"),
                            CellRangeAddress.valueOf("E3:E6"));
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
            assertThat(table.getMergedRegions())
                    .contains(CellRangeAddress.valueOf("A13:A15"), CellRangeAddress.valueOf("B13:C14"));
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
            assertThat(keys)
                    .contains(
                            "code",
                            "version",
                            "total",
                            "step",
                            "floor",
                            "publisher",
                            "publishedOn",
                            "negativeList.cap",
                            "node.A1.2.mode",
                            "node.A1.2.1.rule",
                            "node.A2.appliesTo",
                            "rule.FORM2.cap");
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
            assertThat(rubric.nodes())
                    .extracting(RubricNode::code, RubricNode::title)
                    .containsExactly(tuple("A", "共性评价指标"), tuple("B", "个性评价指标"));
            RubricNode common = rubric.nodes().get(0);
            assertThat(common.points()).isEqualByComparingTo("8");
            assertThat(common.children())
                    .extracting(RubricNode::code, RubricNode::title, RubricNode::points)
                    .containsExactly(tuple("A1", "政治清明", new BigDecimal("8")));

            RubricNode discipline = rubric.node("A1.1").orElseThrow();
            assertThat(discipline.title()).isEqualTo("严明政治纪律");
            assertThat(discipline.points()).isEqualByComparingTo("4");
            assertThat(discipline.children())
                    .extracting(RubricNode::code, RubricNode::number, RubricNode::text, RubricNode::points)
                    .containsExactly(
                            tuple("A1.1.1", "1", "严格执行纪律处分条例,每季度不少于1次;", new BigDecimal("1")),
                            tuple("A1.1.2", "2", "开展政治纪律教育;", new BigDecimal("2")),
                            tuple("A1.1.3", "3", "防止其他干部发生违纪违法行为,近两年未发生。", new BigDecimal("1")));

            RubricNode online = rubric.node("A1.2").orElseThrow();
            assertThat(online.title()).isEqualTo("强化落实“机关内跑”");
            assertThat(online.children())
                    .extracting(RubricNode::number, RubricNode::text)
                    .containsExactly(
                            tuple("1", "90%以上的单位,非涉密事件100%实现网上办;"), tuple("2", "推进数字化改革,全面实施“三服务”\n2.0版,深挖细查。"));

            RubricNode individual = rubric.nodes().get(1);
            assertThat(individual.points()).isEqualByComparingTo("6");
            assertThat(individual.children())
                    .extracting(RubricNode::code, RubricNode::level)
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

    // ---------------------------------------------------------------- text parsing
}
