package com.qinglian.shared;

import java.util.Optional;

/**
 * Text typed or imported by a person, checked the same way by forms, imports and services: every kind of
 * surrounding space trimmed (including U+00A0 no-break and U+3000 ideographic spaces, which
 * {@link String#strip()} leaves or treats unevenly), control characters refused (a single-line field takes
 * none, not even a line break; a multi-line field takes line breaks and tabs but no NUL, ESC, BEL...), and
 * lengths counted in characters (code points), not UTF-16 units. Pure (no Spring).
 */
public final class TextInput {

    /** Whether a field is one line (names, codes, 文号) or free text (comments, reasons, descriptions). */
    public enum Shape {
        SINGLE_LINE,
        MULTI_LINE
    }

    private TextInput() {}

    /** The text without surrounding spaces of any kind; null for null or blank. Inner text is kept as typed. */
    public static String tidy(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return start == end ? null : text.substring(start, end);
    }

    /** Characters (code points), as a person counts them: 𠀀 is one, not two. Zero for null. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /**
     * What is wrong with an already {@linkplain #tidy tidied} value, as a problem of {@code field} at {@code row}:
     * a control character (for a single line, any line break too), or more than {@code maxLength} characters.
     * Empty when the value is fine or null (whether a value is required is the caller's rule).
     */
    public static Optional<InputProblem> problem(int row, String field, String value, int maxLength, Shape shape) {
        if (value == null) {
            return Optional.empty();
        }
        if (hasForbidden(value, shape)) {
            return Optional.of(InputProblem.of(
                    row, field, shape == Shape.SINGLE_LINE ? "text.error.singleLineControl" : "text.error.control"));
        }
        if (length(value) > maxLength) {
            return Optional.of(InputProblem.of(row, field, "text.error.tooLong", maxLength));
        }
        return Optional.empty();
    }

    /** Whether the text has a character the shape forbids. */
    public static boolean hasForbidden(String text, Shape shape) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (forbidden(c, shape)) {
                return true;
            }
        }
        return false;
    }

    private static boolean forbidden(int c, Shape shape) {
        boolean lineBreak = c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85;
        if (shape == Shape.MULTI_LINE && (lineBreak || c == '\t')) {
            return false;
        }
        return lineBreak || Character.getType(c) == Character.CONTROL;
    }

    /** Space, no-break space, ideographic space, BOM and the other format spaces people paste around text. */
    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF || c == 0x200B;
    }
}
