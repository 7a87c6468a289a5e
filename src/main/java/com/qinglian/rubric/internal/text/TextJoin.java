package com.qinglian.rubric.internal.text;

/** Joins the pieces of a wrapped cell: line breaks are layout, not wording; Latin words keep a space between. */
final class TextJoin {

    private TextJoin() {}

    /** The piece to append to {@code sofar}: itself, or with a space when two Latin words would touch. */
    static String piece(CharSequence sofar, String next) {
        String part = Marks.strip(next);
        if (part.isEmpty()) {
            return "";
        }
        if (sofar.length() > 0 && isLatin(sofar.charAt(sofar.length() - 1)) && isLatin(part.charAt(0))) {
            return " " + part;
        }
        return part;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetter(c);
    }
}
