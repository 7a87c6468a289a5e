package com.qinglian.rubric;

import java.time.LocalDate;

/** The periods of a year an expectation counts in: a year is cut into {@link #count()} equal runs of months. */
public enum ExpectationPeriod {
    YEAR(1),
    HALF_YEAR(2),
    QUARTER(4),
    MONTH(12);

    private final int count;

    ExpectationPeriod(int count) {
        this.count = count;
    }

    /** How many periods a year has. */
    public int count() {
        return count;
    }

    /** Months in one period. */
    public int months() {
        return 12 / count;
    }

    /** The period (0-based) a date of its year falls in. */
    public int indexOf(LocalDate date) {
        return (date.getMonthValue() - 1) / months();
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
