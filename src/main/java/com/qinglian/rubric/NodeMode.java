package com.qinglian.rubric;

/** How a node's score comes from its children. */
public enum NodeMode {
    /** Sum of the children's scores, capped at the node's points. */
    ADDITIVE,
    /** Starts at the node's points and loses what the children's deduction rules take (扣完为止). */
    DEDUCT;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
