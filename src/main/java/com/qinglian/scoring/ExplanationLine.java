package com.qinglian.scoring;

import java.math.BigDecimal;

/**
 * One line of a unit's explanation. The points of all lines of a unit add up to its final total,
 * so every point is accounted for: items, node caps and floors, cases, rule caps, the total's floor and vetoes.
 *
 * @param kind what the line accounts for
 * @param code the item, node or rule code; {@code negativeList} or {@code bonus} for a list-wide cap; empty for the total
 * @param points signed points this line adds to the total
 * @param detail how the points came about (e.g. {@code 2 × 2}), or null when the points say it all (a manual score)
 */
public record ExplanationLine(Kind kind, String code, BigDecimal points, String detail) {

    /** What a line accounts for. */
    public enum Kind {
        /** An item's score, added to its (additive) parent. */
        ITEM,
        /** The starting points of a deduct-from-base node. */
        NODE_BASE,
        /** What a child item of a deduct-from-base node takes away. */
        ITEM_LOSS,
        /** Points above an additive node's maximum, taken away. */
        NODE_CAP,
        /** Points given back so a deduct-from-base node does not fall below its floor. */
        NODE_FLOOR,
        /** A negative-list case. */
        DEDUCTION,
        /** Deductions above a rule's or the negative list's cap, given back. */
        DEDUCTION_CAP,
        /** A bonus case. */
        BONUS,
        /** Bonus above a rule's or the bonus list's cap, taken away. */
        BONUS_CAP,
        /** Points given back so the total does not fall below the floor. */
        TOTAL_FLOOR,
        /** Points taken away by a veto that zeroes the total. */
        VETO,
        /** A case of a clause printed inside a node: taken from (negative) or added to (positive) that node. */
        CLAUSE,
        /** Points given back or taken away so a node stays within its clamp (floor and points) after its clauses. */
        NODE_CLAMP,
        /** Points a node loses because a gate's condition holds (不得分, or capped). */
        GATE,
        /** What 折算 adds or takes: the rescaled figure minus the figure before it. */
        RESCALE
    }
}
