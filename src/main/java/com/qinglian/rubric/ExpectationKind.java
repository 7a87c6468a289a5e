package com.qinglian.rubric;

/** What an item's text expects: a number of documents per period, a rate, or (an organiser's decision) nothing. */
public enum ExpectationKind {
    /** At least so many dated documents in every period of the year (每季度不少于1次). */
    COUNT,
    /** A share to reach (全覆盖, 100%, 不低于95%); shown to people, not checkable from document dates. */
    RATE,
    /** The organiser decided the item expects nothing the system can read. */
    NONE
}
