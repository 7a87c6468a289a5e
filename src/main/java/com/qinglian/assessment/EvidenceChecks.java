package com.qinglian.assessment;

import com.qinglian.campaign.Campaign;
import com.qinglian.rubric.EvidenceExpectation;
import com.qinglian.rubric.ExpectationCheck;
import com.qinglian.rubric.ItemExpectations;
import com.qinglian.rubric.PlacedItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Holds a unit's evidence against the confirmed expectations of the campaign's rubric, item by item, in the
 * campaign's year. Informs; never blocks a submission and never scores.
 */
@Component
class EvidenceChecks {

    private final ItemExpectations expectations;
    private final Clock clock;

    EvidenceChecks(ItemExpectations expectations, Clock clock) {
        this.expectations = expectations;
        this.clock = clock;
    }

    /** What a sheet shows: the confirmed expectation of each item, and the check of each count expectation. */
    record Result(Map<String, EvidenceExpectation> expectations, Map<String, ExpectationCheck> checks) {}

    Result of(Campaign campaign, List<PlacedItem> items, Map<String, List<ItemFile>> evidence) {
        Map<String, EvidenceExpectation> confirmed =
                expectations.confirmed(campaign.rubricCode(), campaign.rubricVersion());
        Map<String, EvidenceExpectation> shown = new LinkedHashMap<>();
        Map<String, ExpectationCheck> checks = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (PlacedItem entry : items) {
            String code = entry.item().code();
            EvidenceExpectation e = confirmed.get(code);
            if (e == null) {
                continue;
            }
            shown.put(code, e);
            if (e.checkable()) {
                List<LocalDate> dates = evidence.getOrDefault(code, List.of()).stream()
                        .map(ItemFile::evidenceDate)
                        .toList();
                checks.put(code, ExpectationCheck.of(e, campaign.year(), dates, today));
            }
        }
        return new Result(shown, checks);
    }
}
