package com.qinglian.shared;

import java.math.BigDecimal;
import java.util.List;

/**
 * Reads a number typed by a person: a plain decimal ({@code 3}, {@code -2.5}, {@code +0.75}) within stated
 * bounds, refused before any arithmetic otherwise. {@link BigDecimal#BigDecimal(String)} accepts exponents
 * such as {@code 1e999999999}, whose later arithmetic throws or runs for seconds and exhausts the heap; this
 * reader never builds a number it has not checked. Pure (no Spring), so every reader of numbers can use it.
 */
public final class PlainDecimal {

    /** Longest text looked at; anything longer is refused without reading it (a megabyte of zeros is no number). */
    public static final int MAX_TEXT_LENGTH = 40;

    /**
     * The largest number a reader accepts.
     *
     * @param integerDigits digits before the decimal point, leading zeros not counted
     * @param scale digits after the decimal point, trailing zeros not counted
     */
    public record Bounds(int integerDigits, int scale) {

        /** Scores, counts, rates and multipliers: up to 999,999,999,999 and six decimals. */
        public static final Bounds DEFAULT = new Bounds(12, 6);

        public Bounds {
            if (integerDigits < 1 || scale < 0 || integerDigits + scale > MAX_TEXT_LENGTH - 2) {
                throw new IllegalArgumentException("bounds out of range: " + integerDigits + ", " + scale);
            }
        }
    }

    /**
     * A refused number; {@link #key()} is a key of the message files and {@link #args()} its arguments, so
     * the web and the command line word it alike.
     */
    public static final class Refused extends IllegalArgumentException {

        private final String key;
        private final List<Object> args;

        Refused(String key, Object... args) {
            super(key + " " + List.of(args));
            this.key = key;
            this.args = List.of(args);
        }

        public String key() {
            return key;
        }

        public List<Object> args() {
            return args;
        }
    }

    private PlainDecimal() {}

    /** Reads {@code text} (already trimmed) with the {@link Bounds#DEFAULT default bounds}. */
    public static BigDecimal parse(String text) {
        return parse(text, Bounds.DEFAULT);
    }

    /**
     * Reads an optional sign, digits and at most one decimal point ({@code .5} and {@code 5.} included);
     * nothing else (no exponent, no grouping, no spaces, no {@code NaN}). Throws {@link Refused} naming the rule broken.
     */
    public static BigDecimal parse(String text, Bounds bounds) {
        if (text == null || text.isEmpty()) {
            throw new Refused("number.error.empty");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new Refused("number.error.tooLong", MAX_TEXT_LENGTH);
        }
        int start = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
        int point = -1;
        int digits = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && point < 0) {
                point = i;
            } else if (c >= '0' && c <= '9') {
                digits++;
            } else {
                throw new Refused("number.error.notPlain", shown(text));
            }
        }
        if (digits == 0) {
            throw new Refused("number.error.notPlain", shown(text));
        }
        int end = point < 0 ? text.length() : point;
        int firstSignificant = start;
        while (firstSignificant < end - 1 && text.charAt(firstSignificant) == '0') {
            firstSignificant++;
        }
        if (end - firstSignificant > bounds.integerDigits()) {
            throw new Refused("number.error.tooManyDigits", shown(text), bounds.integerDigits());
        }
        if (point >= 0) {
            int lastSignificant = text.length() - 1;
            while (lastSignificant > point && text.charAt(lastSignificant) == '0') {
                lastSignificant--;
            }
            if (lastSignificant - point > bounds.scale()) {
                throw new Refused("number.error.tooManyDecimals", shown(text), bounds.scale());
            }
        }
        return new BigDecimal(text);
    }

    /**
     * Whether a number already built (by a form binder, a JSON reader, a spreadsheet) lies within {@code bounds}:
     * at most {@code integerDigits} before the point and {@code scale} after it, trailing zeros not counted.
     * Looks only at precision and scale, so {@code 1e999999999} and {@code 1e-999999999} are refused at once,
     * before any arithmetic on them. False for null.
     */
    public static boolean within(BigDecimal value, Bounds bounds) {
        if (value == null) {
            return false;
        }
        long scale = value.scale();
        long integerDigits = (long) value.precision() - scale;
        if (integerDigits > bounds.integerDigits()) {
            return value.signum() == 0;
        }
        if (scale <= bounds.scale()) {
            return true;
        }
        // more decimals than allowed may still be trailing zeros (2.500000000); strip only a short number
        return value.precision() <= MAX_TEXT_LENGTH
                && Math.max(value.stripTrailingZeros().scale(), 0) <= bounds.scale();
    }

    /**
     * The number as a person writes it ({@code 2.5}, never {@code 2.5E+1}) when it lies within the default
     * bounds; otherwise its short scientific form, so that showing a hostile number never writes a billion zeros.
     */
    public static String text(BigDecimal value) {
        return within(value, Bounds.DEFAULT) ? value.toPlainString() : value.toString();
    }

    /** Whether {@code text} is a number {@link #parse(String, Bounds)} would accept. */
    public static boolean isPlain(String text, Bounds bounds) {
        try {
            parse(text, bounds);
            return true;
        } catch (Refused e) {
            return false;
        }
    }

    private static String shown(String text) {
        return text.length() <= MAX_TEXT_LENGTH ? text : text.substring(0, MAX_TEXT_LENGTH) + "…";
    }
}
