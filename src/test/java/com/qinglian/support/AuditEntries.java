package com.qinglian.support;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the audit trail straight from its table, so tests see exactly what was stored. */
public final class AuditEntries {

    /** One stored audit entry, as the table holds it. */
    public record Row(
            long id,
            String actor,
            String action,
            String entityType,
            String entityId,
            String beforeJson,
            String afterJson,
            String reason) {}

    private final JdbcClient jdbc;

    public AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Entries about one entity, oldest first. */
    public List<Row> about(String entityType, String entityId) {
        return jdbc.sql("""
                SELECT id, actor, action, entity_type, entity_id, before_json, after_json, reason
                  FROM audit_entry WHERE entity_type = ? AND entity_id = ? ORDER BY id
                """).params(entityType, entityId).query(Row.class).list();
    }

    /** Entries written by one actor, oldest first. */
    public List<Row> by(String actor) {
        return jdbc.sql("""
                SELECT id, actor, action, entity_type, entity_id, before_json, after_json, reason
                  FROM audit_entry WHERE actor = ? ORDER BY id
                """).param(actor).query(Row.class).list();
    }

    public List<String> actionsAbout(String entityType, String entityId) {
        return about(entityType, entityId).stream().map(Row::action).toList();
    }
}
