package com.qinglian.evidence.internal;

import com.qinglian.evidence.EvidenceRejectedException;
import com.qinglian.evidence.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Copies a stream to a file while counting and hashing it (SHA-256), stopping as soon as a limit is passed. */
public final class HashingCopy {

    private static final int BUFFER = 64 * 1024;

    private HashingCopy() {}

    /** The size and SHA-256 (lower-case hex) of what was copied. */
    public record Copied(long size, String sha256) {}

    /**
     * Writes at most maxBytes of content to target (which must exist and is truncated).
     *
     * @throws EvidenceRejectedException with {@link Refusal#TOO_LARGE} (argument: the limit in whole MB) as soon
     *     as more than maxBytes arrive; the partly written target is left for the caller to delete
     */
    public static Copied copy(InputStream content, Path target, long maxBytes) throws IOException {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative");
        }
        MessageDigest digest = sha256();
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out =
                Files.newOutputStream(target, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            int read;
            while ((read = content.read(buffer)) != -1) {
                size += read;
                if (size > maxBytes) {
                    throw new EvidenceRejectedException(Refusal.TOO_LARGE, megabytes(maxBytes));
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        }
        return new Copied(size, HexFormat.of().formatHex(digest.digest()));
    }

    /** The limit as users see it: whole megabytes, rounded up. */
    public static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
