package com.qinglian.ledger.cases;

import java.time.Instant;

/** A document attached to a case (e.g. the scanned decision), stored as evidence content. */
public record CaseAttachment(
        long id,
        long caseId,
        String displayName,
        String kind,
        long sizeBytes,
        String sha256,
        Instant uploadedAt,
        String uploadedBy) {}
