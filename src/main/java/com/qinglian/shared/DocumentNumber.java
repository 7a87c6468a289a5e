package com.qinglian.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Document numbers (文号) such as {@code 瓯纪〔2025〕7号}. People type the year brackets in many ways
 * ({@code 〔〕}, {@code []}, {@code ()}, {@code （）}, {@code 【】}, {@code ［］}), in full-width or half-width
 * forms and with stray spaces (including no-break and ideographic spaces); all of these name the same
 * document. {@link #key(String)} gives the form to compare by, {@link #tidy(String)} the form to show and keep.
 * Pure (no Spring), so the ledger and the offline scorer decide sameness alike.
 */
public final class DocumentNumber {

    private static final Pattern SHAPE = Pattern.compile(".*〔[0-9]{4}〕[0-9]+号.*");

    private DocumentNumber() {}

    /**
     * The comparison key: compatibility-normalised (NFKC: full-width letters, digits and brackets become
     * half-width, U+3000 and U+00A0 become spaces), every opening year bracket made {@code 〔} and every closing
     * one {@code 〕} (the form of GB/T 9704), all white space removed, Latin letters in upper case.
     * Two document numbers are the same document exactly when their keys are equal. Empty for null or blank.
     */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); ) {
            int c = normalised.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            key.appendCodePoint(bracket(c));
        }
        return key.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * Whether the text has the shape of a document number: an issuer, a four-digit year in brackets and a
     * serial number ending in 号 ({@code 瓯纪〔2025〕7号}), in any of the spellings {@link #key} folds. Free
     * notes such as {@code 2021年度万人双评议} do not.
     */
    public static boolean looksLikeOne(String text) {
        return SHAPE.matcher(key(text)).matches();
    }

    /** Whether two document numbers name the same document; blank ones never do. */
    public static boolean same(String a, String b) {
        String keyA = key(a);
        return !keyA.isEmpty() && keyA.equals(key(b));
    }

    /**
     * The number as it is kept and shown: surrounding white space removed (including U+00A0 and U+3000) and
     * inner runs of white space made one space; brackets and widths are left as typed. Null for null or blank.
     */
    public static String tidy(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(c);
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static int bracket(int c) {
        return switch (c) {
            case '(', '[', '{', '【', '〖', '〘' -> '〔';
            case ')', ']', '}', '】', '〗', '〙' -> '〕';
            default -> c;
        };
    }
}
