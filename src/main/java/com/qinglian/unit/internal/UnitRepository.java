package com.qinglian.unit.internal;

import com.qinglian.shared.ListQuery;
import com.qinglian.shared.Page;
import com.qinglian.shared.SortKeys;
import com.qinglian.unit.Unit;
import com.qinglian.unit.UnitQuery;
import com.qinglian.unit.UnitType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Units in plain SQL; updates check the version so that no edit silently overwrites another. */
@Repository
public class UnitRepository {

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit list's sort keys and the columns they sort by: nothing else reaches the ORDER BY. */
    public static final SortKeys<String> SORTS = SortKeys.of("type", "type")
            .and("code", "code")
            .and("name", "name")
            .and("parent", "parent_code")
            .and("rankingGroup", "ranking_group")
            .and("contact", "contact_name")
            .and("status", "active");

    private static final String MATCHING = """
             WHERE (CAST(:like AS VARCHAR) IS NULL OR code ILIKE :like ESCAPE '\\' OR name ILIKE :like ESCAPE '\\')
               AND (CAST(:type AS VARCHAR) IS NULL OR type = :type)
               AND (CAST(:active AS BOOLEAN) IS NULL OR active = :active)
            """;

    public List<Unit> find(UnitQuery query) {
        return matching("SELECT * FROM unit" + MATCHING + " ORDER BY type, code", query)
                .query(this::map)
                .list();
    }

    /** One page of the units that match, sorted by a whitelisted key, with the count of all that match. */
    public Page<Unit> page(UnitQuery filter, ListQuery query) {
        long total = matching("SELECT COUNT(*) FROM unit" + MATCHING, filter)
                .query(Long.class)
                .single();
        ListQuery within = query.within(total);
        List<Unit> rows = matching(
                        "SELECT * FROM unit" + MATCHING + " ORDER BY " + SORTS.orderBy(within, "code")
                                + " LIMIT :limit OFFSET :offset",
                        filter)
                .param("limit", within.size())
                .param("offset", within.offset())
                .query(this::map)
                .list();
        return new Page<>(rows, total, within);
    }

    private JdbcClient.StatementSpec matching(String sql, UnitQuery query) {
        return jdbc.sql(sql)
                .param("like", query.likePattern())
                .param("type", query.type() == null ? null : query.type().name())
                .param("active", query.active());
    }

    /** Whether any unit names this one as its parent. */
    public boolean hasChildren(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM unit WHERE parent_code = ?")
                        .param(code)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public Optional<Unit> find(String code) {
        // PostgreSQL refuses a NUL byte even in a comparison: such a code names no unit
        if (code == null || code.indexOf('\u0000') >= 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM unit WHERE code = ?")
                .param(code)
                .query(this::map)
                .optional();
    }

    /** The unit whose code is this one in any letter case ({@code ql001} finds {@code QL001}). */
    public Optional<Unit> findIgnoringCase(String code) {
        if (code == null || code.indexOf('\u0000') >= 0) {
            return Optional.empty();
        }
        return jdbc
                .sql("SELECT * FROM unit WHERE LOWER(code) = LOWER(?) ORDER BY code")
                .param(code)
                .query(this::map)
                .list()
                .stream()
                .findFirst();
    }

    public void insert(Unit unit, Instant now) {
        jdbc.sql("""
                INSERT INTO unit (code, name, type, parent_code, ranking_group, contact_name, contact_phone,
                                  contact_email, active, tags, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                """)
                .params(
                        unit.code(),
                        unit.name(),
                        unit.type().name(),
                        unit.parentCode(),
                        unit.rankingGroup(),
                        unit.contactName(),
                        unit.contactPhone(),
                        unit.contactEmail(),
                        unit.active(),
                        tagsColumn(unit),
                        now.atOffset(ZoneOffset.UTC),
                        now.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Writes the unit if nobody changed it since {@code unit.version()}; returns false otherwise. */
    public boolean update(Unit unit, Instant now) {
        return jdbc.sql("""
                UPDATE unit SET name = ?, type = ?, parent_code = ?, ranking_group = ?, contact_name = ?,
                                contact_phone = ?, contact_email = ?, active = ?, tags = ?, version = version + 1,
                                updated_at = ?
                 WHERE code = ? AND version = ?
                """)
                        .params(
                                unit.name(),
                                unit.type().name(),
                                unit.parentCode(),
                                unit.rankingGroup(),
                                unit.contactName(),
                                unit.contactPhone(),
                                unit.contactEmail(),
                                unit.active(),
                                tagsColumn(unit),
                                now.atOffset(ZoneOffset.UTC),
                                unit.code(),
                                unit.version())
                        .update()
                == 1;
    }

    private Unit map(ResultSet rs, int row) throws SQLException {
        return new Unit(
                rs.getString("code"),
                rs.getString("name"),
                UnitType.valueOf(rs.getString("type")),
                rs.getString("parent_code"),
                rs.getString("ranking_group"),
                rs.getString("contact_name"),
                rs.getString("contact_phone"),
                rs.getString("contact_email"),
                rs.getBoolean("active"),
                rs.getInt("version"),
                tags(rs.getString("tags")));
    }

    /** Tags are stored in one column, separated by a space (a tag holds none). */
    private static String tagsColumn(Unit unit) {
        return String.join(" ", unit.tags());
    }

    private static List<String> tags(String column) {
        return column == null || column.isBlank() ? List.of() : List.of(column.split(" "));
    }
}
