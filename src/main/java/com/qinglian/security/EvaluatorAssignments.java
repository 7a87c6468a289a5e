package com.qinglian.security;

/**
 * Which units an evaluator is assigned to, provided by the campaign module. Without a provider no
 * evaluator is assigned to anything, so evaluators see no unit's data.
 */
public interface EvaluatorAssignments {

    boolean isAssigned(String evaluatorUsername, String unitCode);
}
