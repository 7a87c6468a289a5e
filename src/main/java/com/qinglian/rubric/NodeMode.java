package com.qinglian.rubric;

/** How a node's score comes from its children. */
public enum NodeMode {
    /** Sum of the children's scores, capped at the node's points. */
    ADDITIVE,
    /** Starts at the node's points and loses what the children's deduction rules take (扣完为止). */
    DEDUCT,
    /**
     * Alternative blocks (个性指标): each child is one unit's (or one group of units') own block worth the node's
     * points; the unit scores the one block that applies to it.
     */
    VARIANT;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
