package com.qinglian.assessment;

import java.time.Instant;
import java.util.List;

/** One submission, return or resubmission in a self-assessment's history. */
public record AssessmentEvent(Kind kind, List<String> itemCodes, String reason, String actor, Instant at) {

    public enum Kind {
        SUBMIT,
        RETURN,
        RESUBMIT
    }
}
