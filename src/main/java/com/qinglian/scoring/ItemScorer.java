package com.qinglian.scoring;

import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.Rounding;
import com.qinglian.rubric.RubricNode;
import java.math.BigDecimal;

/** Turns one item's input into its score according to the item's rule. */
final class ItemScorer {

    private final BigDecimal step;

    ItemScorer(BigDecimal step) {
        this.step = step;
    }

    /** The score and how it came about; {@code missing} when the rule needed an input and got none. */
    record ItemScore(BigDecimal score, String detail, boolean missing) {}

    ItemScore score(RubricNode item, BigDecimal value) {
        return score(item, value, null);
    }

    ItemScore score(RubricNode item, BigDecimal value, BigDecimal target) {
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
                    proportional(points, p.target(), value, p.effectiveRounding()),
                    value.toPlainString() + " / " + p.target().toPlainString() + " × " + points.toPlainString()
                            + rounded(p.effectiveRounding()),
                    false);
        }
        if (rule instanceof ItemRule.Rate r) {
            return rate(points, r, value, target);
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

    /** value / target × points, rounded as the rubric states (by default down to the step), within 0..points. */
    private BigDecimal proportional(BigDecimal points, BigDecimal target, BigDecimal value, Rounding rounding) {
        if (value.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal increment = rounding.to() == null ? step : rounding.to();
        BigDecimal increments = value.multiply(points).divide(target.multiply(increment), 0, rounding.mode());
        return increments.multiply(increment).min(points);
    }

    /** 完成率: the actual figure against the unit's own target; a target of 0 gives full marks only when stated. */
    private ItemScore rate(BigDecimal points, ItemRule.Rate rule, BigDecimal actual, BigDecimal target) {
        if (target == null) {
            return new ItemScore(BigDecimal.ZERO, "missing target", true);
        }
        String detail = actual.toPlainString() + " / " + target.toPlainString() + " × " + points.toPlainString();
        if (target.signum() == 0) {
            return rule.zeroTargetFull()
                    ? new ItemScore(points, detail + ", target 0: full marks", false)
                    : new ItemScore(BigDecimal.ZERO, detail + ", target 0: no marks", false);
        }
        Rounding rounding = rule.rounding() == null ? Rounding.STEP_DOWN : rule.rounding();
        return new ItemScore(proportional(points, target, actual, rounding), detail + rounded(rounding), false);
    }

    private String rounded(Rounding rounding) {
        if (rounding.equals(Rounding.STEP_DOWN)) {
            return "";
        }
        return ", rounded " + rounding.modeKey() + " to "
                + (rounding.to() == null ? step : rounding.to()).toPlainString();
    }
}
