package com.qinglian.scoring;

import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.RubricNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Turns one item's input into its score according to the item's rule. */
final class ItemScorer {

    private final BigDecimal step;

    ItemScorer(BigDecimal step) {
        this.step = step;
    }

    /** The score and how it came about; {@code missing} when the rule needed an input and got none. */
    record ItemScore(BigDecimal score, String detail, boolean missing) {}

    ItemScore score(RubricNode item, BigDecimal value) {
        ItemRule rule = item.rule();
        BigDecimal points = item.points();
        if (rule instanceof ItemRule.Deduction d) {
            return deduct(points, d, value == null ? BigDecimal.ZERO : value);
        }
        if (value == null) {
            return new ItemScore(BigDecimal.ZERO, "missing", true);
        }
        if (rule instanceof ItemRule.Threshold t) {
            boolean reached = value.compareTo(t.threshold()) >= 0;
            return new ItemScore(
                    reached ? points : BigDecimal.ZERO,
                    value.toPlainString()
                            + (reached ? " ≥ " : " < ")
                            + t.threshold().toPlainString(),
                    false);
        }
        if (rule instanceof ItemRule.Proportional p) {
            return new ItemScore(
                    proportional(points, p.target(), value),
                    value.toPlainString() + " / " + p.target().toPlainString() + " × " + points.toPlainString(),
                    false);
        }
        if (rule instanceof ItemRule.Tiered t) {
            for (ItemRule.Tier tier : t.tiers()) {
                if (value.compareTo(tier.min()) >= 0) {
                    return new ItemScore(
                            tier.points().min(points),
                            value.toPlainString() + " ≥ " + tier.min().toPlainString(),
                            false);
                }
            }
            return new ItemScore(BigDecimal.ZERO, value.toPlainString() + " below every tier", false);
        }
        return new ItemScore(value, null, false);
    }

    /** points − count × perCase; the loss is capped at the rule's cap and at the item's points. */
    private static ItemScore deduct(BigDecimal points, ItemRule.Deduction rule, BigDecimal count) {
        BigDecimal limit = rule.cap() == null ? points : rule.cap().min(points);
        BigDecimal loss = count.multiply(rule.perCase());
        String detail = count.toPlainString() + " × " + rule.perCase().toPlainString();
        if (loss.compareTo(limit) > 0) {
            loss = limit;
            detail += " capped at " + limit.toPlainString();
        }
        return new ItemScore(points.subtract(loss), detail, false);
    }

    /** value / target × points, rounded down to the step (so totals stay on the step), within 0..points. */
    private BigDecimal proportional(BigDecimal points, BigDecimal target, BigDecimal value) {
        if (value.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal steps = value.multiply(points).divide(target.multiply(step), 0, RoundingMode.DOWN);
        return steps.multiply(step).min(points);
    }
}
