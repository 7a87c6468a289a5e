package com.qinglian.scoring;

import com.qinglian.rubric.NodeLevel;
import java.math.BigDecimal;

/**
 * The score of one rubric node for one unit.
 *
 * @param code node code
 * @param level node level
 * @param applicable false when the node (or an ancestor) does not apply to the unit's type; score and max are then 0
 * @param score the node's final score
 * @param max what the node can give this unit: its points, or less when some children do not apply
 * @param input the item's input value (score, count or measured value); null for non-items and missing inputs
 */
public record NodeScore(
        String code, NodeLevel level, boolean applicable, BigDecimal score, BigDecimal max, BigDecimal input) {}
