package com.qinglian.ledger.surveys;

import java.util.Arrays;
import java.util.Optional;

/** A unit's overall rating in a survey, as the survey sheets write it. */
public enum SurveyRating {
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    DISSATISFIED("不满意");

    private final String chinese;

    SurveyRating(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public static Optional<SurveyRating> parse(String text) {
        String value = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(r -> r.chinese.equals(value) || r.name().equalsIgnoreCase(value))
                .findFirst();
    }
}
