package com.qinglian.ledger.cases;

/** Where a case came from: entered by an organiser, or derived from a 不满意 rating of the public survey. */
public enum CaseSource {
    MANUAL,
    /** Kept in step with the latest 万人双评议 import; not edited by hand. */
    SURVEY
}
