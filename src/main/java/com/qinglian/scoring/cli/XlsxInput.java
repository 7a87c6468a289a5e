package com.qinglian.scoring.cli;

import com.qinglian.shared.XlsxRefusedException;
import com.qinglian.shared.XlsxRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first visible sheet of an .xlsx input, opened with the application's checks for untrusted workbooks
 * ({@link XlsxRows}: size, old and encrypted files, macros, zip bombs) and read as a stream; cells are the text
 * Excel shows ({@code 87%}, {@code 2.5}). Only the header's columns of each row are kept, as compact arrays: the
 * workbook itself is held in memory by the reader anyway, so a sheet is bounded by {@link #MAX_BYTES}.
 * Line numbers are Excel's row numbers.
 */
final class XlsxInput implements TableInput {

    /** Larger workbooks are refused before they are opened (a province's scores belong in CSV). */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    /** A sheet holds no more rows than this anyway. */
    static final int MAX_ROWS = 1_048_576;

    private final String name;
    private final List<String> header = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String[]> rows = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private int position = -1;

    private XlsxInput(String name) {
        this.name = name;
    }

    static XlsxInput open(Path file, String name) throws IOException {
        XlsxInput input = new XlsxInput(name);
        if (Files.size(file) > MAX_BYTES) {
            throw new CliException(Problem.at(name, 0, null, "cli.xlsx.tooLarge", MAX_BYTES / 1024 / 1024));
        }
        try {
            XlsxRows.read(Files.readAllBytes(file), MAX_BYTES, MAX_ROWS, input::add);
        } catch (XlsxRefusedException e) {
            throw new CliException(refused(name, e.refusals().get(0)));
        }
        if (input.header.isEmpty()) {
            throw new CliException(Problem.at(name, 1, null, "cli.csv.noHeader"));
        }
        return input;
    }

    /** Why the workbook cannot be read, in the CLI's words (not the web's "upload again"). */
    private static Problem refused(String name, XlsxRefusedException.Refusal refusal) {
        return switch (refusal.reason()) {
            case EMPTY -> Problem.at(name, 0, null, "cli.xlsx.empty");
            case TOO_LARGE -> Problem.at(name, 0, null, "cli.xlsx.tooLarge", MAX_BYTES / 1024 / 1024);
            case OLD_XLS -> Problem.at(name, 0, null, "cli.xlsx.oldXls");
            case ENCRYPTED -> Problem.at(name, 0, null, "cli.xlsx.encrypted");
            case MACROS -> Problem.at(name, 0, null, "cli.xlsx.macros");
            case NOT_XLSX -> Problem.at(name, 0, null, "cli.xlsx.notXlsx");
            case ZIP_BOMB -> Problem.at(name, 0, null, "cli.xlsx.zipBomb");
            case CORRUPT -> Problem.at(name, 0, null, "cli.xlsx.corrupt", refusal.detail());
            case TOO_MANY_ROWS, SHEET_TOO_LARGE -> Problem.at(name, 0, null, "cli.xlsx.sheetTooLarge", refusal.sheet());
            case NO_VISIBLE_SHEET -> Problem.at(name, 0, null, "cli.xlsx.noVisibleSheet", refusal.sheet());
        };
    }

    /** A row as it streams in: the first non-blank one is the header, then data rows within its columns. */
    private void add(int row, Map<Integer, String> cells) {
        if (cells.values().stream().allMatch(cell -> Cells.trim(cell).isEmpty())) {
            return;
        }
        if (header.isEmpty()) {
            int last = cells.keySet().stream().max(Integer::compare).orElse(0);
            for (int c = 0; c <= last; c++) {
                String column = Cells.trim(cells.getOrDefault(c, "")).toLowerCase(Locale.ROOT);
                columns.putIfAbsent(column, c);
                header.add(column);
            }
            return;
        }
        String[] kept = new String[header.size()];
        boolean blank = true;
        for (int c = 0; c < kept.length; c++) {
            kept[c] = Cells.trim(cells.getOrDefault(c, ""));
            blank &= kept[c].isEmpty();
        }
        if (!blank) {
            rows.add(kept);
            lines.add(row);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void requireColumns(String... names) {
        for (String column : names) {
            if (!columns.containsKey(column)) {
                throw new CliException(Problem.at(name, 1, column, "cli.csv.missingColumn", String.join(", ", header)));
            }
        }
    }

    @Override
    public boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    @Override
    public boolean next() {
        if (position + 1 >= rows.size()) {
            position = rows.size();
            return false;
        }
        position++;
        return true;
    }

    @Override
    public long rows() {
        return Math.min(position + 1, rows.size());
    }

    @Override
    public long line() {
        return lines.get(position);
    }

    @Override
    public String cell(String column) {
        Integer index = columns.get(column);
        return index == null ? "" : rows.get(position)[index];
    }

    @Override
    public void close() {
        rows.clear();
    }
}
