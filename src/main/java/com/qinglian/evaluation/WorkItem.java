package com.qinglian.evaluation;

import com.qinglian.campaign.Campaign;
import com.qinglian.unit.Unit;

/** One assigned unit in an evaluator's worklist: how many of the items the evaluator scores are scored. */
public record WorkItem(Campaign campaign, Unit unit, long scored, long scorable) {}
