package com.qinglian.security;

/** What a name typed at the sign-in form may become in the audit trail and the logs. */
final class SignInNames {

    static final int MAX_LENGTH = 64;

    private SignInNames() {}

    /**
     * The typed name without control or format characters (line breaks, NUL, bidi overrides: nothing that
     * could forge a line in a log or hide text) and cut to {@link #MAX_LENGTH} code points.
     */
    static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        typed.strip()
                .codePoints()
                .filter(c -> Character.getType(c) != Character.CONTROL && Character.getType(c) != Character.FORMAT)
                .limit(MAX_LENGTH)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
