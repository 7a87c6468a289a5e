package com.qinglian.shared.web;

/** What people type with a Chinese input method, brought to the plain form the readers expect. */
final class Typed {

    private Typed() {}

    /** Full-width digits, signs, point and spaces (０-９, ＋, －, ．, U+3000) as their half-width forms. */
    static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF0E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
