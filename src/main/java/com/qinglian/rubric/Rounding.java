package com.qinglian.rubric;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rounding the rubric states: to a multiple of {@code to} (null: the rubric's step), in the given direction.
 *
 * @param to the increment, e.g. {@code 0.01}; null means the rubric's step
 * @param mode {@link RoundingMode#DOWN}, {@link RoundingMode#HALF_UP} or {@link RoundingMode#UP}
 */
public record Rounding(BigDecimal to, RoundingMode mode) {

    /** What proportional items did before the rubric could state a rounding: down to the step. */
    public static final Rounding STEP_DOWN = new Rounding(null, RoundingMode.DOWN);

    public Rounding {
        mode = mode == null ? RoundingMode.DOWN : mode;
    }

    /** {@code value} rounded to a multiple of the increment ({@code step} when the rounding names none). */
    public BigDecimal apply(BigDecimal value, BigDecimal step) {
        BigDecimal increment = to == null ? step : to;
        return value.divide(increment, 0, mode).multiply(increment);
    }

    /** The YAML and Excel word for the direction: down, halfUp or up. */
    public String modeKey() {
        return switch (mode) {
            case HALF_UP -> "halfUp";
            case UP -> "up";
            default -> "down";
        };
    }

    public static RoundingMode modeOf(String key) {
        return switch (key) {
            case "down" -> RoundingMode.DOWN;
            case "halfUp" -> RoundingMode.HALF_UP;
            case "up" -> RoundingMode.UP;
            default -> null;
        };
    }
}
