package com.qinglian.rubric.internal.text;

/**
 * One non-blank source line, stripped of surrounding spaces. A Word table says which column a line came from;
 * copied text does not ({@link Cell#ANY}).
 *
 * @param number the 1-based line number in the source text
 * @param text the line without surrounding spaces
 * @param cell the table column it came from
 * @param depth for {@link Cell#NAME}: 0 for the first name column (一级指标), 1 for the next, and so on
 */
public record TextLine(int number, String text, Cell cell, int depth) {

    public enum Cell {
        ANY,
        NAME,
        CONTENT,
        POINTS,
        NOTES
    }

    public static TextLine any(int number, String text) {
        return new TextLine(number, text, Cell.ANY, 0);
    }
}
