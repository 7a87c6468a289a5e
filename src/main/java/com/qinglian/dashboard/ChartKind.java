package com.qinglian.dashboard;

/**
 * How the browser draws a {@link ChartTable}: the first column gives the categories (or radar axes), the
 * next {@code plotted} columns the series. For {@link #RADAR} the second column is each axis' maximum.
 */
public enum ChartKind {
    BAR,
    STACKED_BAR,
    HORIZONTAL_BAR,
    LINE,
    RADAR
}
