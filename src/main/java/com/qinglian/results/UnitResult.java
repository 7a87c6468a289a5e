package com.qinglian.results;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.PublicityWindow;
import com.qinglian.ledger.cases.LedgerCase;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a unit reads of its own result during publicity: total, grade and ranks (null while incomplete), every item
 * with its final score and the evaluators' comments, every case with its 文号, date, amount or level and the points
 * it counted for, the facts recorded for it with their basis, the adjustments of its total beyond items and cases
 * (clamps, gates, 折算, caps, vetoes), and its appeals.
 *
 * @param published whether the campaign's results are published (publicity or finalized); before that a reporter
 *     sees nothing but this flag
 * @param appealable whether the unit may appeal now (its reporter, inside the window)
 */
public record UnitResult(
        Campaign campaign,
        String unitCode,
        String unitName,
        boolean published,
        PublicityWindow window,
        UnitOutcome outcome,
        int typeCount,
        int overallCount,
        List<MissingItem> missing,
        List<ItemLine> items,
        List<CaseLine> cases,
        List<FactLine> facts,
        List<Adjustment> adjustments,
        List<Appeal> appeals,
        boolean appealable) {

    /** One item: its place in the rubric, its points, its final score and the evaluators' comments. */
    public record ItemLine(
            String code, String indicator, String text, BigDecimal points, BigDecimal score, List<String> comments) {}

    /**
     * One negative-list, bonus or clause case.
     *
     * @param counted whether the case counts in this campaign (dated inside its period)
     * @param points what the case counted for in the stored result (negative: taken), or null where no line names
     *     it (not counted, or no result yet)
     */
    public record CaseLine(LedgerCase ledgerCase, String ruleTitle, boolean counted, BigDecimal points) {

        /** The amount chosen within the rule's range (4.5), or the level (省级); empty for other rules. */
        public String measure() {
            if (ledgerCase.amount() != null) {
                return ledgerCase.amount().stripTrailingZeros().toPlainString();
            }
            return ledgerCase.level() == null ? "" : ledgerCase.level();
        }
    }

    /**
     * A line of the explanation that adjusts the total beyond items and cases: a node's clamp or cap, a gate, 折算,
     * a list's cap, the total's floor, a veto.
     *
     * @param kind the explanation line's kind ({@code GATE}, {@code RESCALE} …)
     * @param label the node's or rule's words, or null (a veto, the total)
     */
    public record Adjustment(String kind, String code, String label, BigDecimal points, String detail) {}

    /**
     * A fact recorded for the unit, as the rubric declares it.
     *
     * @param yesNo whether the value is yes (1) or no (0) rather than a number
     * @param unit the number's unit (%), or null
     * @param veto whether the rubric vetoes on this fact (when yes)
     */
    public record FactLine(
            String code, String title, boolean yesNo, BigDecimal value, String unit, String basis, boolean veto) {

        public boolean yes() {
            return yesNo && value.signum() != 0;
        }

        public String number() {
            return value.stripTrailingZeros().toPlainString() + (unit == null ? "" : unit);
        }
    }

    public boolean complete() {
        return outcome != null;
    }

    /** The open or decided appeal on an item or case, if any (the latest). */
    public Appeal appealOn(String kind, String code) {
        Appeal found = null;
        for (Appeal a : appeals) {
            if (a.target().kind().name().equals(kind) && a.target().code().equals(code)) {
                found = a;
            }
        }
        return found;
    }
}
