package com.qinglian.results;

import java.time.Instant;

/** New evidence attached to an appeal, checked by the evidence intake like any evidence. */
public record AppealFile(
        long id, long appealId, String displayName, String kind, long sizeBytes, String sha256, Instant uploadedAt) {}
