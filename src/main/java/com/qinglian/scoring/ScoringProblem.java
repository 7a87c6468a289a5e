package com.qinglian.scoring;

/**
 * One input the engine refused.
 *
 * @param source which input list the problem is in
 * @param index position in that list (0-based), so a caller can point at its own file line
 * @param field the field at fault: {@code unit}, {@code item}, {@code value}, {@code rule}, {@code code}
 * @param message what is wrong, naming the unit and the item or rule code
 */
public record ScoringProblem(Source source, int index, String field, String message) {

    /** The input list a problem is in. */
    public enum Source {
        UNIT,
        ITEM_INPUT,
        CASE
    }

    @Override
    public String toString() {
        return message;
    }
}
