package com.qinglian.assessment;

import java.util.List;

/** What happened to a self-assessment, recorded by {@link SelfAssessment} and stored and published after. */
public sealed interface SelfAssessmentEvent {

    String campaignCode();

    String unitCode();

    /** The unit saved its answer to one item. */
    record AnswerSaved(String campaignCode, String unitCode, ItemAnswer before, ItemAnswer after)
            implements SelfAssessmentEvent {}

    /**
     * The unit handed in its self-assessment, or after a return the returned items.
     *
     * @param previous the status before
     * @param itemCodes the items handed in
     */
    record Submitted(
            String campaignCode,
            String unitCode,
            AssessmentStatus previous,
            List<String> itemCodes,
            boolean resubmission)
            implements SelfAssessmentEvent {

        public Submitted {
            itemCodes = List.copyOf(itemCodes);
        }
    }

    /** An administrator or evaluator handed items back to the unit, with a reason. */
    record ItemsReturned(String campaignCode, String unitCode, List<String> itemCodes, String reason)
            implements SelfAssessmentEvent {

        public ItemsReturned {
            itemCodes = List.copyOf(itemCodes);
        }
    }
}
