package com.qinglian.results;

import java.util.List;

/**
 * An applicable item that has no final score yet, or a formula item without its measured value.
 *
 * @param owedBy who owes it: evaluators' user names, or empty when nobody is assigned; for organiser-only items
 *     and measured values the organisers ({@link #ORGANISER})
 */
public record MissingItem(String itemCode, String itemLabel, Kind kind, List<String> owedBy) {

    public static final String ORGANISER = "organiser";

    public MissingItem {
        owedBy = List.copyOf(owedBy);
    }

    /** What is missing: a person's score, or a measured value (e.g. a survey's satisfaction rate). */
    public enum Kind {
        SCORE,
        MEASURED
    }

    public boolean owedByOrganiser() {
        return owedBy.contains(ORGANISER);
    }
}
