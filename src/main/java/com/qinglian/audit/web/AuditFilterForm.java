package com.qinglian.audit.web;

import com.qinglian.audit.internal.AuditFilter;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The filter fields as the list page and the export link send them. */
record AuditFilterForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        String actor,
        String entityType,
        String entityId,
        String action) {

    AuditFilter toFilter() {
        return new AuditFilter(from, to, actor, entityType, entityId, action);
    }
}
