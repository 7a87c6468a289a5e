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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes an Excel workbook: the results sheet, a breakdown of every node and the explanation lines. */
final class XlsxResultWriter {

    private XlsxResultWriter() {}

    static void write(Rubric rubric, ScoringResult result, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            results(workbook.createSheet("结果 results"), result, bold);
            breakdown(workbook.createSheet("明细 breakdown"), rubric, result, bold);
            explanation(workbook.createSheet("说明 explanation"), result, bold);
            workbook.write(out);
        }
    }

    private static void results(Sheet sheet, ScoringResult result, CellStyle bold) {
        header(sheet, ResultRows.HEADER, bold);
        int r = 1;
        for (UnitResult unit : result.units()) {
            Row row = sheet.createRow(r++);
            List<String> cells = ResultRows.row(unit);
            for (int c = 0; c < cells.size(); c++) {
                boolean numeric = c < 2 || (c >= ResultRows.FIRST_NUMBER && c <= ResultRows.LAST_NUMBER);
                if (numeric && !cells.get(c).isEmpty()) {
                    number(row.createCell(c), new BigDecimal(cells.get(c)));
                } else {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static void breakdown(Sheet sheet, Rubric rubric, ScoringResult result, CellStyle bold) {
        header(sheet, List.of("unit", "name", "node", "level", "title", "applicable", "input", "score", "max"), bold);
        Map<String, RubricNode> nodes = rubric.nodesByCode();
        int r = 1;
        for (UnitResult unit : result.units()) {
            for (NodeScore node : unit.nodes()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(unit.unit().code());
                row.createCell(1).setCellValue(unit.unit().name());
                row.createCell(2).setCellValue(node.code());
                row.createCell(3).setCellValue(node.level().key());
                row.createCell(4).setCellValue(nodes.get(node.code()).label());
                row.createCell(5).setCellValue(node.applicable() ? "yes" : "no");
                if (node.input() != null) {
                    number(row.createCell(6), node.input());
                }
                number(row.createCell(7), node.score());
                number(row.createCell(8), node.max());
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static void explanation(Sheet sheet, ScoringResult result, CellStyle bold) {
        header(sheet, List.of("unit", "kind", "code", "points", "detail"), bold);
        int r = 1;
        for (UnitResult unit : result.units()) {
            for (ExplanationLine line : unit.explanation()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(unit.unit().code());
                row.createCell(1).setCellValue(line.kind().name());
                row.createCell(2).setCellValue(line.code());
                number(row.createCell(3), line.points());
                row.createCell(4).setCellValue(line.detail() == null ? "" : line.detail());
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static void header(Sheet sheet, List<String> names, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(names.get(c));
            cell.setCellStyle(bold);
        }
    }

    /** Excel stores numbers as binary doubles; scores on the 0.5 step convert exactly, and the exact text is in the CSV/JSON outputs. */
    private static void number(Cell cell, BigDecimal value) {
        cell.setCellValue(value.doubleValue());
    }
}
