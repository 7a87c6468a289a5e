package com.qinglian.security.internal;

import com.qinglian.security.UserSession;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Signed-in sessions in plain SQL. */
@Repository
public class UserSessionRepository {

    private final JdbcClient jdbc;

    UserSessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UserSession session) {
        jdbc.sql("""
                INSERT INTO user_session (id, username, signed_in_at, last_seen_at, client_address, user_agent)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
                .params(
                        session.id(),
                        session.username(),
                        at(session.signedInAt()),
                        at(session.lastSeenAt()),
                        session.clientAddress(),
                        session.userAgent())
                .update();
    }

    public Optional<UserSession> find(String id) {
        return jdbc.sql("SELECT * FROM user_session WHERE id = ?")
                .param(id)
                .query(UserSessionRepository::map)
                .optional();
    }

    /** Sessions not ended and seen since {@code seenSince} (older ones have timed out), newest first. */
    public List<UserSession> active(String username, Instant seenSince) {
        return jdbc.sql("""
                SELECT * FROM user_session
                 WHERE username = ? AND ended_at IS NULL AND last_seen_at >= ?
                 ORDER BY signed_in_at DESC, id
                """)
                .params(username, at(seenSince))
                .query(UserSessionRepository::map)
                .list();
    }

    public void touch(String id, Instant now) {
        jdbc.sql("UPDATE user_session SET last_seen_at = ? WHERE id = ?")
                .params(at(now), id)
                .update();
    }

    /** Ends the session if it is still open; false when it was ended before. */
    public boolean end(String id, Instant now, String reason) {
        return jdbc.sql("UPDATE user_session SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL")
                        .params(at(now), reason, id)
                        .update()
                == 1;
    }

    public int endAll(String username, Instant now, String reason) {
        return jdbc.sql("UPDATE user_session SET ended_at = ?, end_reason = ? WHERE username = ? AND ended_at IS NULL")
                .params(at(now), reason, username)
                .update();
    }

    private static UserSession map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        OffsetDateTime ended = rs.getObject("ended_at", OffsetDateTime.class);
        return new UserSession(
                rs.getString("id"),
                rs.getString("username"),
                rs.getObject("signed_in_at", OffsetDateTime.class).toInstant(),
                rs.getObject("last_seen_at", OffsetDateTime.class).toInstant(),
                rs.getString("client_address"),
                rs.getString("user_agent"),
                ended == null ? null : ended.toInstant(),
                rs.getString("end_reason"));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
