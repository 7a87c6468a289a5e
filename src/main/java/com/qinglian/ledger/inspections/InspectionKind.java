package com.qinglian.ledger.inspections;

/** The organiser-run inspections of the comprehensive evaluation. */
public enum InspectionKind {
    /** 日常监督检查 */
    DAILY,
    /** 年中督查 */
    MID_YEAR
}
