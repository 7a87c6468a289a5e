package com.qinglian.campaign;

import java.util.List;

/**
 * Something to know before a status move.
 *
 * @param messageKey the message shown on the confirmation page, with {@code args}
 * @param summary the same in plain Chinese, for the audit trail and the campaign's history
 * @param link where to fix it, or null
 */
public record TransitionIssue(Severity severity, String messageKey, List<Object> args, String summary, String link) {

    public TransitionIssue {
        args = List.copyOf(args);
    }

    /** How the issue weighs on the move. */
    public enum Severity {
        /** Shown on the confirmation page; the move goes ahead (e.g. units that have not submitted). */
        NOTICE,
        /** Refuses the move unless the organiser records an override with a reason. */
        OVERRIDABLE,
        /** Refuses the move (e.g. an appeal still open). */
        BLOCKING
    }

    public static TransitionIssue of(
            Severity severity, String messageKey, String summary, String link, Object... args) {
        return new TransitionIssue(severity, messageKey, List.of(args), summary, link);
    }
}
