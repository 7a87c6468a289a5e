package com.qinglian.rubric.internal.excel;

import com.qinglian.rubric.RubricExcel;
import com.qinglian.rubric.RubricInvalidException;
import com.qinglian.rubric.RubricProblem;
import com.qinglian.shared.XlsxOpener;
import com.qinglian.shared.XlsxRefusedException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Opens an uploaded rubric workbook with the shared {@link XlsxOpener}; its refusals in the rubric's words. */
final class RubricExcelOpener {

    private RubricExcelOpener() {}

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return XlsxOpener.open(bytes, RubricExcel.MAX_BYTES, RubricExcel.MAX_ROWS);
        } catch (XlsxRefusedException e) {
            throw new RubricInvalidException(
                    e.refusals().stream().map(RubricExcelOpener::problem).toList());
        }
    }

    private static RubricProblem problem(XlsxRefusedException.Refusal refusal) {
        String sheet = refusal.sheet();
        return switch (refusal.reason()) {
            case EMPTY -> RubricProblem.of("", "rubric.error.emptyFile");
            case TOO_LARGE -> RubricProblem.of("", "rubric.error.fileTooLarge", RubricExcel.MAX_BYTES / 1024 / 1024);
            case OLD_XLS -> RubricProblem.of("", "rubric.error.excel.oldXls");
            case ENCRYPTED -> RubricProblem.of("", "rubric.error.excel.encrypted");
            case MACROS -> RubricProblem.of("", "rubric.error.excel.macros");
            case NOT_XLSX -> RubricProblem.of("", "rubric.error.excel.notXlsx");
            case ZIP_BOMB -> RubricProblem.of("", "rubric.error.excel.zipBomb");
            case CORRUPT -> RubricProblem.of("", "rubric.error.excel.corrupt", refusal.detail());
            case TOO_MANY_ROWS ->
                RubricProblem.of(
                        RubricExcelSheet.location(sheet, 1),
                        "rubric.error.excel.tooManyRows",
                        sheet,
                        RubricExcel.MAX_ROWS);
            case SHEET_TOO_LARGE ->
                RubricProblem.of(RubricExcelSheet.location(sheet, 1), "rubric.error.excel.sheetTooLarge", sheet);
            case NO_VISIBLE_SHEET -> RubricProblem.of("", "import.error.noVisibleSheet", sheet);
        };
    }
}
