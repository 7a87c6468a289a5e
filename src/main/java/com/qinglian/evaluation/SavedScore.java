package com.qinglian.evaluation;

import com.qinglian.rubric.PlacedItem;
import com.qinglian.rubric.RubricNode;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What the scoring page needs to show after one score was saved through htmx: that item's row (the viewer's
 * score, its version, the gap to the self score) and what the save moved (the viewer's progress, the running
 * subtotals along the item's path). It answers the row's and the sheet's questions under the same names as
 * {@link ScoringSheet.Row} and {@link ScoringSheet}, so that the page's fragments render either.
 *
 * @param mine the viewer's score of the item as stored now, or null
 * @param selfScore the unit's self score of the item, or null
 */
public record SavedScore(
        PlacedItem entry,
        EvaluatorScore mine,
        BigDecimal selfScore,
        long scored,
        long scorable,
        Map<String, BigDecimal> subtotals) {

    public SavedScore {
        subtotals = Map.copyOf(subtotals);
    }

    public RubricNode item() {
        return entry.item();
    }

    /** Self score minus the viewer's score; null while either is missing. */
    public BigDecimal gap() {
        return selfScore == null || mine == null ? null : selfScore.subtract(mine.score());
    }

    public BigDecimal subtotal(String nodeCode) {
        return subtotals.getOrDefault(nodeCode, BigDecimal.ZERO);
    }
}
