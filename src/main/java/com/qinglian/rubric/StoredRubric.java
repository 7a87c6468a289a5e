package com.qinglian.rubric;

import com.qinglian.shared.ConflictException;
import java.time.Instant;

/** A rubric as kept by the system: the rubric itself plus its life-cycle state. */
public record StoredRubric(
        Rubric rubric,
        RubricStatus status,
        RubricOrigin origin,
        Instant createdAt,
        String createdBy,
        Instant publishedAt,
        String publishedBy) {

    public boolean isPublished() {
        return status == RubricStatus.PUBLISHED;
    }

    /** Freezes the rubric; a published rubric cannot be published again, changed or deleted. */
    public StoredRubric publish(String actor, Instant now) {
        requireDraft();
        return new StoredRubric(rubric, RubricStatus.PUBLISHED, origin, createdAt, createdBy, now, actor);
    }

    public void requireDraft() {
        if (isPublished()) {
            throw new ConflictException("rubric " + rubric.code() + "/" + rubric.version() + " is published");
        }
    }
}
