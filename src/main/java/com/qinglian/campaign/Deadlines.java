package com.qinglian.campaign;

import java.time.LocalDate;

/** The last day of each phase; any may be open (null). */
public record Deadlines(LocalDate selfAssessment, LocalDate review, LocalDate publicity) {

    public static final Deadlines NONE = new Deadlines(null, null, null);

    public Deadlines shiftedYears(int years) {
        return new Deadlines(shift(selfAssessment, years), shift(review, years), shift(publicity, years));
    }

    private static LocalDate shift(LocalDate date, int years) {
        return date == null ? null : date.plusYears(years);
    }
}
