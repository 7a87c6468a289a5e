package com.qinglian.rubric;

/**
 * How a node scores when its printed points differ from the sum of its children (an arithmetic error of the
 * published table). The printed figure is kept either way; the choice is declared, never guessed.
 */
public enum PrintedTotal {
    /** The node gives what its children give; its maximum is the children's sum. */
    SUM,
    /** The printed figure caps what the children give; its maximum is the smaller of the two. */
    CAP;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
