package com.qinglian.scoring;

import java.math.BigDecimal;

/**
 * A fact the organiser recorded for one unit: a yes/no fact (1 yes, 0 no) or a measured figure, with its basis.
 *
 * @param unitCode the unit concerned
 * @param factCode a fact code of the rubric
 * @param value 1 or 0 for a yes/no fact, the figure for a number
 * @param basis where the fact comes from (文号, 通报, survey), echoed in the explanation; may be null
 */
public record FactInput(String unitCode, String factCode, BigDecimal value, String basis) {

    public FactInput {
        if (unitCode == null || factCode == null || value == null) {
            throw new IllegalArgumentException("unit, fact and value are required");
        }
    }

    public static FactInput yes(String unitCode, String factCode, String basis) {
        return new FactInput(unitCode, factCode, BigDecimal.ONE, basis);
    }

    public static FactInput measured(String unitCode, String factCode, String value, String basis) {
        return new FactInput(unitCode, factCode, new BigDecimal(value), basis);
    }

    public boolean isYes() {
        return value.signum() != 0;
    }
}
