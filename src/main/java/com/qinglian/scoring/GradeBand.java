package com.qinglian.scoring;

import java.math.BigDecimal;

/** A grade (等次) given to totals of at least {@code min}. */
public record GradeBand(String grade, BigDecimal min) {

    public GradeBand {
        if (grade == null || grade.isBlank() || min == null) {
            throw new IllegalArgumentException("a grade band needs a grade and a min");
        }
    }

    public static GradeBand of(String grade, String min) {
        return new GradeBand(grade, new BigDecimal(min));
    }
}
