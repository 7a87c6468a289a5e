package com.qinglian.rubric;

import static com.qinglian.rubric.RubricExcelFixtures.handMade;
import static com.qinglian.rubric.RubricExcelFixtures.infoRow;
import static com.qinglian.rubric.RubricExcelFixtures.open;
import static com.qinglian.rubric.RubricExcelFixtures.problems;
import static com.qinglian.rubric.RubricExcelFixtures.replaceInEntry;
import static com.qinglian.rubric.RubricExcelFixtures.save;
import static com.qinglian.rubric.RubricExcelFixtures.smallRubric;
import static com.qinglian.rubric.RubricExcelFixtures.tuple;
import static com.qinglian.rubric.RubricExcelFixtures.withExtraEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Excel rubric files that are wrong in every way a person manages: each refused with its sheet and row. */
class RubricExcelMalformedTest {

    private static final String TABLE = "工作表 评价体系 第 ";

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
        assertThat(problems(out.toByteArray()))
                .extracting(RubricProblem::key)
                .containsExactly("rubric.error.excel.corrupt");
    }

    @Test
    void truncatedWorkbook() {
        byte[] xlsx = RubricExcel.write(smallRubric());
        assertThat(problems(Arrays.copyOf(xlsx, xlsx.length / 2)))
                .extracting(RubricProblem::key)
                .containsExactly("rubric.error.excel.corrupt");
    }

    @Test
    void zipBombIsRefusedWithAClearMessage() throws IOException {
        byte[] bomb =
                withExtraEntry(RubricExcel.write(smallRubric()), "xl/media/padding.bin", new byte[50 * 1024 * 1024]);
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
        assertThat(problems(xlsx))
                .extracting(
                        RubricProblem::location,
                        RubricProblem::key,
                        p -> p.args().get(0))
                .containsExactly(tuple("工作表 Sheet1 第 2 行", "rubric.error.excel.missingColumn", "分值"));
    }

    @Test
    void noHeaderAtAll() {
        byte[] xlsx = handMade(b -> {
            b.sheet.getRow(1).getCell(3).setCellValue("要求");
            b.sheet.getRow(1).getCell(4).setCellValue("满分");
            b.sheet.getRow(1).getCell(2).setCellValue("指标");
        });
        assertThat(problems(xlsx))
                .extracting(RubricProblem::location, RubricProblem::key)
                .containsExactly(tuple("工作表 Sheet1 第 1 行", "rubric.error.excel.noHeader"));
    }

    @Test
    void textInAPointsCell() {
        byte[] xlsx = handMade(b -> b.sheet.getRow(2).getCell(4).setCellValue("四分"));
        assertThat(problems(xlsx))
                .extracting(RubricProblem::location, RubricProblem::key)
                .containsExactly(tuple("工作表 Sheet1 第 3 行", "rubric.error.excel.pointsNotNumber"));
    }

    @Test
    void itemWithoutPointsMark() {
        byte[] xlsx = handMade(b -> b.sheet.getRow(3).getCell(3).setCellValue("3.防止违纪行为。"));
        assertThat(problems(xlsx))
                .extracting(
                        RubricProblem::location,
                        RubricProblem::key,
                        p -> p.args().get(0))
                .containsExactly(tuple("工作表 Sheet1 第 4 行", "rubric.error.excel.noItemPoints", "防止违纪行为。"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        byte[] xlsx = handMade(b -> {
            b.sheet.getRow(3).getCell(3).setCellValue("3.防止违纪行为。");
            b.sheet.getRow(2).getCell(4).setCellValue("四分");
            b.sheet.getRow(9).getCell(3).setCellValue("被区纪委区监委采取第一种形态处理");
        });
        assertThat(problems(xlsx))
                .extracting(RubricProblem::location)
                .containsExactlyInAnyOrder("工作表 Sheet1 第 3 行", "工作表 Sheet1 第 4 行", "工作表 Sheet1 第 10 行");
    }

    @Test
    void pointsOffTheStepAreReportedAtTheItemRow() {
        byte[] xlsx = handMade(b -> {
            b.sheet.getRow(3).getCell(3).setCellValue("3.防止违纪行为。(0.3分)");
            b.sheet.getRow(2).getCell(4).setCellValue(3.3);
        });
        assertThat(problems(xlsx))
                .extracting(RubricProblem::location, RubricProblem::key)
                .contains(tuple("工作表 Sheet1 第 4 行", "rubric.error.offStep"));
    }

    @Test
    void sumsOffInADownloadedWorkbookAreReportedAtTheIndicatorRow() throws IOException {
        // a downloaded workbook states its printed-total choice in 体系信息; without one a sum off is refused
        XSSFWorkbook workbook = open(RubricExcel.write(smallRubric()));
        XSSFSheet table = workbook.getSheet("评价体系");
        int row = -1;
        for (int r = 0; r <= table.getLastRowNum() && row < 0; r++) {
            var cell = table.getRow(r) == null ? null : table.getRow(r).getCell(4);
            if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                row = r;
            }
        }
        double printed = table.getRow(row).getCell(4).getNumericCellValue();
        table.getRow(row).getCell(4).setCellValue(printed + 1);
        assertThat(problems(save(workbook)))
                .extracting(RubricProblem::location, RubricProblem::key)
                .contains(tuple(TABLE + (row + 1) + " 行", "rubric.error.sumMismatch"));
    }

    @Test
    void totalMismatchIsReportedAtTheInfoRow() throws IOException {
        XSSFWorkbook workbook = open(RubricExcel.write(smallRubric()));
        XSSFSheet info = workbook.getSheet("体系信息");
        int row = infoRow(info, "total");
        info.getRow(row).getCell(1).setCellValue("25");
        assertThat(problems(save(workbook)))
                .extracting(RubricProblem::location, RubricProblem::key)
                .containsExactly(tuple("工作表 体系信息 第 " + (row + 1) + " 行", "rubric.error.totalMismatch"));
    }

    @Test
    void duplicateCodes() throws IOException {
        XSSFWorkbook workbook = open(RubricExcel.write(smallRubric()));
        workbook.getSheet("评价体系").getRow(3).getCell(6).setCellValue("A / A1 / A1.1 / A1.1.1");
        assertThat(problems(save(workbook)))
                .extracting(RubricProblem::location, RubricProblem::key)
                .containsExactly(tuple(TABLE + "4 行", "rubric.error.duplicateCode"));
    }

    @Test
    void controlCharactersAreRefused() throws IOException {
        // Excel stores a NUL as the escape "_x0000_", which POI decodes back into a real NUL.
        byte[] xlsx = replaceInEntry(
                handMade(b -> b.sheet.getRow(3).getCell(3).setCellValue("3.防止NUL违纪行为。(1分)")),
                "xl/sharedStrings.xml",
                "NUL",
                "_x0000_");
        assertThat(problems(xlsx))
                .extracting(
                        RubricProblem::location,
                        RubricProblem::key,
                        p -> p.args().get(0))
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
        assertThat(problems(save(workbook)))
                .extracting(RubricProblem::location, RubricProblem::key)
                .containsExactlyInAnyOrder(
                        tuple("工作表 体系信息 第 " + (infoRow(info, "step") + 1) + " 行", "rubric.error.notANumber"),
                        tuple(
                                "工作表 体系信息 第 " + (infoRow(info, "node.A1.2.1.rule") + 1) + " 行",
                                "rubric.error.excel.badRule"),
                        tuple("工作表 体系信息 第 " + (extra.getRowNum() + 1) + " 行", "rubric.error.excel.unknownCode"));
    }

    @Test
    void messagesExistInBothLanguages() {
        RubricProblem problem = problems(new byte[] {1, 2, 3, 4}).get(0);
        assertThat(problem.message(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(problem.key());
        assertThat(problem.message(Locale.ENGLISH)).contains("not an Excel workbook");
    }
}
