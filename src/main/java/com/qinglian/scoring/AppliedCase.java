package com.qinglian.scoring;

import com.qinglian.rubric.CaseRule;
import java.math.BigDecimal;

/**
 * A counted negative-list or bonus case with the points it gives or takes before any cap.
 *
 * @param input the case as entered
 * @param rule the rubric rule it falls under
 * @param points per case × count × multiplier, or the rule's fixed points for the rule's first case row, else 0; never negative
 */
public record AppliedCase(CaseInput input, CaseRule rule, BigDecimal points) {}
