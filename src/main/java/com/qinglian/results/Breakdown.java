package com.qinglian.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A unit's explanation: every node's score and every line that makes up the total. */
public record Breakdown(UnitOutcome outcome, Map<String, NodeValue> nodes, List<Line> lines) {

    /** A node's score out of its maximum (both 0 where the node does not apply). */
    public record NodeValue(BigDecimal score, BigDecimal max) {}

    /** One explanation line; the points of all lines add up to the total. */
    public record Line(String kind, String code, BigDecimal points, String detail) {}

    public BigDecimal sum() {
        return lines.stream().map(Line::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public NodeValue node(String code) {
        return nodes.getOrDefault(code, new NodeValue(BigDecimal.ZERO, BigDecimal.ZERO));
    }
}
