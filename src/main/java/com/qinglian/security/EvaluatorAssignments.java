package com.qinglian.security;

/**
 * Which units an evaluator is assigned to, provided by the campaign module. Without a provider no
 * evaluator is assigned to anything, so evaluators see no unit's data.
 */
public interface EvaluatorAssignments {

    /** Assigned to the unit in any campaign that is still running: enough to see the unit's own page. */
    boolean isAssigned(String evaluatorUsername, String unitCode);

    /** Assigned to the unit in this campaign: what reading the unit's data of a campaign takes. */
    boolean isAssignedIn(String evaluatorUsername, String campaignCode, String unitCode);
}
