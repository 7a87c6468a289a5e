package com.qinglian.results;

/**
 * What an appeal contests: an item's final score, or a negative-list case.
 *
 * @param code the item code, or the case's id
 * @param label the item's label, or the case's rule and 文号, as the unit saw them
 */
public record AppealTarget(Kind kind, String code, String label) {

    /** An item score or a negative-list case. */
    public enum Kind {
        ITEM,
        CASE
    }

    /** The one open appeal per item or case is keyed by this. */
    public String key() {
        return kind + ":" + code;
    }
}
