package com.qinglian.rubric;

/** The published levels of a rubric tree; only {@link #ITEM} nodes are scored directly. */
public enum NodeLevel {
    GROUP,
    DIMENSION,
    INDICATOR,
    ITEM;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
