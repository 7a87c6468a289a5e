package com.qinglian.rubric.internal.word;

import com.qinglian.rubric.internal.text.TextLine;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Turns a Word rubric table into the lines the text reader reads: the header row, then row by row each cell in
 * column order. A cell merged down (vMerge) is given once, at its first row; a cell merged across (gridSpan)
 * counts for the first column it covers. Name columns (一级指标, 二级指标) say their depth, so the tree follows the
 * table's columns rather than guesses.
 */
final class WordTableLines {

    private static final Map<String, TextLine.Cell> ROLES = Map.ofEntries(
            Map.entry("一级指标", TextLine.Cell.NAME),
            Map.entry("二级指标", TextLine.Cell.NAME),
            Map.entry("三级指标", TextLine.Cell.NAME),
            Map.entry("评价指标", TextLine.Cell.NAME),
            Map.entry("考核指标", TextLine.Cell.NAME),
            Map.entry("内容与要求", TextLine.Cell.CONTENT),
            Map.entry("考核内容", TextLine.Cell.CONTENT),
            Map.entry("评价内容", TextLine.Cell.CONTENT),
            Map.entry("考评内容", TextLine.Cell.CONTENT),
            Map.entry("评分标准", TextLine.Cell.CONTENT),
            Map.entry("评分细则", TextLine.Cell.CONTENT),
            Map.entry("考核标准", TextLine.Cell.CONTENT),
            Map.entry("分值", TextLine.Cell.POINTS),
            Map.entry("标准分", TextLine.Cell.POINTS),
            Map.entry("备注", TextLine.Cell.NOTES));
    private static final Set<TextLine.Cell> NEEDED = Set.of(TextLine.Cell.CONTENT, TextLine.Cell.POINTS);

    private WordTableLines() {}

    /** The grid columns of a rubric table's header, or null when the table does not look like a rubric. */
    static Map<Integer, TextLine.Cell> header(XWPFTable table) {
        if (table.getRows().isEmpty()) {
            return null;
        }
        Map<Integer, TextLine.Cell> columns = new HashMap<>();
        int grid = 0;
        for (XWPFTableCell cell : table.getRow(0).getTableCells()) {
            TextLine.Cell role = ROLES.get(compact(cell.getText()));
            int span = span(cell);
            if (role != null) {
                for (int i = 0; i < (role == TextLine.Cell.NAME ? span : 1); i++) {
                    columns.put(grid + i, role);
                }
            }
            grid += span;
        }
        boolean rubric = columns.values().stream().anyMatch(NEEDED::contains)
                && columns.values().stream().distinct().count() >= 2;
        return rubric ? columns : null;
    }

    static void append(XWPFTable table, Map<Integer, TextLine.Cell> columns, List<String> source, List<TextLine> out) {
        Map<Integer, Integer> depths = new HashMap<>();
        columns.entrySet().stream()
                .filter(e -> e.getValue() == TextLine.Cell.NAME)
                .map(Map.Entry::getKey)
                .sorted()
                .forEach(col -> depths.put(col, depths.size()));
        for (XWPFTableCell cell : table.getRow(0).getTableCells()) {
            add(source, out, compact(cell.getText()), TextLine.Cell.ANY, 0);
        }
        for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
            List<Placed> cells = new ArrayList<>();
            int grid = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                TextLine.Cell role = columns.get(grid);
                if (role != null && !continuesMerge(cell)) {
                    cells.add(new Placed(cell, role, grid));
                }
                grid += span(cell);
            }
            // names before content before points before notes, whatever the column order: a total follows its items
            cells.sort(Comparator.comparing((Placed c) -> c.role().ordinal()).thenComparingInt(Placed::column));
            for (Placed placed : cells) {
                if (placed.role() == TextLine.Cell.CONTENT) {
                    for (XWPFParagraph p : placed.cell().getParagraphs()) {
                        add(source, out, p.getText(), TextLine.Cell.ANY, 0);
                    }
                } else {
                    add(source, out, joined(placed.cell()), placed.role(), depths.getOrDefault(placed.column(), 0));
                }
            }
        }
    }

    private record Placed(XWPFTableCell cell, TextLine.Cell role, int column) {}

    /** Text around the table (title, negative list) as plain lines. */
    static void appendParagraph(String text, List<String> source, List<TextLine> out) {
        add(source, out, text, TextLine.Cell.ANY, 0);
    }

    private static void add(List<String> source, List<TextLine> out, String text, TextLine.Cell cell, int depth) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return;
        }
        source.add(stripped);
        out.add(new TextLine(source.size(), stripped, cell, depth));
    }

    private static String joined(XWPFTableCell cell) {
        StringBuilder out = new StringBuilder();
        cell.getParagraphs().forEach(p -> out.append(p.getText().strip()));
        return out.toString();
    }

    private static boolean continuesMerge(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null
                && pr.isSetVMerge()
                && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetGridSpan()) {
            return 1;
        }
        BigInteger value = pr.getGridSpan().getVal();
        return value == null ? 1 : Math.max(1, Math.min(value.intValue(), 64));
    }

    private static String compact(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u3000\\u00a0]+", "");
    }
}
