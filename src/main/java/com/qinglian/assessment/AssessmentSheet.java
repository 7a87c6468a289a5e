package com.qinglian.assessment;

import com.qinglian.campaign.Campaign;
import com.qinglian.rubric.EvidenceExpectation;
import com.qinglian.rubric.ExpectationCheck;
import com.qinglian.rubric.PlacedItem;
import com.qinglian.unit.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything the self-assessment page shows for one unit: the items it answers with their answers and
 * evidence, its status and history, what the viewing user may do, and (read-only) the items that only
 * the organisers score; and, per item, the confirmed evidence expectation and whether the evidence meets it.
 */
public record AssessmentSheet(
        Campaign campaign,
        Unit unit,
        BigDecimal step,
        SelfAssessment assessment,
        List<PlacedItem> items,
        Map<String, ItemAnswer> answers,
        Map<String, List<ItemFile>> evidence,
        List<AssessmentEvent> history,
        boolean reporterView,
        boolean canReturn,
        List<PlacedItem> organiserItems,
        Map<String, EvidenceExpectation> expectations,
        Map<String, ExpectationCheck> checks) {

    public AssessmentStatus status() {
        return assessment.status();
    }

    public ItemAnswer answer(String itemCode) {
        return answers.getOrDefault(itemCode, ItemAnswer.empty(itemCode));
    }

    /** The organiser's confirmed evidence expectation of an item, or null. */
    public EvidenceExpectation expectation(String itemCode) {
        return expectations.get(itemCode);
    }

    /** Whether the item's dated evidence meets its confirmed count expectation; null when there is none. */
    public ExpectationCheck check(String itemCode) {
        return checks.get(itemCode);
    }

    public List<ItemFile> evidenceOf(String itemCode) {
        return evidence.getOrDefault(itemCode, List.of());
    }

    public boolean isComplete(String itemCode) {
        return answer(itemCode).isComplete(!evidenceOf(itemCode).isEmpty());
    }

    public long done() {
        return items.stream().filter(e -> isComplete(e.item().code())).count();
    }

    public int percent() {
        return items.isEmpty() ? 0 : (int) (done() * 100 / items.size());
    }

    /** Whether the unit may change this item now. */
    public boolean editable(String itemCode) {
        return reporterView && assessment.isOpen(itemCode);
    }

    /** Whether the item at {@code index} is the first of its indicator, where the indicator cell starts. */
    public boolean startsIndicator(int index) {
        return index == 0
                || !items.get(index - 1)
                        .indicator()
                        .code()
                        .equals(items.get(index).indicator().code());
    }

    /** How many rows the indicator cell starting at {@code index} spans. */
    public int indicatorSpan(int index) {
        String indicator = items.get(index).indicator().code();
        int span = 0;
        for (int i = index; i < items.size() && items.get(i).indicator().code().equals(indicator); i++) {
            span++;
        }
        return span;
    }

    public boolean canSubmit() {
        return reporterView && assessment.canSubmit();
    }
}
