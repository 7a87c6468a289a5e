package com.qinglian.security;

/** What a user may do; each user has exactly one role. */
public enum Role {
    /** Organiser staff (工委): rubrics, campaigns, units, users, negative list, results. */
    ADMIN,
    /** Evaluation team member: scores the units assigned to them. */
    EVALUATOR,
    /** A unit's liaison (联络员): self-assessment and evidence of their own unit only. */
    UNIT_REPORTER,
    /** District leader: reads results and dashboards. */
    LEADER,
    /** Security/audit officer: reads the audit trail and nothing else. */
    AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
