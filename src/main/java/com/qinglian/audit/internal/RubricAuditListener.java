package com.qinglian.audit.internal;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.rubric.RubricEvents.RubricDraftDeleted;
import com.qinglian.rubric.RubricEvents.RubricImported;
import com.qinglian.rubric.RubricEvents.RubricPublished;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records rubric imports, publications and draft deletions. Synchronous on purpose: the entry joins the
 * rubric's transaction, so there is never a change without its entry, nor an entry without its change.
 */
@Component
class RubricAuditListener {

    static final String ENTITY_TYPE = "rubric";

    private final AuditTrail trail;

    RubricAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(RubricImported imported) {
        Map<String, Object> after =
                Map.of("status", "DRAFT", "origin", imported.origin().name(), "sha256", imported.sha256());
        trail.record(
                AuditEvent.of(AuditActions.IMPORT, ENTITY_TYPE, id(imported.code(), imported.version()), null, after)
                        .by(imported.actor(), null));
    }

    @EventListener
    void on(RubricPublished published) {
        trail.record(AuditEvent.of(
                        AuditActions.PUBLISH,
                        ENTITY_TYPE,
                        id(published.code(), published.version()),
                        Map.of("status", "DRAFT"),
                        Map.of("status", "PUBLISHED"))
                .by(published.actor(), null));
    }

    @EventListener
    void on(RubricDraftDeleted deleted) {
        trail.record(AuditEvent.of(
                        AuditActions.DELETE,
                        ENTITY_TYPE,
                        id(deleted.code(), deleted.version()),
                        Map.of("status", "DRAFT"),
                        null)
                .by(deleted.actor(), null));
    }

    private static String id(String code, String version) {
        return code + "/" + version;
    }
}
