package com.qinglian.audit;

import java.util.regex.Pattern;

/**
 * One thing that happened, to be appended to the audit trail.
 *
 * <p>actor and clientAddress may be null: then taken from the current SecurityContext (name, or
 * "anonymous"/"system" when there is no request) and the current HTTP request (remote address).
 * before/after: any object (records, maps) serialised to canonical JSON (sorted keys), or null.
 * action is one of {@link AuditActions}; any other is refused, so every entry can be found with the auditor's filter.
 */
public record AuditEvent(
        String action,
        String entityType,
        String entityId,
        Object before,
        Object after,
        String reason,
        String actor,
        String clientAddress) {

    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    public AuditEvent {
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("audit action must be UPPER_SNAKE, up to 64 characters: " + action);
        }
        if (!AuditActions.isKnown(action)) {
            throw new IllegalArgumentException(
                    "audit action " + action + " is not in AuditActions: the filter could not find it");
        }
        if (entityType == null || entityType.isBlank()) {
            throw new IllegalArgumentException("audit entity type is required");
        }
    }

    public static AuditEvent of(String action, String entityType, String entityId, Object before, Object after) {
        return new AuditEvent(action, entityType, entityId, before, after, null, null, null);
    }

    public AuditEvent withReason(String reason) {
        return new AuditEvent(action, entityType, entityId, before, after, reason, actor, clientAddress);
    }

    public AuditEvent by(String actor, String clientAddress) {
        return new AuditEvent(action, entityType, entityId, before, after, reason, actor, clientAddress);
    }
}
