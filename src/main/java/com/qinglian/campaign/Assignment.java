package com.qinglian.campaign;

/**
 * An evaluator assigned to a unit in a campaign, for the whole rubric (nodeCode null) or one subtree.
 *
 * @param lead the lead evaluator's score decides when the campaign's rule says so
 */
public record Assignment(long id, String unitCode, String evaluator, String nodeCode, boolean lead) {}
