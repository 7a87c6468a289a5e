package com.qinglian.rubric.internal.excel;

import static com.qinglian.rubric.internal.excel.ExcelLayout.COL_CODE;
import static com.qinglian.rubric.internal.excel.ExcelLayout.COL_CONTENT;
import static com.qinglian.rubric.internal.excel.ExcelLayout.COL_DIMENSION;
import static com.qinglian.rubric.internal.excel.ExcelLayout.COL_GROUP;
import static com.qinglian.rubric.internal.excel.ExcelLayout.COL_INDICATOR;
import static com.qinglian.rubric.internal.excel.ExcelLayout.COL_NOTES;
import static com.qinglian.rubric.internal.excel.ExcelLayout.COL_POINTS;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.NodeLevel;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RuleSet;
import com.qinglian.shared.ExcelCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a rubric as a workbook laid out like the published table, plus the 体系信息 sheet. */
public final class RubricExcelWriter {

    private static final int LAST_PRINTED_COL = COL_NOTES;
    /** Column widths in characters (a Chinese character counts two). */
    private static final int[] WIDTHS = {8, 10, 18, 70, 7, 16, 16};

    private static final float LINE_HEIGHT_POINTS = 15f;

    private final XSSFWorkbook workbook;
    private final XSSFSheet table;
    private final CellStyle titleStyle;
    private final CellStyle headerStyle;
    private final CellStyle labelStyle;
    private final CellStyle textStyle;
    private final CellStyle codeStyle;
    private int nextRow;

