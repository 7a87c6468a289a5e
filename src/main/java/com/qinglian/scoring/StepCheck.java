package com.qinglian.scoring;

import java.math.BigDecimal;

/** Tells whether a value is a multiple of the rubric's step, without a division for the common whole numbers. */
record StepCheck(BigDecimal step, boolean wholeNumbersFit) {

    StepCheck(BigDecimal step) {
        this(step, BigDecimal.ONE.remainder(step).signum() == 0);
    }

    boolean isMultiple(BigDecimal value) {
        if (wholeNumbersFit && (value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0)) {
            return true;
        }
        return value.remainder(step).signum() == 0;
    }
}
