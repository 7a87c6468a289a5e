package com.qinglian.scoring.cli;

import com.qinglian.shared.PlainDecimal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbers and dates in CSV cells: plain decimals within {@link PlainDecimal.Bounds#DEFAULT} (never an
 * exponent), whole case counts, two date forms. A refused cell is reported with its file, line and column.
 */
final class CellNumbers {

    /** Largest number of cases in one row. */
    static final int MAX_COUNT = 999_999;

    /** A score file repeats a few dozen values millions of times; they share one number object. */
    private static final int MAX_CACHED = 4096;

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");

    private final Problems problems;
    private final Map<String, BigDecimal> cache = new HashMap<>();

    CellNumbers(Problems problems) {
        this.problems = problems;
    }

    /** A plain decimal; with {@code percent}, a trailing % is dropped so 95% reads as 95, as Excel shows percentages. */
    BigDecimal decimal(TableInput csv, String column, String text, boolean percent) {
        BigDecimal cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        String plain = percent && text.endsWith("%") ? Cells.trim(text.substring(0, text.length() - 1)) : text;
        try {
            BigDecimal value = PlainDecimal.parse(plain);
            if (cache.size() < MAX_CACHED) {
                cache.put(text, value);
            }
            return value;
        } catch (PlainDecimal.Refused e) {
            problems.add(new Problem(csv.name(), csv.line(), column, e.key(), e.args()));
            return null;
        }
    }

    /** A whole number of cases, 0 to {@link #MAX_COUNT}; 1 when the cell is empty. */
    Integer count(TableInput csv, String column) {
        String text = csv.cell(column);
        if (text.isEmpty()) {
            return 1;
        }
        boolean digits = text.length() <= 6 && text.chars().allMatch(c -> c >= '0' && c <= '9');
        if (digits) {
            return Integer.parseInt(text);
        }
        problems.add(csv.name(), csv.line(), column, "cli.cases.badCount", shown(text), MAX_COUNT);
        return null;
    }

    LocalDate date(TableInput csv, String column, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text, SLASHED);
            } catch (DateTimeParseException again) {
                problems.add(csv.name(), csv.line(), column, "cli.cases.badDate", shown(text));
                return null;
            }
        }
    }

    private static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
