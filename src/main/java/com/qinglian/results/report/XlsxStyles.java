package com.qinglian.results.report;

import com.qinglian.shared.ExcelCells;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The look every report workbook shares: a title row, a bold header, bordered cells, numbers as numeric
 * cells, A4 print setup fitted to the page width with the header repeated on every printed page.
 */
final class XlsxStyles {

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle number;
    final CellStyle bold;
    final CellStyle boldNumber;

    XlsxStyles(Workbook workbook) {
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        Font strong = workbook.createFont();
        strong.setBold(true);
        title = workbook.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        subtitle = workbook.createCellStyle();
        header = bordered(workbook);
        header.setFont(strong);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered(workbook);
        wrapped = bordered(workbook);
        wrapped.setWrapText(true);
        number = bordered(workbook);
        number.setAlignment(HorizontalAlignment.RIGHT);
        bold = bordered(workbook);
        bold.setFont(strong);
        boldNumber = bordered(workbook);
        boldNumber.setFont(strong);
        boldNumber.setAlignment(HorizontalAlignment.RIGHT);
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    /** A4, fitted to one page wide, the rows up to {@code headerRow} repeated on every page. */
    static void printSetup(Sheet sheet, int columns, int headerRow, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, columns - 1));
    }

    /** A title row merged across the table's width. */
    void titleRow(Sheet sheet, int rowIndex, int columns, String value, CellStyle style, float height) {
        Row row = sheet.createRow(rowIndex);
        row.setHeightInPoints(height);
        Cell cell = row.createCell(0);
        cell.setCellValue(ExcelCells.fit(value));
        cell.setCellStyle(style);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
        }
    }

    static Cell text(Row row, int column, String value, CellStyle style, ColumnWidths widths) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : ExcelCells.fit(value));
        cell.setCellStyle(style);
        widths.fit(column, value);
        return cell;
    }

    /** A numeric cell; null leaves it empty (e.g. no rank for an incomplete unit). */
    static Cell number(Row row, int column, BigDecimal value, CellStyle style, ColumnWidths widths) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            widths.fit(column, value.stripTrailingZeros().toPlainString());
        }
        return cell;
    }

    static Cell number(Row row, int column, Integer value, CellStyle style, ColumnWidths widths) {
        return number(row, column, value == null ? null : BigDecimal.valueOf(value), style, widths);
    }
}
