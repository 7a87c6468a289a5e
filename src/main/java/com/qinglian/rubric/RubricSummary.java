package com.qinglian.rubric;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of the rubric list. */
public record RubricSummary(
        String code,
        String version,
        String title,
        BigDecimal total,
        int itemCount,
        RubricStatus status,
        RubricOrigin origin,
        Instant createdAt,
        Instant publishedAt) {

    public static RubricSummary of(StoredRubric stored) {
        Rubric r = stored.rubric();
        return new RubricSummary(
                r.code(),
                r.version(),
                r.title(),
                r.total(),
                r.items().size(),
                stored.status(),
                stored.origin(),
                stored.createdAt(),
                stored.publishedAt());
    }
}
