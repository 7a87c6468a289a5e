package com.qinglian.rubric;

import java.math.BigDecimal;

/**
 * A condition printed on a node ("满意度低于90%的,该项不得分", "未完成年度任务的,本指标不得分"): when it holds,
 * the node scores at most {@code cap} (0: nothing).
 *
 * @param when the condition
 * @param cap what the node may give at most while the condition holds; 0 when the rubric says 不得分
 */
public record Gate(Condition when, BigDecimal cap) {

    public Gate {
        cap = cap == null ? BigDecimal.ZERO : cap;
    }

    /**
     * Holds when the fact (or the score of an earlier node) is below {@code below}, or at least {@code atLeast};
     * a yes/no fact with neither holds when it is yes. A fact not recorded for the unit never holds.
     *
     * @param fact a fact code of the rubric, or null
     * @param node the code of a node scored before this one (earlier in published order, not above it), or null
     * @param below holds when the value is below this, or null
     * @param atLeast holds when the value is at least this, or null
     */
    public record Condition(String fact, String node, BigDecimal below, BigDecimal atLeast) {}
}
