package com.qinglian.assessment;

/** A unit's self-assessment: being written, handed in, or partly handed back for more work. */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED,
    RETURNED
}
