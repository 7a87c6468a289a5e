package com.qinglian.assessment;

import com.qinglian.unit.Unit;
import java.time.Instant;

/** One unit's self-assessment progress, for the organiser's overview. */
public record UnitProgress(
        Unit unit, AssessmentStatus status, Instant submittedAt, int answered, int applicable, boolean overdue) {

    public int percent() {
        return applicable == 0 ? 0 : Math.min(100, answered * 100 / applicable);
    }
}
