package com.qinglian.assessment;

import java.time.Instant;
import java.time.LocalDate;

/** One evidence file of an item as the pages show it; the stored file is reached only through its id. */
public record EvidenceFile(
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

    public boolean previewable() {
        return mediaType.equals("application/pdf") || mediaType.startsWith("image/");
    }
}
