package com.qinglian.notification.internal;

import com.qinglian.notification.Notification;
import com.qinglian.notification.NotificationKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** In-app notifications in plain SQL; recipients of a unit are its active reporters. */
@Repository
public class NotificationRepository {

    /** Separates a notification's arguments in one column; no text a person types contains it. */
    private static final String SEPARATOR = "\u001f";

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds one notification for every active reporter of the unit; returns how many. */
    public int insertForUnit(
            String unitCode,
            NotificationKind kind,
            String campaignCode,
            List<String> args,
            String note,
            String link,
            Instant at) {
        return jdbc.sql("""
                INSERT INTO notification (recipient, kind, campaign_code, unit_code, args, note, link, created_at)
                SELECT username, ?, ?, ?, ?, ?, ?, ? FROM app_user
                 WHERE unit_code = ? AND role = 'UNIT_REPORTER' AND active = TRUE
                """)
                .params(kind.name(), campaignCode, unitCode, join(args), note, link, utc(at), unitCode)
                .update();
    }

    /** Adds one notification for every reporter of every participant of the campaign, in one statement. */
    public int insertForParticipants(
            String campaignCode, NotificationKind kind, List<String> args, String linkPattern, Instant at) {
        return jdbc.sql("""
                INSERT INTO notification (recipient, kind, campaign_code, unit_code, args, link, created_at)
                SELECT u.username, ?, c.code, cu.unit_code, ?, REPLACE(?, '{unit}', cu.unit_code), ?
                  FROM campaign c
                  JOIN campaign_unit cu ON cu.campaign_id = c.id
                  JOIN app_user u ON u.unit_code = cu.unit_code AND u.role = 'UNIT_REPORTER' AND u.active = TRUE
                 WHERE c.code = ?
                """)
                .params(kind.name(), join(args), linkPattern, utc(at), campaignCode)
                .update();
    }

    /** Adds one notification for every active user of a role (e.g. every organiser). */
    public int insertForRole(
            String role, NotificationKind kind, String campaignCode, List<String> args, String link, Instant at) {
        return jdbc.sql("""
                INSERT INTO notification (recipient, kind, campaign_code, args, link, created_at)
                SELECT username, ?, ?, ?, ?, ? FROM app_user WHERE role = ? AND active = TRUE
                """)
                .params(kind.name(), campaignCode, join(args), link, utc(at), role)
                .update();
    }

    public List<Notification> forRecipient(String username, int limit) {
        return jdbc.sql("SELECT * FROM notification WHERE recipient = ? ORDER BY id DESC LIMIT ?")
                .params(username, limit)
                .query(this::map)
                .list();
    }

    public int unreadCount(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient = ? AND read_at IS NULL")
                .param(username)
                .query(Integer.class)
                .single();
    }

    /** Marks one of the recipient's own notifications read; 0 when it is not theirs or already read. */
    public int markRead(String username, long id, Instant at) {
        return jdbc.sql("UPDATE notification SET read_at = ? WHERE id = ? AND recipient = ? AND read_at IS NULL")
                .params(utc(at), id, username)
                .update();
    }

    public boolean exists(String username, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE id = ? AND recipient = ?")
                        .params(id, username)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public int markAllRead(String username, Instant at) {
        return jdbc.sql("UPDATE notification SET read_at = ? WHERE recipient = ? AND read_at IS NULL")
                .params(utc(at), username)
                .update();
    }

    private Notification map(ResultSet rs, int row) throws SQLException {
        String args = rs.getString("args");
        return new Notification(
                rs.getLong("id"),
                NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("campaign_code"),
                rs.getString("unit_code"),
                args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1)),
                rs.getString("note"),
                rs.getString("link"),
                instant(rs, "created_at"),
                instant(rs, "read_at"));
    }

    private static String join(List<String> args) {
        return args == null
                ? ""
                : String.join(
                        SEPARATOR,
                        args.stream()
                                .map(a -> a == null ? "" : a.replace(SEPARATOR, " "))
                                .toList());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
