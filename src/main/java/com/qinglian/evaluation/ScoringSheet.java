package com.qinglian.evaluation;

import com.qinglian.assessment.ItemAnswer;
import com.qinglian.assessment.ItemFile;
import com.qinglian.campaign.Campaign;
import com.qinglian.rubric.EvidenceExpectation;
import com.qinglian.rubric.ExpectationCheck;
import com.qinglian.rubric.NodeLevel;
import com.qinglian.rubric.PlacedItem;
import com.qinglian.rubric.RubricNode;
import com.qinglian.unit.Unit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an evaluator's scoring page shows for one unit: each item with the unit's self score,
 * explanation and evidence, the viewer's own score and comment, the other evaluators' scores, and
 * running subtotals of the viewer's scores per indicator and dimension.
 */
public record ScoringSheet(
        Campaign campaign,
        Unit unit,
        BigDecimal step,
        String viewer,
        boolean open,
        List<Row> rows,
        Map<String, BigDecimal> subtotals) {

    /** The wording with which the published rubric ties an item to the unit's conduct of recent years. */
    static final String PAST_CONDUCT = "近两年";

    /**
     * One item row; {@code scorable} says whether the viewer scores it; {@code expectation} and {@code check}
     * are the item's confirmed evidence expectation and whether the unit's dated evidence meets it (or null).
     */
    public record Row(
            PlacedItem entry,
            ItemAnswer self,
            List<ItemFile> evidence,
            EvaluatorScore mine,
            List<EvaluatorScore> others,
            boolean scorable,
            EvidenceExpectation expectation,
            ExpectationCheck check) {

        public RubricNode item() {
            return entry.item();
        }

        /** Items about the unit's recent conduct (近两年未发生…), beside which evaluators see the ledger. */
        public boolean aboutPastConduct() {
            return entry.item().text() != null && entry.item().text().contains(PAST_CONDUCT);
        }

        /** Self score minus the viewer's score; null while either is missing. */
        public BigDecimal gap() {
            return self == null || self.selfScore() == null || mine == null
                    ? null
                    : self.selfScore().subtract(mine.score());
        }
    }

    public BigDecimal subtotal(String nodeCode) {
        return subtotals.getOrDefault(nodeCode, BigDecimal.ZERO);
    }

    /** The groups and dimensions above the items, in published order, for the running totals at the top. */
    public List<RubricNode> summaryNodes() {
        Map<String, RubricNode> nodes = new LinkedHashMap<>();
        rows.forEach(r -> r.entry().path().stream()
                .filter(n -> n.level() != NodeLevel.INDICATOR)
                .forEach(n -> nodes.putIfAbsent(n.code(), n)));
        return List.copyOf(nodes.values());
    }

    public long scored() {
        return rows.stream().filter(r -> r.scorable() && r.mine() != null).count();
    }

    public long scorable() {
        return rows.stream().filter(Row::scorable).count();
    }

    public boolean startsIndicator(int index) {
        return index == 0
                || !rows.get(index - 1)
                        .entry()
                        .indicator()
                        .code()
                        .equals(rows.get(index).entry().indicator().code());
    }

    public int indicatorSpan(int index) {
        String indicator = rows.get(index).entry().indicator().code();
        int span = 0;
        for (int i = index;
                i < rows.size() && rows.get(i).entry().indicator().code().equals(indicator);
                i++) {
            span++;
        }
        return span;
    }
}
