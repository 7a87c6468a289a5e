package com.qinglian.dashboard.web;

import com.qinglian.dashboard.ChartTable;
import com.qinglian.shared.ExcelCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** A chart's table as .xlsx: a title row with the unit, a frozen header, numbers as numeric cells, A4. */
final class ChartWorkbook {

    private ChartWorkbook() {}

    static byte[] write(ChartTable chart) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName(chart.title()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(ExcelCells.fit(chart.title() + "(" + chart.unit() + ")"));
            title.getCell(0).setCellStyle(heading);
            Row header = sheet.createRow(1);
            for (int i = 0; i < chart.headers().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(ExcelCells.fit(chart.headers().get(i)));
                cell.setCellStyle(heading);
                sheet.setColumnWidth(i, i == 0 ? 40 * 256 : 14 * 256);
            }
            int r = 2;
            for (List<Object> values : chart.rows()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof BigDecimal decimal) {
                        Cell cell = row.createCell(i);
                        cell.setCellValue(decimal.doubleValue());
                        cell.setCellStyle(number);
                    } else if (value instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(i).setCellValue(ExcelCells.fit(value.toString()));
                    }
                }
            }
            sheet.createFreezePane(0, 2);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setLandscape(chart.headers().size() > 5);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
