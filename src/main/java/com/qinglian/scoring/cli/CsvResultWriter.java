package com.qinglian.scoring.cli;

import com.qinglian.scoring.ScoringResult;
import com.qinglian.scoring.UnitResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the results table as CSV: one row per unit in rank order; the caller writes the UTF-8 BOM Excel
 * needs. Text columns are neutralised against formulas ({@link ExcelText#neutralise}); number columns are
 * written as they are, so they stay numbers in Excel.
 */
final class CsvResultWriter {

    private CsvResultWriter() {}

    static void write(ScoringResult result, Writer out) throws IOException {
        line(ResultRows.HEADER, out, false);
        for (UnitResult unit : result.units()) {
            line(ResultRows.row(unit), out, true);
        }
    }

    private static void line(List<String> cells, Writer out, boolean data) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String cell = data && !ResultRows.isNumber(i) ? ExcelText.neutralise(cells.get(i)) : cells.get(i);
            out.write(quote(cell));
        }
        out.write("\r\n");
    }

    private static String quote(String cell) {
        boolean needsQuotes =
                cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
