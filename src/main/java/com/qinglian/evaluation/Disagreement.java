package com.qinglian.evaluation;

import java.math.BigDecimal;
import java.util.List;

/** Several evaluators' scores for one item of a unit that differ. */
public record Disagreement(String unitCode, String unitName, String itemCode, List<EvaluatorScore> scores) {

    public Disagreement {
        scores = List.copyOf(scores);
    }

    public BigDecimal spread() {
        BigDecimal max = scores.stream()
                .map(EvaluatorScore::score)
                .reduce(BigDecimal::max)
                .orElse(BigDecimal.ZERO);
        BigDecimal min = scores.stream()
                .map(EvaluatorScore::score)
                .reduce(BigDecimal::min)
                .orElse(BigDecimal.ZERO);
        return max.subtract(min);
    }
}
