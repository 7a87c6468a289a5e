package com.qinglian.shared;

/**
 * Text for the cells of every workbook the application writes. Excel holds at most 32,767 characters in a cell
 * and POI throws on more, so a longer text (a 100,000-character item, a long comment) is cut with a visible mark
 * rather than failing the whole download.
 */
public final class ExcelCells {

    /** Longest text an Excel cell holds (UTF-16 units, as Excel and POI count). */
    public static final int MAX_CELL = 32_767;

    /** Ends a cut text, so a reader sees that something is missing. */
    public static final String CUT_MARK = "…〔已截断 truncated〕";

    private ExcelCells() {}

    /** The text, or its beginning and {@link #CUT_MARK} when it is longer than a cell holds; never half a surrogate pair. */
    public static String fit(String text) {
        if (text == null || text.length() <= MAX_CELL) {
            return text;
        }
        int end = MAX_CELL - CUT_MARK.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + CUT_MARK;
    }
}
