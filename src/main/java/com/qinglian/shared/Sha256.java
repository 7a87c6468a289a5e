package com.qinglian.shared;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as lower-case hex, the form every stored digest of the system takes. */
public final class Sha256 {

    private Sha256() {}

    public static String hex(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A digest of text given piece by piece, equal to {@link #hex(String)} of the pieces joined: for inputs too
     * large to hold as one string (a province's millions of scores).
     */
    public static Text text() {
        return new Text();
    }

    /** Text fed into a SHA-256 digest as UTF-8, never held whole. */
    public static final class Text {

        private final MessageDigest digest = digest();
        private final Writer out = new BufferedWriter(
                new OutputStreamWriter(
                        new DigestOutputStream(OutputStream.nullOutputStream(), digest), StandardCharsets.UTF_8),
                1 << 16);

        private Text() {}

        public Text append(Object value) {
            try {
                out.write(String.valueOf(value));
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The elements as {@code Collection.toString()} writes them: {@code [a, b, c]}. */
        public Text appendAll(Iterable<?> values) {
            append("[");
            String separator = "";
            for (Object value : values) {
                append(separator).append(value);
                separator = ", ";
            }
            return append("]");
        }

        public String hex() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
