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

    /** value / target × points, capped at the points. */
    record Proportional(BigDecimal target) implements ItemRule {
        public String type() {
            return "proportional";
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
