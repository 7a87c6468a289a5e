package com.qinglian.scoring;

import java.math.BigDecimal;

/**
 * One input for one item of one unit. What {@code value} means depends on the item's rule:
 * the score for a manual item, the number of cases (or shortfalls) for a deduction item, the
 * measured value for threshold, proportional and tiered items, the actual figure for a rate item, whose
 * {@code target} is the unit's own (下达任务数; null for every other rule).
 */
public record ItemInput(String unitCode, String itemCode, BigDecimal value, BigDecimal target) {

    /** An input without a target of its own. */
    public ItemInput(String unitCode, String itemCode, BigDecimal value) {
        this(unitCode, itemCode, value, null);
    }

    public ItemInput {
        if (unitCode == null || itemCode == null || value == null) {
            throw new IllegalArgumentException("unit, item and value are required");
        }
    }

    /** The actual figure of a {@code rate} item against this unit's target (实际完成数 / 下达任务数). */
    public static ItemInput rate(String unitCode, String itemCode, String actual, String target) {
        return new ItemInput(unitCode, itemCode, new BigDecimal(actual), new BigDecimal(target));
    }

    public static ItemInput score(String unitCode, String itemCode, String score) {
        return new ItemInput(unitCode, itemCode, new BigDecimal(score));
    }

    public static ItemInput count(String unitCode, String itemCode, int cases) {
        return new ItemInput(unitCode, itemCode, BigDecimal.valueOf(cases));
    }

    public static ItemInput measured(String unitCode, String itemCode, String value) {
        return new ItemInput(unitCode, itemCode, new BigDecimal(value));
    }
}
