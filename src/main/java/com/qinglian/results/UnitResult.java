package com.qinglian.results;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.PublicityWindow;
import com.qinglian.ledger.cases.LedgerCase;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a unit reads of its own result during publicity: total, grade and ranks (null while incomplete), every item
 * with its final score and the evaluators' comments, every case with its 文号 and date, and its appeals.
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
        List<Appeal> appeals,
        boolean appealable) {

    /** One item: its place in the rubric, its points, its final score and the evaluators' comments. */
    public record ItemLine(
            String code, String indicator, String text, BigDecimal points, BigDecimal score, List<String> comments) {}

    /**
     * One negative-list or bonus case.
     *
     * @param counted whether the case counts in this campaign (dated inside its period)
     */
    public record CaseLine(LedgerCase ledgerCase, String ruleTitle, boolean counted) {}

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
