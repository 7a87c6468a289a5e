package com.qinglian.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One evaluator's score for one item of one unit, with their comment. Kept apart from the unit's self
 * score and from every other evaluator's score; nothing ever overwrites another person's score.
 *
 * @param version optimistic-lock counter
 */
public record EvaluatorScore(
        String unitCode,
        String itemCode,
        String evaluator,
        BigDecimal score,
        String comment,
        int version,
        Instant updatedAt) {}
