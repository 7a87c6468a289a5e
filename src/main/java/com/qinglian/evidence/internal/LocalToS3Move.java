package com.qinglian.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies every blob of the local store to the S3 store under the same key, so no database row changes. Resumable:
 * an object already holding the same SHA-256 is not sent again. Every key, copied now or before, is read back
 * from the object store and its SHA-256 compared with the local file's. Local files are left in place.
 */
public final class LocalToS3Move {

    /** What a run did; failed names the keys whose copy could not be made or did not verify. */
    public record Outcome(int copied, int alreadyThere, int ignored, List<String> failed) {

        public boolean complete() {
            return failed.isEmpty();
        }
    }

    private final LocalEvidenceStore local;
    private final S3EvidenceStore s3;

    public LocalToS3Move(LocalEvidenceStore local, S3EvidenceStore s3) {
        this.local = local;
        this.s3 = s3;
    }

    public Outcome run(PrintStream progress) throws IOException {
        int copied = 0;
        int already = 0;
        int ignored = 0;
        List<String> failed = new ArrayList<>();
        Path root = local.root();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(root.resolve(".incoming")))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            String key = root.relativize(file).toString().replace('\\', '/');
            if (!LocalEvidenceStore.isKey(key)) {
                ignored++;
                continue;
            }
            try {
                String sha256 = sha256(file);
                if (s3.recordedSha256(key).filter(sha256::equals).isPresent()) {
                    already++;
                } else {
                    s3.upload(key, file, Files.size(file), sha256, S3EvidenceStore.md5Base64(file));
                    copied++;
                }
                readBack(key);
            } catch (IOException | RuntimeException e) {
                failed.add(key);
                progress.println("FAILED " + key + ": " + e.getMessage());
            }
        }
        return new Outcome(copied, already, ignored, List.copyOf(failed));
    }

    /** Reads the object to its end: the store's verifying stream fails unless it matches its SHA-256. */
    private void readBack(String key) throws IOException {
        try (InputStream in = s3.open(key)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
