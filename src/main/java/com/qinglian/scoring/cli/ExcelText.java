package com.qinglian.scoring.cli;

import com.qinglian.shared.ExcelCells;

/** Text made safe for the cells of the outputs. */
final class ExcelText {

    /** Longest text an Excel cell holds (UTF-16 units, as Excel and POI count). */
    static final int MAX_CELL = ExcelCells.MAX_CELL;

    /** Ends a cut text, so a reader sees that something is missing. */
    static final String CUT_MARK = ExcelCells.CUT_MARK;

    private ExcelText() {}

    /** The text, or its beginning and {@link #CUT_MARK} when it is longer than a cell holds; never half a surrogate pair. */
    static String fit(String text) {
        return ExcelCells.fit(text);
    }

    /**
     * A text cell for a CSV file that Excel will open: a cell beginning with {@code =}, {@code +}, {@code -},
     * {@code @}, tab or carriage return would be read as a formula (CSV injection), so it gets a leading
     * apostrophe, shown as text. Only for text columns: numbers keep their sign.
     */
    static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }
}
