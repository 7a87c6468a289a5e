package com.qinglian.evidence.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hashes what is read and, at the end of the stream, compares it with the SHA-256 recorded when the content was
 * stored: content changed in the store fails the read with an IOException instead of being handed on as evidence.
 */
final class VerifyingInputStream extends FilterInputStream {

    private final MessageDigest digest;
    private final String expectedSha256;
    private final String key;
    private boolean checked;

    VerifyingInputStream(InputStream in, String expectedSha256, String key) {
        super(in);
        this.expectedSha256 = expectedSha256;
        this.key = key;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b == -1) {
            check();
        } else {
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read == -1) {
            check();
        } else {
            digest.update(buffer, offset, read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes must still be hashed
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read == -1) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check() throws IOException {
        if (checked) {
            return;
        }
        checked = true;
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(expectedSha256)) {
            throw new IOException("stored evidence " + key + " does not match its SHA-256 (expected " + expectedSha256
                    + ", read " + actual + ")");
        }
    }
}
