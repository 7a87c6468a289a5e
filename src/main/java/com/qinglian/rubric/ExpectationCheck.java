package com.qinglian.rubric;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the dated documents of one item meet a count expectation in the campaign's year: which periods
 * fall short, and by how much. Only documents dated inside the year count; documents without a date count
 * nowhere (they are reported, so that the unit can date them). Periods that have not begun yet are not
 * judged. It informs people; it never scores.
 *
 * @param undated documents without a date
 * @param outsideYear documents dated outside the year
 */
public record ExpectationCheck(
        EvidenceExpectation expectation, int year, List<Shortfall> shortfalls, int undated, int outsideYear) {

    /**
     * One period with fewer documents than expected.
     *
     * @param index 0-based period of the year (0 = first quarter for quarters)
     */
    public record Shortfall(ExpectationPeriod period, int index, int have, int need) {

        /** The message key naming the period; {@link #labelArgument()} fills it. */
        public String labelKey() {
            return "expectation.periodName." + period.key()
                    + (period == ExpectationPeriod.HALF_YEAR || period == ExpectationPeriod.QUARTER
                            ? "." + (index + 1)
                            : "");
        }

        /** The month for months; otherwise unused by the messages (the year is given by the check). */
        public int labelArgument() {
            return index + 1;
        }
    }

    public ExpectationCheck {
        shortfalls = List.copyOf(shortfalls);
    }

    /**
     * Checks {@code dates} (null for an undated document) against a count expectation, as of {@code today}.
     *
     * @throws IllegalArgumentException for an expectation that is not a count
     */
    public static ExpectationCheck of(
            EvidenceExpectation expectation, int year, List<LocalDate> dates, LocalDate today) {
        if (expectation.kind() != ExpectationKind.COUNT) {
            throw new IllegalArgumentException("only counts are checked, not " + expectation.kind());
        }
        ExpectationPeriod period = expectation.period();
        int[] have = new int[period.count()];
        int undated = 0;
        int outside = 0;
        for (LocalDate date : dates) {
            if (date == null) {
                undated++;
            } else if (date.getYear() != year) {
                outside++;
            } else {
                have[period.indexOf(date)]++;
            }
        }
        List<Shortfall> shortfalls = new ArrayList<>();
        for (int i = 0; i < period.count(); i++) {
            LocalDate begins = LocalDate.of(year, 1 + i * period.months(), 1);
            if (!begins.isAfter(today) && have[i] < expectation.perPeriod()) {
                shortfalls.add(new Shortfall(period, i, have[i], expectation.perPeriod()));
            }
        }
        return new ExpectationCheck(expectation, year, shortfalls, undated, outside);
    }

    public boolean met() {
        return shortfalls.isEmpty();
    }
}
