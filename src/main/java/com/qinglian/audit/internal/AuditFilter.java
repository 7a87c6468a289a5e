package com.qinglian.audit.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the auditor is looking for; blank fields match everything, days are inclusive in the server's time zone. */
public record AuditFilter(
        LocalDate from, LocalDate to, String actor, String entityType, String entityId, String action) {

    public AuditFilter {
        actor = blankToNull(actor);
        entityType = blankToNull(entityType);
        entityId = blankToNull(entityId);
        action = blankToNull(action);
    }

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    /** The filter as it is recorded when an export is audited: only the fields that are set. */
    public Map<String, Object> asMap() {
        Map<String, Object> fields = new LinkedHashMap<>();
        putIfSet(fields, "from", from);
        putIfSet(fields, "to", to);
        putIfSet(fields, "actor", actor);
        putIfSet(fields, "entityType", entityType);
        putIfSet(fields, "entityId", entityId);
        putIfSet(fields, "action", action);
        return fields;
    }

    private static void putIfSet(Map<String, Object> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value.toString());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
