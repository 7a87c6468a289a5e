package com.qinglian.notification.internal;

import static com.qinglian.notification.internal.NotificationRepository.instant;
import static com.qinglian.notification.internal.NotificationRepository.utc;

import com.qinglian.notification.ChannelKind;
import com.qinglian.notification.Delivery;
import com.qinglian.notification.OutboundMessage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Outbound deliveries. A node claims a due delivery with a conditional update (PENDING → SENDING), so two
 * nodes never send the same message; a claim older than {@link #STALE_CLAIM} (its node died) is due again.
 */
@Repository
public class DeliveryRepository {

    static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ChannelKind channel, OutboundMessage message, Instant at) {
        jdbc.sql("""
                INSERT INTO notification_delivery (channel, recipient, subject, body, status, attempts,
                                                   next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)
                """)
                .params(channel.name(), message.recipient(), message.subject(), message.body(), utc(at), utc(at))
                .update();
    }

    public List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM notification_delivery
                 WHERE (status = 'PENDING' AND next_attempt_at <= ?) OR (status = 'SENDING' AND claimed_at < ?)
                 ORDER BY next_attempt_at, id LIMIT ?
                """)
                .params(utc(now), utc(now.minus(STALE_CLAIM)), limit)
                .query(Long.class)
                .list();
    }

    /** Claims a due delivery for this node; false when another node was first. */
    public boolean claim(long id, Instant now) {
        return jdbc.sql("""
                        UPDATE notification_delivery SET status = 'SENDING', claimed_at = ?
                         WHERE id = ? AND ((status = 'PENDING' AND next_attempt_at <= ?)
                                           OR (status = 'SENDING' AND claimed_at < ?))
                        """)
                        .params(utc(now), id, utc(now), utc(now.minus(STALE_CLAIM)))
                        .update()
                == 1;
    }

    public void markSent(long id, Instant at) {
        jdbc.sql("""
                UPDATE notification_delivery SET status = 'SENT', attempts = attempts + 1, sent_at = ?,
                       claimed_at = NULL, last_error = NULL WHERE id = ?
                """).params(utc(at), id).update();
    }

    /** Records a failed attempt: due again at {@code next}, or FAILED when {@code next} is null. */
    public void markFailed(long id, String error, Instant next) {
        jdbc.sql("""
                UPDATE notification_delivery SET status = ?, attempts = attempts + 1, last_error = ?,
                       claimed_at = NULL, next_attempt_at = COALESCE(?, next_attempt_at) WHERE id = ?
                """)
                .params(next == null ? "FAILED" : "PENDING", error, utc(next), id)
                .update();
    }

    /** A failed delivery is due again now; false when it is not a failed one. */
    public boolean requeue(long id, Instant now) {
        return jdbc.sql("""
                        UPDATE notification_delivery SET status = 'PENDING', next_attempt_at = ?
                         WHERE id = ? AND status = 'FAILED'
                        """).params(utc(now), id).update() == 1;
    }

    public Optional<Delivery> find(long id) {
        return jdbc.sql("SELECT * FROM notification_delivery WHERE id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    public List<Delivery> recent(int limit) {
        return jdbc.sql("SELECT * FROM notification_delivery ORDER BY CASE WHEN status = 'FAILED' THEN 0 ELSE 1 END,"
                        + " id DESC LIMIT ?")
                .param(limit)
                .query(this::map)
                .list();
    }

    public int failedCount() {
        return jdbc.sql("SELECT COUNT(*) FROM notification_delivery WHERE status = 'FAILED'")
                .query(Integer.class)
                .single();
    }

    private Delivery map(ResultSet rs, int row) throws SQLException {
        return new Delivery(
                rs.getLong("id"),
                ChannelKind.valueOf(rs.getString("channel")),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                Delivery.Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                rs.getString("last_error"),
                instant(rs, "created_at"),
                instant(rs, "sent_at"));
    }
}
