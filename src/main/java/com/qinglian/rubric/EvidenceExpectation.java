package com.qinglian.rubric;

import java.math.BigDecimal;

/**
 * What an item's text says about how often or how much: advisory metadata of one rubric version, read from
 * the published text and confirmed (or corrected) by the organiser. It never scores; it tells units and
 * evaluators what the evidence should show.
 *
 * @param itemCode the item it belongs to
 * @param kind count per period, rate, or none
 * @param period for {@link ExpectationKind#COUNT}: the period counted in; null otherwise
 * @param perPeriod for {@link ExpectationKind#COUNT}: documents needed in every period; null otherwise
 * @param ratePercent for {@link ExpectationKind#RATE}: the share in percent (100 for 全覆盖); null otherwise
 * @param evidenceName what the documents are called (监督检查记录), for messages; null for 佐证材料
 * @param phrase the words of the item's text the expectation was read from; null when the organiser wrote it
 * @param confirmed whether the organiser confirmed it; only confirmed expectations are checked
 */
public record EvidenceExpectation(
        String itemCode,
        ExpectationKind kind,
        ExpectationPeriod period,
        Integer perPeriod,
        BigDecimal ratePercent,
        String evidenceName,
        String phrase,
        boolean confirmed) {

    /** Documents a count expectation asks for in one period. */
    public static EvidenceExpectation count(String itemCode, ExpectationPeriod period, int perPeriod, String phrase) {
        return new EvidenceExpectation(itemCode, ExpectationKind.COUNT, period, perPeriod, null, null, phrase, false);
    }

    public static EvidenceExpectation rate(String itemCode, BigDecimal percent, String phrase) {
        return new EvidenceExpectation(itemCode, ExpectationKind.RATE, null, null, percent, null, phrase, false);
    }

    /** Whether document dates can show it met or not: a confirmed count per period. */
    public boolean checkable() {
        return confirmed && kind == ExpectationKind.COUNT;
    }

    /** A rate of 100 %: 全覆盖. */
    public boolean fullCoverage() {
        return kind == ExpectationKind.RATE
                && ratePercent != null
                && ratePercent.compareTo(BigDecimal.valueOf(100)) == 0;
    }

    /** The organiser's form filled with this expectation. */
    public ExpectationDraft draft() {
        return ExpectationDraft.of(this);
    }

    public EvidenceExpectation asConfirmed() {
        return new EvidenceExpectation(itemCode, kind, period, perPeriod, ratePercent, evidenceName, phrase, true);
    }
}
