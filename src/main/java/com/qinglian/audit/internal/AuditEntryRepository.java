package com.qinglian.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and appends audit entries and the chain head. It has no method that changes or removes an entry. */
@Repository
public class AuditEntryRepository implements ChainSource {

    private final JdbcClient jdbc;

    AuditEntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the head row until the current transaction ends: the lock that serialises appends. */
    ChainHead lockHead() {
        return jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new ChainHead(rs.getLong("last_id"), rs.getString("last_hash")))
                .single();
    }

    /** Appends the entry and moves the head to it; the caller holds the head lock. */
    void append(AuditEntry e) {
        jdbc.sql("""
                INSERT INTO audit_entry (id, occurred_at, actor, client_address, action, entity_type, entity_id,
                                         before_json, after_json, reason, prev_hash, hash, key_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        e.id(),
                        e.occurredAt().atOffset(ZoneOffset.UTC),
                        e.actor(),
                        e.clientAddress(),
                        e.action(),
                        e.entityType(),
                        e.entityId(),
                        e.beforeJson(),
                        e.afterJson(),
                        e.reason(),
                        e.prevHash(),
                        e.hash(),
                        e.keyId())
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1")
                .params(e.id(), e.hash())
                .update();
    }

    @Override
    public ChainHead head() {
        return jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new ChainHead(rs.getLong("last_id"), rs.getString("last_hash")))
                .single();
    }

    @Override
    public List<AuditEntry> entriesAfter(long afterId, long upToId, int limit) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE id > ? AND id <= ? ORDER BY id LIMIT ?")
                .params(afterId, upToId, limit)
                .query(AuditEntryRepository::map)
                .list();
    }

    /** Matching entries, newest first. */
    List<AuditEntry> find(AuditFilter filter, ZoneId zone, long offset, int limit) {
        Where where = where(filter, zone);
        return jdbc.sql("SELECT * FROM audit_entry" + where.sql() + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .params(where.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(AuditEntryRepository::map)
                .list();
    }

    /** How many entries match; only for a page asked for past the end, since counting a long trail is not free. */
    long count(AuditFilter filter, ZoneId zone) {
        Where where = where(filter, zone);
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** Matching entries older than {@code beforeId}, newest first: a page of a long export, found by the index on id. */
    List<AuditEntry> findBefore(AuditFilter filter, ZoneId zone, long beforeId, int limit) {
        Where where = where(filter, zone);
        String sql = "SELECT * FROM audit_entry" + where.sql() + (where.sql().isEmpty() ? " WHERE" : " AND")
                + " id < :beforeId ORDER BY id DESC LIMIT :limit";
        return jdbc.sql(sql)
                .params(where.params())
                .param("beforeId", beforeId)
                .param("limit", limit)
                .query(AuditEntryRepository::map)
                .list();
    }

    /** The newest entries with one of the actions or about one of the entity types, newest first. */
    List<AuditEntry> newest(List<String> actions, List<String> entityTypes, int limit) {
        return jdbc.sql("""
                SELECT * FROM audit_entry WHERE action IN (:actions) OR entity_type IN (:types)
                 ORDER BY id DESC LIMIT :limit
                """)
                .param("actions", actions)
                .param("types", entityTypes)
                .param("limit", limit)
                .query(AuditEntryRepository::map)
                .list();
    }

    private static Where where(AuditFilter filter, ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", filter.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        addEquals(conditions, params, "actor", filter.actor());
        addEquals(conditions, params, "entity_type", filter.entityType());
        addEquals(conditions, params, "entity_id", filter.entityId());
        addEquals(conditions, params, "action", filter.action());
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private static void addEquals(List<String> conditions, Map<String, Object> params, String column, String value) {
        if (value != null) {
            conditions.add(column + " = :" + column);
            params.put(column, value);
        }
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        Instant occurredAt = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
        return new AuditEntry(
                rs.getLong("id"),
                occurredAt,
                rs.getString("actor"),
                rs.getString("client_address"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("before_json"),
                rs.getString("after_json"),
                rs.getString("reason"),
                rs.getString("prev_hash"),
                rs.getString("hash"),
                rs.getString("key_id"));
    }

    private record Where(String sql, Map<String, Object> params) {}
}
