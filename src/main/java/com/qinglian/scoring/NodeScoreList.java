package com.qinglian.scoring;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.RandomAccess;

/** A unit's node scores kept as arrays by node position; {@link NodeScore} records are made when read. */
final class NodeScoreList extends AbstractList<NodeScore> implements RandomAccess {

    private final RubricLayout layout;
    private final BigDecimal[] scores;
    private final BigDecimal[] maxima;
    private final BigDecimal[] inputs;
    private final boolean[] applicable;

    NodeScoreList(
            RubricLayout layout, BigDecimal[] scores, BigDecimal[] maxima, BigDecimal[] inputs, boolean[] applicable) {
        this.layout = layout;
        this.scores = scores;
        this.maxima = maxima;
        this.inputs = inputs;
        this.applicable = applicable;
    }

    @Override
    public NodeScore get(int index) {
        if (!applicable[index]) {
            return new NodeScore(
                    layout.codes[index], layout.levels[index], false, BigDecimal.ZERO, BigDecimal.ZERO, null);
        }
        int item = layout.itemPosition[index];
        return new NodeScore(
                layout.codes[index],
                layout.levels[index],
                true,
                scores[index],
                maxima[index],
                item < 0 ? null : inputs[item]);
    }

    @Override
    public int size() {
        return scores.length;
    }
}
