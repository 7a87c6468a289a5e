package com.qinglian.unit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of evaluated unit; ranks are computed within each kind as well as overall. */
public enum UnitType {
    AGENCY("机关"),
    STATION("站所");

    private final String chinese;

    UnitType(String chinese) {
        this.chinese = chinese;
    }

    /** The lower-case code rubrics use in {@code appliesTo}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String chinese() {
        return chinese;
    }

    /** Accepts 机关/站所 as in the published sheets, or agency/station. */
    public static Optional<UnitType> parse(String text) {
        String value = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(t -> t.chinese.equals(value) || t.name().equalsIgnoreCase(value))
                .findFirst();
    }
}
