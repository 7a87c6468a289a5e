package com.qinglian.scoring;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A veto condition (一票否决) of a campaign: when it holds, the total is zeroed or the grade is capped or replaced.
 *
 * @param name what the report shows (e.g. 第四种形态一票否决)
 * @param when the condition
 * @param effect what happens
 * @param grade the grade to cap at or to set; unused for {@link Effect#ZERO_TOTAL}
 */
public record Veto(String name, Condition when, Effect effect, String grade) {

    public Veto {
        if (name == null || when == null || effect == null) {
            throw new IllegalArgumentException("a veto needs a name, a condition and an effect");
        }
        if (effect != Effect.ZERO_TOTAL && (grade == null || grade.isBlank())) {
            throw new IllegalArgumentException("veto " + name + " needs a grade");
        }
    }

    /** What a veto does. */
    public enum Effect {
        /** The grade is no better than {@link Veto#grade()} (in the order of the grade bands). */
        CAP_GRADE,
        /** The grade becomes {@link Veto#grade()}, which need not be a band (e.g. 不予认定). */
        SET_GRADE,
        /** The total becomes 0; an explicit explanation line takes the points away. */
        ZERO_TOTAL
    }

    /**
     * Holds when any of its parts holds; parts left empty never hold. Only counted cases (inside
     * the period, count above 0) are considered; {@code totalBelow} compares the total before vetoes.
     */
    public record Condition(Set<String> anyCaseOf, boolean anyNegativeCase, BigDecimal totalBelow) {

        public Condition {
            anyCaseOf = anyCaseOf == null ? Set.of() : Set.copyOf(anyCaseOf);
        }

        public static Condition onAnyCaseOf(String... ruleCodes) {
            return new Condition(Set.of(ruleCodes), false, null);
        }

        public static Condition onAnyNegativeCase() {
            return new Condition(Set.of(), true, null);
        }

        public Condition orTotalBelow(BigDecimal total) {
            return new Condition(anyCaseOf, anyNegativeCase, total);
        }
    }
}
