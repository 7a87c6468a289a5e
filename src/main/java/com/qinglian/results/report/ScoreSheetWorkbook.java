package com.qinglian.results.report;

import static com.qinglian.results.report.ScoreSheetLayout.COLUMNS;

import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricTable;
import com.qinglian.shared.ExcelCells;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** A unit's score sheet as a workbook, in the published table layout with its merged cells. */
final class ScoreSheetWorkbook {

    static final String SHEET = "得分表";
    static final int HEADER_ROW = 3;

    private ScoreSheetWorkbook() {}

    static void write(UnitSheet unit, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(RankingWorkbook.WINDOW);
        try {
            XlsxStyles styles = new XlsxStyles(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            ColumnWidths widths = new ColumnWidths(COLUMNS, 6, 60);
            RankingRow row = unit.row();
            styles.titleRow(sheet, 0, COLUMNS, unit.campaign().name() + "得分表", styles.title, 28);
            styles.titleRow(
                    sheet,
                    1,
                    COLUMNS,
                    "被评价单位:" + row.unitName() + "(" + row.unitCode() + "," + row.typeName() + ")",
                    styles.subtitle,
                    18);
            styles.titleRow(sheet, 2, COLUMNS, "评价体系:" + unit.rubric().label(), styles.subtitle, 18);
            Row head = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < COLUMNS; c++) {
                XlsxStyles.text(head, c, ScoreSheetLayout.HEADERS.get(c), styles.header, widths);
            }
            sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, 1));
            sheet.createFreezePane(0, HEADER_ROW + 1);
            int r = HEADER_ROW + 1;
            for (RubricTable.Row tableRow : unit.table().rows()) {
                Row line = sheet.createRow(r);
                for (int c = 0; c < COLUMNS; c++) {
                    line.createCell(c).setCellStyle(styles.wrapped);
                }
                for (RubricTable.Cell side : tableRow.side()) {
                    int column = ScoreSheetLayout.sideColumn(side.node());
                    Cell cell = line.getCell(column);
                    cell.setCellValue(ExcelCells.fit(ScoreSheetLayout.sideText(side.node())));
                    merge(sheet, r, side.rowspan(), column, side.colspan());
                }
                if (tableRow.points() != null) {
                    Cell cell = line.getCell(ScoreSheetLayout.POINTS);
                    cell.setCellValue(tableRow.points().node().points().doubleValue());
                    cell.setCellStyle(styles.number);
                    merge(sheet, r, tableRow.points().rowspan(), ScoreSheetLayout.POINTS, 1);
                }
                RubricNode item = tableRow.item();
                XlsxStyles.text(line, ScoreSheetLayout.CONTENT, item.label(), styles.wrapped, widths);
                XlsxStyles.number(
                        line, ScoreSheetLayout.SELF, unit.selfScores().get(item.code()), styles.number, widths);
                if (unit.applies().test(item.code())) {
                    XlsxStyles.number(line, ScoreSheetLayout.SCORE, unit.score(item.code()), styles.number, widths);
                    XlsxStyles.text(line, ScoreSheetLayout.REMARK, unit.remark(item.code()), styles.wrapped, widths);
                } else {
                    XlsxStyles.text(line, ScoreSheetLayout.SCORE, "不适用", styles.text, widths);
                }
                r++;
            }
            Row sum = sheet.createRow(r++);
            XlsxStyles.text(sum, 0, "指标得分合计", styles.bold, widths);
            for (int c = 1; c < ScoreSheetLayout.SCORE; c++) {
                sum.createCell(c).setCellStyle(styles.bold);
            }
            sheet.addMergedRegion(new CellRangeAddress(sum.getRowNum(), sum.getRowNum(), 0, ScoreSheetLayout.SELF));
            XlsxStyles.number(sum, ScoreSheetLayout.SCORE, row.itemsTotal(), styles.boldNumber, widths);
            sum.createCell(ScoreSheetLayout.REMARK).setCellStyle(styles.bold);
            r = cases(sheet, styles, widths, unit, r + 1);
            r = totals(sheet, styles, widths, row, r + 1);
            if (!row.complete()) {
                styles.titleRow(sheet, r + 1, COLUMNS, "注:" + row.note() + "。", styles.subtitle, 18);
            }
            widths.atLeast(ScoreSheetLayout.CONTENT, 50);
            widths.atLeast(ScoreSheetLayout.REMARK, 24);
            widths.applyTo(sheet);
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 10 * 256);
            sheet.setColumnWidth(2, 14 * 256);
            XlsxStyles.printSetup(sheet, COLUMNS, HEADER_ROW, false);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void merge(Sheet sheet, int row, int rowspan, int column, int colspan) {
        if (rowspan > 1 || colspan > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row, row + rowspan - 1, column, column + colspan - 1));
        }
    }

    private static int cases(Sheet sheet, XlsxStyles styles, ColumnWidths widths, UnitSheet unit, int r) {
        styles.titleRow(sheet, r++, COLUMNS, "负面清单与加分", styles.subtitle, 20);
        List<String> headers = ScoreSheetLayout.CASE_HEADERS;
        Row head = sheet.createRow(r++);
        for (int c = 0; c < headers.size(); c++) {
            XlsxStyles.text(head, caseColumn(c), headers.get(c), styles.header, widths);
        }
        head.createCell(2).setCellStyle(styles.header);
        sheet.addMergedRegion(new CellRangeAddress(head.getRowNum(), head.getRowNum(), 1, 2));
        if (unit.cases().isEmpty()) {
            Row none = sheet.createRow(r++);
            XlsxStyles.text(none, 0, "无", styles.text, widths);
            return r;
        }
        int n = 1;
        for (UnitSheet.CaseLine line : unit.cases()) {
            Row row = sheet.createRow(r++);
            XlsxStyles.number(row, caseColumn(0), n++, styles.number, widths);
            XlsxStyles.text(row, caseColumn(1), line.rule(), styles.wrapped, widths);
            row.createCell(2).setCellStyle(styles.wrapped);
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, 2));
            XlsxStyles.text(row, caseColumn(2), line.documentNumber(), styles.wrapped, widths);
            XlsxStyles.text(row, caseColumn(3), Dates.iso(line.date()), styles.text, widths);
            XlsxStyles.text(row, caseColumn(4), line.measure(), styles.text, widths);
            XlsxStyles.text(row, caseColumn(5), line.detail(), styles.wrapped, widths);
            XlsxStyles.number(row, caseColumn(6), line.points(), styles.number, widths);
        }
        return r;
    }

    /** The case table's columns laid over the sheet's: 序号 | 规则 (two columns) | 文号 | 日期 | 分值或级别 | 情况 | 分数. */
    static int caseColumn(int index) {
        // the rule takes columns 1 and 2, merged: its words go into the first, which the merged cell shows
        return index <= 1 ? index : index + 1;
    }

    private static int totals(Sheet sheet, XlsxStyles styles, ColumnWidths widths, RankingRow row, int r) {
        Object[][] lines = {
            {"指标得分", row.itemsTotal()},
            {"负面清单扣分", row.deductions()},
            {"加分", row.bonus()},
            {"总分", row.total()},
            {"等次", row.grade()},
            {"总排名", row.rank()},
            {"类别排名", row.typeRank()}
        };
        for (Object[] line : lines) {
            Row out = sheet.createRow(r++);
            XlsxStyles.text(out, ScoreSheetLayout.SELF, (String) line[0], styles.bold, widths);
            if (line[1] instanceof BigDecimal value) {
                XlsxStyles.number(out, ScoreSheetLayout.SCORE, value, styles.boldNumber, widths);
            } else if (line[1] instanceof Integer value) {
                XlsxStyles.number(out, ScoreSheetLayout.SCORE, value, styles.boldNumber, widths);
            } else {
                XlsxStyles.text(
                        out, ScoreSheetLayout.SCORE, line[1] == null ? "" : line[1].toString(), styles.bold, widths);
            }
        }
        return r;
    }
}
