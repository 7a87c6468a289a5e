package com.qinglian.evidence;

import com.qinglian.evidence.internal.HashingCopy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Accepts uploaded evidence: spools it to a private work file (never named after the upload), decides its kind
 * from the content, and only then stores it. A refused upload leaves nothing behind. Limits come from
 * {@code qinglian.evidence.max-file-mb} (default 20) and {@code qinglian.evidence.max-unit-mb} (default 500).
 */
@Service
public class EvidenceIntake {

    private static final long MB = 1024L * 1024L;

    private final EvidenceStore store;
    private final FileTypeDetector detector;
    private final Path workDir;
    private final long maxFileBytes;
    private final long maxUnitBytes;

    @Autowired
    public EvidenceIntake(
            EvidenceStore store,
            @Value("${qinglian.data-dir}") Path dataDir,
            @Value("${qinglian.evidence.max-file-mb:20}") long maxFileMb,
            @Value("${qinglian.evidence.max-unit-mb:500}") long maxUnitMb) {
        this(store, new FileTypeDetector(), dataDir.resolve("evidence-intake"), maxFileMb * MB, maxUnitMb * MB);
    }

    /** For callers outside Spring and for tests: limits in bytes, work files under workDir. */
    public EvidenceIntake(
            EvidenceStore store, FileTypeDetector detector, Path workDir, long maxFileBytes, long maxUnitBytes) {
        if (maxFileBytes <= 0 || maxUnitBytes <= 0) {
            throw new IllegalArgumentException("evidence limits must be positive");
        }
        this.store = store;
        this.detector = detector;
        this.workDir = workDir;
        this.maxFileBytes = maxFileBytes;
        this.maxUnitBytes = maxUnitBytes;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public long maxUnitBytes() {
        return maxUnitBytes;
    }

    /** Checks and stores one upload under the per-file limit. */
    public AcceptedFile accept(String originalFilename, InputStream content) {
        return accept(originalFilename, content, maxFileBytes);
    }

    /**
     * Checks and stores one upload of at most maxBytes. Identical content gives an identical SHA-256, so callers
     * can recognise a re-upload; each call stores a new blob under a new key.
     *
     * @throws EvidenceRejectedException when the upload is refused; nothing is stored then
     * @throws UncheckedIOException when the upload cannot be read or stored
     */
    public AcceptedFile accept(String originalFilename, InputStream content, long maxBytes) {
        String displayName = DisplayNames.sanitize(originalFilename);
        Path work = null;
        try {
            Files.createDirectories(workDir);
            work = Files.createTempFile(workDir, "upload-", ".part");
            HashingCopy.Copied copied = HashingCopy.copy(content, work, maxBytes);
            if (copied.size() == 0) {
                throw new EvidenceRejectedException(Refusal.EMPTY);
            }
            FileKind kind = detector.detect(work);
            StoredBlob blob;
            try (InputStream spooled = Files.newInputStream(work)) {
                blob = store.put(spooled, copied.size());
            }
            if (!blob.sha256().equals(copied.sha256())) {
                store.delete(blob.key());
                throw new IOException("stored content differs from the upload");
            }
            return new AcceptedFile(blob.key(), blob.sha256(), blob.size(), kind, displayName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(work);
        }
    }

    /**
     * Checks and stores one upload for a unit that already holds unitBytesUsed of evidence: refused when it is
     * larger than the per-file limit, or would take the unit past its total. Two concurrent uploads of one unit
     * may both pass; callers that must be exact serialise uploads per unit.
     */
    public AcceptedFile acceptForUnit(String originalFilename, InputStream content, long unitBytesUsed) {
        long room = maxUnitBytes - unitBytesUsed;
        if (room <= 0) {
            throw unitQuotaExceeded();
        }
        if (room >= maxFileBytes) {
            return accept(originalFilename, content, maxFileBytes);
        }
        try {
            return accept(originalFilename, content, room);
        } catch (EvidenceRejectedException e) {
            throw e.reason() == Refusal.TOO_LARGE ? unitQuotaExceeded() : e;
        }
    }

    /**
     * Refuses when adding incomingBytes to a unit holding unitBytesUsed would pass the per-unit total.
     *
     * @throws EvidenceRejectedException with {@link Refusal#UNIT_QUOTA} (argument: the total in MB)
     */
    public void requireUnitRoom(long unitBytesUsed, long incomingBytes) {
        if (unitBytesUsed + incomingBytes > maxUnitBytes) {
            throw unitQuotaExceeded();
        }
    }

    private EvidenceRejectedException unitQuotaExceeded() {
        return new EvidenceRejectedException(Refusal.UNIT_QUOTA, HashingCopy.megabytes(maxUnitBytes));
    }

    private static void deleteQuietly(Path work) {
        if (work != null) {
            try {
                Files.deleteIfExists(work);
            } catch (IOException ignored) {
                // a leftover work file holds no evidence and is never served; the next start does not need it
            }
        }
    }
}
