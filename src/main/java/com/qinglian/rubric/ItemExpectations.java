package com.qinglian.rubric;

import java.util.Map;

/**
 * The evidence expectations of rubric versions (advisory metadata: the published text never changes, these
 * may). Guarantees: proposals come from {@link ExpectationReader} over the published text and are never
 * checked until the organiser confirms them; only administrators confirm or change them, each change is
 * audited; expectations never score.
 */
public interface ItemExpectations {

    /**
     * Each item's expectation by item code, in rubric order: the organiser's decision where one was made
     * (including {@link ExpectationKind#NONE}), the reader's unconfirmed proposal otherwise. Items with neither
     * are absent.
     *
     * @throws RubricNotFoundException when the rubric does not exist
     */
    Map<String, EvidenceExpectation> of(String rubricCode, String version);

    /** The confirmed count and rate expectations by item code; what units and evaluators are shown. */
    Map<String, EvidenceExpectation> confirmed(String rubricCode, String version);

    /**
     * Confirms an item's expectation as the organiser states it (the proposal, edited or not).
     *
     * @throws com.qinglian.shared.InputRejectedException naming each wrong field
     * @throws com.qinglian.shared.NotFoundException when the rubric has no such item
     */
    EvidenceExpectation confirm(
            String rubricCode, String version, String itemCode, ExpectationDraft draft, String actor);
}
