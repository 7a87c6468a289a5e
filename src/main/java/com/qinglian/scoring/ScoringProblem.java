package com.qinglian.scoring;

import java.util.List;

/**
 * One input the engine refused.
 *
 * @param source which input list the problem is in
 * @param index position in that list (0-based), so a caller can point at its own file line
 * @param field the field at fault: {@code unit}, {@code item}, {@code value}, {@code rule}, {@code code}
 * @param message what is wrong in English, naming the unit and the item or rule code
 * @param key the same as a key of the message files ({@code scoring.error.*}), so callers can show it in the
 *     user's language; null when the problem has no key
 * @param args the arguments of that message
 */
public record ScoringProblem(Source source, int index, String field, String message, String key, List<Object> args) {

    /** The input list a problem is in. */
    public enum Source {
        UNIT,
        ITEM_INPUT,
        CASE,
        FACT
    }

    public ScoringProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public ScoringProblem(Source source, int index, String field, String message) {
        this(source, index, field, message, null, List.of());
    }

    static ScoringProblem keyed(Source source, int index, String field, String message, String key, Object... args) {
        return new ScoringProblem(source, index, field, message, key, List.of(args));
    }

    @Override
    public String toString() {
        return message;
    }
}
