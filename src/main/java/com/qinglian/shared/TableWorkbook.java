package com.qinglian.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Simple one-sheet tables in .xlsx: a header row of Chinese column names, then one record per row.
 * Reading is defensive (opened by {@link XlsxOpener}, control characters refused) and
 * reports problems by row and column instead of failing on the first.
 */
public final class TableWorkbook {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    private TableWorkbook() {}

    /** One data row: its Excel row number and its cells by header. */
    public record Record(int row, Map<String, String> cells) {
        public String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value;
        }
    }

    /**
     * Reads the first visible sheet, as a stream: a sheet of any length costs a row at a time and is refused as
     * soon as it passes {@link #MAX_ROWS}. Throws {@link InputRejectedException} when the file is not a readable
     * workbook, too big, or lacks a required column; cell values are trimmed text (every kind of space).
     */
    public static List<Record> read(byte[] content, List<String> requiredColumns) {
        Table table = new Table();
        try {
            // One more row than the data cap: the header row.
            XlsxRows.read(content, MAX_BYTES, MAX_ROWS + 1, table::add);
        } catch (XlsxRefusedException e) {
            throw new InputRejectedException(
                    e.refusals().stream().map(TableWorkbook::problem).toList());
        }
        List<InputProblem> problems = new ArrayList<>();
        for (String required : requiredColumns) {
            if (!table.columns.containsValue(required)) {
                problems.add(InputProblem.of(1, required, "import.error.missingColumn", required));
            }
        }
        InputRejectedException.throwIfAny(problems);
        InputRejectedException.throwIfAny(table.problems);
        return table.records;
    }

    /** A refusal of the opener in the words of table imports. */
    static InputProblem problem(XlsxRefusedException.Refusal refusal) {
        return switch (refusal.reason()) {
            case EMPTY -> InputProblem.ofFile("import.error.emptyFile");
            case TOO_LARGE -> InputProblem.ofFile("import.error.tooLarge", MAX_BYTES / 1024 / 1024);
            case OLD_XLS -> InputProblem.ofFile("import.error.oldXls");
            case ENCRYPTED -> InputProblem.ofFile("import.error.encrypted");
            case MACROS -> InputProblem.ofFile("import.error.macros");
            case NOT_XLSX -> InputProblem.ofFile("import.error.notExcel");
            case ZIP_BOMB -> InputProblem.ofFile("import.error.zipBomb");
            case CORRUPT -> InputProblem.ofFile("import.error.unreadable", refusal.detail());
            case TOO_MANY_ROWS -> InputProblem.ofFile("import.error.tooManyRows", MAX_ROWS, refusal.sheet());
            case SHEET_TOO_LARGE -> InputProblem.ofFile("import.error.sheetTooLarge", refusal.sheet());
            case NO_VISIBLE_SHEET -> InputProblem.ofFile("import.error.noVisibleSheet", refusal.sheet());
        };
    }

    /** The rows of the sheet as they stream in: the first is the header, the others records. */
    private static final class Table {
        private final Map<Integer, String> columns = new LinkedHashMap<>();
        private final List<Record> records = new ArrayList<>();
        private final List<InputProblem> problems = new ArrayList<>();
        private boolean headerRead;

        void add(int row, Map<Integer, String> cells) {
            if (!headerRead) {
                headerRead = true;
                cells.forEach((column, text) -> {
                    String name = tidy(text);
                    if (!name.isEmpty()) {
                        columns.put(column, tidy(name.replace("*", "")));
                    }
                });
                return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<Integer, String> column : columns.entrySet()) {
                String value = tidy(cells.get(column.getKey()));
                if (hasControlCharacters(value)) {
                    problems.add(InputProblem.of(row, column.getValue(), "import.error.controlCharacters"));
                    value = "";
                }
                values.put(column.getValue(), value);
            }
            if (values.values().stream().anyMatch(v -> !v.isEmpty())) {
                records.add(new Record(row, values));
            }
        }

        private static String tidy(String text) {
            String tidy = TextInput.tidy(text);
            return tidy == null ? "" : tidy;
        }
    }

    private static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F);
    }

    /** Writes a sheet with a bold, frozen header row; values are written as text. */
    public static byte[] write(String sheetName, List<String> headers, List<List<String>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(ExcelCells.fit(headers.get(c)));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c) == null ? "" : ExcelCells.fit(values.get(c)));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write workbook", e);
        }
    }
}
