package com.qinglian.assessment;

/** One item's answer: being written, handed in, or handed back with a reason. */
public enum ItemStatus {
    DRAFT,
    SUBMITTED,
    RETURNED
}
