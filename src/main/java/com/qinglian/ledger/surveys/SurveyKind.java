package com.qinglian.ledger.surveys;

/** The surveys of the comprehensive evaluation; each campaign holds at most one import of each. */
public enum SurveyKind {
    /** 第三方测评 */
    THIRD_PARTY,
    /** 万人双评议: a 不满意 rating is also a negative-list case. */
    PUBLIC_RATING
}
