package com.qinglian.rubric;

import java.math.BigDecimal;

/**
 * Why an item refuses a score, with what the message needs: the item's points and the rubric's step.
 *
 * @param reason which rule the score breaks
 */
public record ScoreRefusal(Reason reason, String itemCode, BigDecimal points, BigDecimal step) {

    /** The rule a refused score breaks. */
    public enum Reason {
        NEGATIVE("rubric.score.negative"),
        ABOVE_POINTS("rubric.score.abovePoints"),
        OFF_STEP("rubric.score.offStep");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        /** The message key; its arguments are the item code, the points and the step. */
        public String key() {
            return key;
        }
    }

    /** The points without trailing zeros, as messages show them. */
    public String plainPoints() {
        return points.stripTrailingZeros().toPlainString();
    }

    /** The step without trailing zeros, as messages show it. */
    public String plainStep() {
        return step.stripTrailingZeros().toPlainString();
    }
}
