package com.qinglian.rubric;

import java.math.BigDecimal;
import java.util.List;

/**
 * How an item turns its input into points. {@link Manual} takes a score entered by a person;
 * the others compute the score from a count or a measured value.
 */
public sealed interface ItemRule {

    String type();

    /** A person enters 0..points in the rubric's step. */
    record Manual() implements ItemRule {
        public String type() {
            return "manual";
        }
    }

    /** Points minus {@code perCase} for each case or shortfall, the loss capped at {@code cap} (null: the item's points). */
    record Deduction(BigDecimal perCase, BigDecimal cap) implements ItemRule {
        public String type() {
            return "deduction";
        }
    }

    /** All points when the measured value is at least {@code threshold}, otherwise none. */
    record Threshold(BigDecimal threshold) implements ItemRule {
        public String type() {
            return "threshold";
        }
    }

    /** value / target × points, capped at the points, rounded as stated (null: down to the rubric's step). */
    record Proportional(BigDecimal target, Rounding rounding) implements ItemRule {
        public Proportional(BigDecimal target) {
            this(target, null);
        }

        public String type() {
            return "proportional";
        }

        public Rounding effectiveRounding() {
            return rounding == null ? Rounding.STEP_DOWN : rounding;
        }
    }

    /**
     * 完成率: actual ÷ the unit's own target × points, capped at the points, rounded as stated. The target is an
     * input per unit (下达任务数); a target of 0 gives full marks when {@code zeroTargetFull}, else nothing.
     */
    record Rate(Rounding rounding, boolean zeroTargetFull) implements ItemRule {
        public String type() {
            return "rate";
        }
    }

    /** The first band whose {@code min} the value reaches gives its points; bands sorted by min, highest first. */
    record Tiered(List<Tier> tiers) implements ItemRule {
        public Tiered {
            tiers = tiers.stream().sorted((a, b) -> b.min().compareTo(a.min())).toList();
        }

        public String type() {
            return "tiered";
        }
    }

    record Tier(BigDecimal min, BigDecimal points) {}

    ItemRule MANUAL = new Manual();
}
