package com.qinglian.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A unit's answer to one rubric item: its own score, why, and (through evidence or a stated reason)
 * what proves it.
 *
 * @param version optimistic-lock counter: a save based on an older version is refused
 */
public record ItemAnswer(
        String itemCode,
        BigDecimal selfScore,
        String explanation,
        String noEvidenceReason,
        ItemStatus status,
        String returnReason,
        int version,
        Instant updatedAt,
        String updatedBy) {

    public static ItemAnswer empty(String itemCode) {
        return new ItemAnswer(itemCode, null, null, null, ItemStatus.DRAFT, null, 0, null, null);
    }

    /** Complete enough to hand in: a score, an explanation, and evidence or a reason why none is needed. */
    public boolean isComplete(boolean hasEvidence) {
        return selfScore != null && !blank(explanation) && (hasEvidence || !blank(noEvidenceReason));
    }

    public boolean isStarted() {
        return selfScore != null || !blank(explanation) || !blank(noEvidenceReason);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
