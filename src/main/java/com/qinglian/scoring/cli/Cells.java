package com.qinglian.scoring.cli;

/** Rules for the text in CSV cells: trimming every kind of space, and control characters. */
final class Cells {

    private Cells() {}

    /**
     * The text without surrounding white space, counting the no-break space U+00A0, the ideographic space
     * U+3000 and a stray byte order mark, which {@link String#strip()} leaves.
     */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && space(text.charAt(start))) {
            start++;
        }
        while (end > start && space(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    /** Whether the text holds a control character (NUL, ESC, BEL, tab, line breaks, DEL, C1) or a line or paragraph separator. */
    static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (control(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text on one line: each run of control characters and spaces becomes one space, then trimmed. */
    static String singleLine(String text) {
        if (!hasControl(text)) {
            return trim(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (control(c) || space(c)) {
                gap = true;
            } else {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean control(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
