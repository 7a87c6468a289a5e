package com.qinglian.rubric.internal.excel;

import com.qinglian.rubric.RubricProblem;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Cell access for one sheet as a reader sees it: merged cells resolve to their top-left value, text
 * comes cleaned of control characters (POI decodes "_x0000_" to NUL), and each refused cell is reported once.
 */
final class RubricExcelSheet {

    /** Only the first columns matter; larger merged regions are clamped so a sheet-wide merge costs nothing. */
    private static final int MAX_COLUMNS = 32;
    /** Control characters except tab and line breaks: PostgreSQL rejects NUL, and none belongs in a rubric. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private final XSSFSheet sheet;
    private final List<RubricProblem> problems;
    private final Map<Long, CellRangeAddress> regions = new HashMap<>();
    private final Set<Long> reported = new HashSet<>();

    RubricExcelSheet(XSSFSheet sheet, List<RubricProblem> problems) {
        this.sheet = sheet;
        this.problems = problems;
        int lastRow = Math.max(sheet.getLastRowNum(), 0);
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), lastRow); r++) {
                for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), MAX_COLUMNS - 1); c++) {
                    regions.put(key(r, c), region);
                }
            }
        }
    }

    static String location(String sheetName, int excelRow) {
        return "工作表 " + sheetName + " 第 " + excelRow + " 行";
    }

    String name() {
        return sheet.getSheetName();
    }

    /** Location of a 0-based row index. */
    String location(int row) {
        return location(sheet.getSheetName(), row + 1);
    }

    int lastRow() {
        return sheet.getLastRowNum();
    }

    /** The merged region the cell belongs to, or null. */
    CellRangeAddress region(int row, int col) {
        return col < 0 ? null : regions.get(key(row, col));
    }

    /** True when the cell is the first row of its merged region, or an unmerged cell with content. */
    boolean starts(int row, int col) {
        CellRangeAddress region = region(row, col);
        return region == null ? text(row, col) != null : region.getFirstRow() == row;
    }

    /** True when the cell lies in a merged region below its first row (its value belongs to a row above). */
    boolean continues(int row, int col) {
        CellRangeAddress region = region(row, col);
        return region != null && region.getFirstRow() != row;
    }

    /** The cell's text, resolved through merges; null when blank. Line breaks are normalised to "\n". */
    String text(int row, int col) {
        Cell cell = cell(row, col);
        if (cell == null) {
            return null;
        }
        String value = switch (effectiveType(cell)) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : plainNumber(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(java.util.Locale.ROOT);
            default -> null;
        };
        if (value == null) {
            return null;
        }
        value = value.replace("\r\n", "\n").replace('\r', '\n');
        if (CONTROL.matcher(value).find()) {
            if (reported.add(key(cell.getRowIndex(), cell.getColumnIndex()))) {
                problems.add(RubricProblem.of(
                        location(cell.getRowIndex()),
                        "rubric.error.excel.controlChar",
                        CellReference.convertNumToColString(cell.getColumnIndex())));
            }
            value = CONTROL.matcher(value).replaceAll("");
        }
        return value.isBlank() ? null : value;
    }

    /** A numeric cell's exact value, or null when the cell is not numeric (text is parsed by the caller). */
    BigDecimal number(int row, int col) {
        Cell cell = cell(row, col);
        if (cell == null || effectiveType(cell) != CellType.NUMERIC || DateUtil.isCellDateFormatted(cell)) {
            return null;
        }
        return new BigDecimal(plainNumber(cell.getNumericCellValue()));
    }

    private Cell cell(int row, int col) {
        if (col < 0) {
            return null;
        }
        CellRangeAddress region = region(row, col);
        int r = region == null ? row : region.getFirstRow();
        int c = region == null ? col : region.getFirstColumn();
        Row sheetRow = sheet.getRow(r);
        return sheetRow == null ? null : sheetRow.getCell(c);
    }

    private static CellType effectiveType(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    /** Doubles print as the decimal a person typed (4, 0.5), not as 4.0 or 0.49999. */
    private static String plainNumber(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static long key(int row, int col) {
        return ((long) row << 16) | col;
    }
}
