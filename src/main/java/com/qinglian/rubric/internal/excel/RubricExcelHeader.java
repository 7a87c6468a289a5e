package com.qinglian.rubric.internal.excel;

import static com.qinglian.rubric.internal.excel.RubricExcelText.compact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Where the rubric table is in a hand-made workbook: the first visible sheet with a recognisable header, the
 * header row within the first rows, and which column holds what, whatever their order.
 */
final class RubricExcelHeader {

    static final int HEADER_SEARCH_ROWS = 20;
    static final List<String> REQUIRED_COLUMNS = List.of(
            ExcelLayout.HEADER_GROUP,
            ExcelLayout.HEADER_INDICATOR,
            ExcelLayout.HEADER_CONTENT,
            ExcelLayout.HEADER_POINTS);

    private RubricExcelHeader() {}

    /**
     * A hand-made workbook may name its sheet anything: take the first sheet a person sees with a recognisable
     * header (a hidden sheet is never read in place of a visible one).
     */
    static XSSFSheet firstTableSheet(XSSFWorkbook workbook) {
        XSSFSheet firstVisible = null;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet candidate = workbook.getSheetAt(i);
            if (hidden(workbook, candidate)) {
                continue;
            }
            firstVisible = firstVisible == null ? candidate : firstVisible;
            if (!candidate.getSheetName().equals(ExcelLayout.INFO_SHEET)
                    && headerRow(new RubricExcelSheet(candidate, new ArrayList<>())) >= 0) {
                return candidate;
            }
        }
        return firstVisible == null ? workbook.getSheetAt(0) : firstVisible;
    }

    static boolean hidden(XSSFWorkbook workbook, XSSFSheet sheet) {
        int index = workbook.getSheetIndex(sheet);
        return workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index);
    }

    /** The first row naming at least two of the known header columns, or -1. */
    static int headerRow(RubricExcelSheet candidate) {
        for (int r = 0; r <= Math.min(candidate.lastRow(), HEADER_SEARCH_ROWS); r++) {
            Map<String, Integer> columns = headerColumns(candidate, r);
            if (columns.keySet().stream().filter(REQUIRED_COLUMNS::contains).count() >= 2) {
                return r;
            }
        }
        return -1;
    }

    static Map<String, Integer> headerColumns(RubricExcelSheet candidate, int row) {
        Set<String> known = Set.of(
                ExcelLayout.HEADER_GROUP,
                ExcelLayout.HEADER_DIMENSION,
                ExcelLayout.HEADER_INDICATOR,
                ExcelLayout.HEADER_CONTENT,
                ExcelLayout.HEADER_POINTS,
                ExcelLayout.HEADER_NOTES,
                ExcelLayout.HEADER_CODE);
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < 32; c++) {
            String name = compact(candidate.text(row, c));
            if (known.contains(name)) {
                columns.putIfAbsent(name, c);
            }
        }
        return columns;
    }
}
