package com.qinglian.rubric;

import static com.qinglian.rubric.RubricExcelFixtures.handMade;
import static com.qinglian.rubric.RubricExcelFixtures.infoRow;
import static com.qinglian.rubric.RubricExcelFixtures.open;
import static com.qinglian.rubric.RubricExcelFixtures.problems;
import static com.qinglian.rubric.RubricExcelFixtures.save;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The rubric language on the 体系信息 sheet, and printed totals of hand-made tables. */
class RubricLanguageExcelTest {

    @Test
    void aDownloadedWorkbookImportsBackAsTheSameRubric() {
        Rubric rubric = RubricLanguageYamlTest.everyConstruct();
        Rubric again = RubricExcel.read(RubricExcel.write(rubric));
        assertThat(again).isEqualTo(rubric);
        assertThat(RubricYaml.write(again)).isEqualTo(RubricYaml.write(rubric));
    }

    @Test
    void theTermsAreKeyValueRowsOfOneLineEach() throws IOException {
        XSSFSheet info =
                open(RubricExcel.write(RubricLanguageYamlTest.everyConstruct())).getSheet("体系信息");
        assertThat(value(info, "printedTotals")).isEqualTo("cap");
        assertThat(value(info, "rescale")).isEqualTo("{rounding: {to: 0.01, mode: halfUp}, stage: afterCases}");
        assertThat(value(info, "node.A1.clauses"))
                .isEqualTo("[{code: A1-LATE, title: 每迟报一次扣0.5分, perCase: 0.5, cap: 2}, {code: A1-PRAISE, title:"
                        + " 每获通报表扬一次加0.5分, perCase: 0.5, adds: true}, {code: A1-HARM, title: '造成不良影响的,扣3-6分',"
                        + " range: {min: 3, max: 6}}]");
        assertThat(value(info, "node.A2.appliesToUnits")).isEqualTo("U001,U002");
        assertThat(value(info, "node.A1.printedTotal")).isEqualTo("sum");
        assertThat(value(info, "node.A1.2.rule")).isEqualTo("rate to=step mode=down zeroTarget=full");
        assertThat(value(info, "node.A2.1.rule")).isEqualTo("proportional target=100 to=0.01 mode=halfUp");
        assertThat(value(info, "rule.PRAISE.combine")).isEqualTo("highest");
        assertThat(value(info, "rule.FORM1.multipliers")).isEqualTo("{street: 1.5}");
    }

    @Test
    void aTermThatIsWrongNamesTheRowAndTheField() throws IOException {
        XSSFWorkbook workbook = open(RubricExcel.write(RubricLanguageYamlTest.everyConstruct()));
        XSSFSheet info = workbook.getSheet("体系信息");
        int clauses = infoRow(info, "node.A1.clauses");
        info.getRow(clauses).getCell(1).setCellValue("[{code: A1-LATE, title: 迟报, perCas: 0.5}]");
        int stage = infoRow(info, "rescale");
        info.getRow(stage).getCell(1).setCellValue("{rounding: {to: 0.01, mode: halfUp}, stage: later}");
        int gates = infoRow(info, "node.A2.gates");
        info.getRow(gates).getCell(1).setCellValue("[{when: {node: A1.2, below: 1}");
        assertThat(problems(save(workbook)))
                .extracting(p -> p.location() + " " + p.key())
                .containsExactlyInAnyOrder(
                        "工作表 体系信息 第 " + (clauses + 1) + " 行,A1 / A1-LATE / perCas rubric.error.unknownField",
                        "工作表 体系信息 第 " + (stage + 1) + " 行,rescale / stage rubric.error.badChoice",
                        "工作表 体系信息 第 " + (gates + 1) + " 行,A2 / gates rubric.error.yamlSyntax");
    }

    @Test
    void aHandMadeTableWhosePrintedTotalIsOffItsItemsImportsWithSumDeclaredAndAWarning() {
        // 严明政治纪律 printed as 6 while its items add up to 4; 政治清明 (8) then holds 6 + 4
        Rubric rubric =
                RubricExcel.read(handMade(b -> b.sheet.getRow(2).getCell(4).setCellValue(6)));
        assertThat(rubric.terms().printedTotals()).isEqualTo(PrintedTotal.SUM);
        RubricNode indicator = rubric.allNodes()
                .filter(n -> "严明政治纪律".equals(n.title()))
                .findFirst()
                .orElseThrow();
        assertThat(indicator.points()).isEqualByComparingTo("6");
        assertThat(RubricValidator.validate(rubric)).isEmpty();
        assertThat(RubricValidator.warnings(rubric))
                .extracting(p -> p.key() + " " + p.args())
                .contains("rubric.warning.printedTotal [" + indicator.code() + ", 6, 4, sum]");
    }

    @Test
    void aHandMadeTableThatAddsUpDeclaresNothing() {
        Rubric rubric = RubricExcel.read(handMade(b -> {}));
        assertThat(rubric.terms()).isEqualTo(RubricTerms.NONE);
        assertThat(RubricValidator.warnings(rubric)).isEmpty();
    }

    private static String value(XSSFSheet info, String key) {
        return info.getRow(infoRow(info, key)).getCell(1).getStringCellValue();
    }
}
