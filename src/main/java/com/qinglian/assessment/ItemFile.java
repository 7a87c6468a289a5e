package com.qinglian.assessment;

import com.qinglian.evidence.FileKind;
import java.time.Instant;
import java.time.LocalDate;

/** One evidence file of an item as the pages show it; the stored file is reached only through its id. */
public record ItemFile(
        long id,
        String itemCode,
        String displayName,
        String kind,
        String mediaType,
        long sizeBytes,
        String sha256,
        LocalDate evidenceDate,
        Instant uploadedAt,
        String uploadedBy) {

    /** Whether browsers show it in the page; the file kind decides (a TIFF is an image, yet only downloaded). */
    public boolean previewable() {
        return FileKind.valueOf(kind).previewable();
    }
}