    private RubricExcelWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.table = workbook.createSheet(ExcelLayout.TABLE_SHEET);
        this.titleStyle = style(true, 16, HorizontalAlignment.CENTER, false);
        this.headerStyle = style(true, 11, HorizontalAlignment.CENTER, true);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        this.labelStyle = style(false, 11, HorizontalAlignment.CENTER, true);
        this.textStyle = style(false, 11, HorizontalAlignment.LEFT, true);
        this.codeStyle = style(false, 8, HorizontalAlignment.LEFT, true);
        Font grey = workbook.createFont();
        grey.setFontHeightInPoints((short) 8);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        codeStyle.setFont(grey);
    }

    public static byte[] write(Rubric rubric) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            RubricExcelWriter writer = new RubricExcelWriter(workbook);
            writer.writeTable(rubric);
            writer.writeInfo(rubric);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeTable(Rubric rubric) {
        for (int col = 0; col < WIDTHS.length; col++) {
            table.setColumnWidth(col, WIDTHS[col] * 256 + 200);
        }
        XSSFRow titleRow = newRow();
        titleRow.setHeightInPoints(30);
        put(titleRow, 0, rubric.title(), titleStyle);
        table.addMergedRegion(new CellRangeAddress(0, 0, 0, LAST_PRINTED_COL));
        XSSFRow header = newRow();
        String[] names = {
            ExcelLayout.HEADER_GROUP,
            null,
            ExcelLayout.HEADER_INDICATOR,
            ExcelLayout.HEADER_CONTENT,
            ExcelLayout.HEADER_POINTS,
            ExcelLayout.HEADER_NOTES,
            ExcelLayout.HEADER_CODE
        };
        for (int col = 0; col < names.length; col++) {
            put(header, col, names[col], headerStyle);
        }
        header.getCell(COL_CODE).setCellStyle(codeStyle);
        merge(1, 1, COL_GROUP, COL_DIMENSION);
        for (RubricNode group : rubric.nodes()) {
            writeGroup(group);
        }
        writeRules(ExcelLayout.NEGATIVE_LIST, rubric.negativeList(), true);
        writeRules(ExcelLayout.BONUS, rubric.bonus(), false);
        table.createFreezePane(0, 2);
        table.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
        workbook.setPrintArea(0, 0, LAST_PRINTED_COL, 0, Math.max(nextRow - 1, 1));
        table.setFitToPage(true);
        table.setAutobreaks(true);
        PrintSetup print = table.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        table.setHorizontallyCenter(true);
    }

    private void writeGroup(RubricNode group) {
        int first = nextRow;
        boolean hasDimensions = group.children().stream().anyMatch(c -> c.level() == NodeLevel.DIMENSION);
        if (group.children().isEmpty()) {
            writeRow(List.of(group), null); // an empty group still gets its row, so nothing is lost
        }
        for (RubricNode child : group.children()) {
            if (child.level() == NodeLevel.DIMENSION) {
                int dimensionFirst = nextRow;
                child.children().forEach(indicator -> writeIndicator(List.of(group, child), indicator));
                if (child.children().isEmpty()) {
                    writeRow(List.of(group, child), null);
                }
                put(
                        table.getRow(dimensionFirst),
                        COL_DIMENSION,
                        RubricExcelText.labelCell(child.title(), child.points()),
                        labelStyle);
                merge(dimensionFirst, nextRow - 1, COL_DIMENSION, COL_DIMENSION);
            } else if (child.level() == NodeLevel.INDICATOR) {
                writeIndicator(List.of(group), child);
            } else {
                throw new IllegalArgumentException("The published layout has no place for "
                        + child.level().key() + " " + child.code() + " directly under a group");
            }
        }
        put(table.getRow(first), COL_GROUP, RubricExcelText.labelCell(group.title(), group.points()), labelStyle);
        merge(first, nextRow - 1, COL_GROUP, hasDimensions ? COL_GROUP : COL_DIMENSION);
    }

    private void writeIndicator(List<RubricNode> parents, RubricNode indicator) {
        int first = nextRow;
        List<RubricNode> path = new ArrayList<>(parents);
        path.add(indicator);
        for (RubricNode item : indicator.children()) {
            if (!item.isItem()) {
                throw new IllegalArgumentException("The published layout has no place for "
                        + item.level().key() + " " + item.code() + " under an indicator");
            }
            writeRow(path, item);
        }
        if (indicator.children().isEmpty()) {
            writeRow(path, null);
        }
        XSSFRow top = table.getRow(first);
        put(top, COL_INDICATOR, indicator.title(), labelStyle);
        if (indicator.points() != null) {
            top.getCell(COL_POINTS).setCellValue(indicator.points().doubleValue());
        }
        merge(first, nextRow - 1, COL_INDICATOR, COL_INDICATOR);
        merge(first, nextRow - 1, COL_POINTS, COL_POINTS);
    }

    /** One table row: an item (or, for an empty node, nothing) and the codes of its path in the code column. */
    private void writeRow(List<RubricNode> path, RubricNode item) {
        XSSFRow row = newRow();
        for (int col = COL_GROUP; col <= COL_NOTES; col++) {
            put(row, col, null, col == COL_CONTENT || col == COL_NOTES ? textStyle : labelStyle);
        }
        List<String> codes = new ArrayList<>(path.stream().map(RubricNode::code).toList());
        if (item != null) {
            codes.add(item.code());
            put(row, COL_CONTENT, RubricExcelText.itemCell(item), textStyle);
            put(row, COL_NOTES, item.notes(), textStyle);
            row.setHeightInPoints(LINE_HEIGHT_POINTS
                    * Math.max(
                            lines(RubricExcelText.itemCell(item), WIDTHS[COL_CONTENT]),
                            lines(item.notes(), WIDTHS[COL_NOTES])));
        }
        put(
                row,
                COL_CODE,
                String.join(
                        ExcelLayout.CODE_SEPARATOR,
                        codes.stream().map(Objects::toString).toList()),
                codeStyle);
    }

    private void writeRules(String section, RuleSet rules, boolean deduction) {
        if (rules.isEmpty()) {
            return;
        }
        int first = nextRow;
        int categoryFirst = nextRow;
        String category = null;
        for (CaseRule rule : rules.rules()) {
            if (nextRow > first && !Objects.equals(category, rule.category())) {
                mergeCategory(categoryFirst, nextRow - 1);
                categoryFirst = nextRow;
            }
            category = rule.category();
            XSSFRow row = newRow();
            for (int col = COL_GROUP; col <= COL_NOTES; col++) {
                put(row, col, null, col == COL_CONTENT ? textStyle : labelStyle);
            }
            if (categoryFirst == nextRow - 1) {
                put(row, COL_DIMENSION, rule.category(), labelStyle);
            }
            String cell = RubricExcelText.ruleCell(rule, deduction);
            put(row, COL_CONTENT, cell, textStyle);
            row.setHeightInPoints(LINE_HEIGHT_POINTS * lines(cell, WIDTHS[COL_CONTENT]));
            put(row, COL_CODE, rule.code(), codeStyle);
        }
        mergeCategory(categoryFirst, nextRow - 1);
        put(table.getRow(first), COL_GROUP, section, labelStyle);
        merge(first, nextRow - 1, COL_GROUP, COL_GROUP);
    }

    private void mergeCategory(int first, int last) {
        merge(first, last, COL_DIMENSION, COL_INDICATOR);
    }

    private void writeInfo(Rubric rubric) {
        XSSFSheet info = workbook.createSheet(ExcelLayout.INFO_SHEET);
        info.setColumnWidth(0, 30 * 256);
        info.setColumnWidth(1, 50 * 256);
        info.setColumnWidth(2, 40 * 256);
        XSSFRow header = info.createRow(0);
        put(header, 0, ExcelLayout.INFO_KEY, headerStyle);
        put(header, 1, ExcelLayout.INFO_VALUE, headerStyle);
        put(header, 2, ExcelLayout.INFO_LABEL, headerStyle);
        int r = 1;
        for (RubricExcelInfo.Entry entry : RubricExcelInfo.entries(rubric)) {
            XSSFRow row = info.createRow(r++);
            put(row, 0, entry.key(), textStyle);
            put(row, 1, entry.value(), textStyle);
            put(row, 2, entry.label(), codeStyle);
        }
        info.createFreezePane(0, 1);
    }

    private XSSFRow newRow() {
        return table.createRow(nextRow++);
    }

    private static void put(XSSFRow row, int col, String value, CellStyle style) {
        XSSFCell cell = row.getCell(col) == null ? row.createCell(col) : row.getCell(col);
        if (value != null) {
            cell.setCellValue(ExcelCells.fit(value));
        }
        cell.setCellStyle(style);
    }

    private void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        if (lastRow > firstRow || lastCol > firstCol) {
            table.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        }
    }

    /** Lines a wrapped cell needs, counting a Chinese character as two columns; rows are not auto-sized by POI. */
    private static int lines(String text, int widthChars) {
        if (text == null) {
            return 1;
        }
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            int width = line.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
            lines += Math.max(1, (width + widthChars - 1) / widthChars);
        }
        return Math.max(1, lines);
    }

    private CellStyle style(boolean bold, int size, HorizontalAlignment align, boolean border) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints((short) size);
        style.setFont(font);
        style.setAlignment(align);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        if (border) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
