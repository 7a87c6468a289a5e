package com.qinglian.scoring.cli;

import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.scoring.ExplanationLine;
import com.qinglian.scoring.NodeScore;
import com.qinglian.scoring.ScoringResult;
import com.qinglian.scoring.UnitResult;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an Excel workbook: the results sheet, a breakdown of every node and the explanation lines.
 * Streaming (SXSSF): only a window of rows is in memory, the rest goes to a temporary file. Text longer than
 * a cell holds is cut with a visible mark; a table longer than a sheet holds goes on in a further sheet
 * ({@code 明细 breakdown 2}, …), since a province's breakdown has millions of rows.
 */
final class XlsxResultWriter {

    /** Data rows a sheet takes below its header row. */
    static final int ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final SXSSFWorkbook workbook;
    private final CellStyle bold;

    private final CliMessages messages;

    private XlsxResultWriter(SXSSFWorkbook workbook, CliMessages messages) {
        this.workbook = workbook;
        this.messages = messages;
        this.bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
    }

    static void write(Rubric rubric, ScoringResult result, CliMessages messages, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            XlsxResultWriter writer = new XlsxResultWriter(workbook, messages);
            writer.results(result);
            writer.breakdown(rubric, result);
            writer.explanation(result);
            workbook.write(out);
        }
    }

    /** A table that starts a further sheet when one is full. */
    private final class Table {
        private final String name;
        private final List<String> header;
        private Sheet sheet;
        private int sheets;
        private int r;

        Table(String name, List<String> header) {
            this.name = name;
            this.header = header;
        }

        Row next() {
            if (sheet == null || r > ROWS_PER_SHEET) {
                sheets++;
                sheet = workbook.createSheet(sheets == 1 ? name : name + " " + sheets);
                Row row = sheet.createRow(0);
                for (int c = 0; c < header.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(header.get(c));
                    cell.setCellStyle(bold);
                }
                sheet.createFreezePane(0, 1);
                r = 1;
            }
            return sheet.createRow(r++);
        }
    }

    private void results(ScoringResult result) {
        Table table = new Table("结果 results", ResultRows.HEADER);
        for (UnitResult unit : result.units()) {
            Row row = table.next();
            List<String> cells = ResultRows.row(unit);
            for (int c = 0; c < cells.size(); c++) {
                if (ResultRows.isNumber(c) && !cells.get(c).isEmpty()) {
                    number(row.createCell(c), new BigDecimal(cells.get(c)));
                } else {
                    text(row.createCell(c), cells.get(c));
                }
            }
        }
    }

    private void breakdown(Rubric rubric, ScoringResult result) {
        Table table = new Table(
                "明细 breakdown",
                List.of("unit", "name", "node", "level", "title", "applicable", "input", "score", "max"));
        Map<String, RubricNode> nodes = rubric.nodesByCode();
        for (UnitResult unit : result.units()) {
            String code = Cells.singleLine(unit.unit().code());
            String name = Cells.singleLine(unit.unit().name());
            for (NodeScore node : unit.nodes()) {
                Row row = table.next();
                text(row.createCell(0), code);
                text(row.createCell(1), name);
                text(row.createCell(2), node.code());
                text(row.createCell(3), node.level().key());
                text(row.createCell(4), nodes.get(node.code()).label());
                text(row.createCell(5), node.applicable() ? "yes" : "no");
                if (node.input() != null) {
                    number(row.createCell(6), node.input());
                }
                number(row.createCell(7), node.score());
                number(row.createCell(8), node.max());
            }
        }
    }

    private void explanation(ScoringResult result) {
        Table table = new Table("说明 explanation", List.of("unit", "kind", "code", "points", "detail", "label"));
        for (UnitResult unit : result.units()) {
            String code = Cells.singleLine(unit.unit().code());
            for (ExplanationLine line : unit.explanation()) {
                Row row = table.next();
                text(row.createCell(0), code);
                text(row.createCell(1), line.kind().name());
                text(row.createCell(2), line.code());
                number(row.createCell(3), line.points());
                text(row.createCell(4), line.detail() == null ? "" : line.detail());
                // last, so the columns before keep their places for whoever reads them by position
                text(row.createCell(5), messages.kindLabel(line.kind()));
            }
        }
    }

    private static void text(Cell cell, String value) {
        cell.setCellValue(ExcelText.fit(value));
    }

    /** Excel stores numbers as binary doubles; scores on the 0.5 step convert exactly, and the exact text is in the CSV/JSON outputs. */
    private static void number(Cell cell, BigDecimal value) {
        cell.setCellValue(value.doubleValue());
    }
}
