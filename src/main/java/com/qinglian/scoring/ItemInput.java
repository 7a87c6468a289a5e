package com.qinglian.scoring;

import java.math.BigDecimal;

/**
 * One input for one item of one unit. What {@code value} means depends on the item's rule:
 * the score for a manual item, the number of cases (or shortfalls) for a deduction item, the
 * measured value for threshold, proportional and tiered items.
 */
public record ItemInput(String unitCode, String itemCode, BigDecimal value) {

    public ItemInput {
        if (unitCode == null || itemCode == null || value == null) {
            throw new IllegalArgumentException("unit, item and value are required");
        }
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
