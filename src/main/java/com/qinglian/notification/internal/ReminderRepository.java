package com.qinglian.notification.internal;

import static com.qinglian.notification.internal.NotificationRepository.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who may be reminded (participants that have not submitted) and which reminders went out already. */
@Repository
public class ReminderRepository {

    private final JdbcClient jdbc;

    ReminderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A participant of a campaign with its self-assessment status (null: not started) and contact address. */
    public record Candidate(String unitCode, String unitName, String unitType, String status, String email) {
        public boolean submitted() {
            return "SUBMITTED".equals(status);
        }
    }

    public List<Candidate> candidates(String campaignCode) {
        return jdbc.sql("""
                SELECT cu.unit_code, u.name, u.type, a.status, u.contact_email
                  FROM campaign c
                  JOIN campaign_unit cu ON cu.campaign_id = c.id
                  JOIN unit u ON u.code = cu.unit_code
                  LEFT JOIN self_assessment a ON a.campaign_id = c.id AND a.unit_code = cu.unit_code
                 WHERE c.code = ?
                 ORDER BY u.type, cu.unit_code
                """)
                .param(campaignCode)
                .query((rs, n) -> new Candidate(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /**
     * Records that the deadline reminder for this unit and deadline went out; false when it had already. The
     * unique constraint decides when two nodes try at once: the loser gets a duplicate-key error.
     */
    public boolean recordSent(String campaignCode, String unitCode, String kind, LocalDate deadline, Instant at) {
        return jdbc.sql("""
                        INSERT INTO sent_reminder (campaign_id, unit_code, deadline_kind, deadline, sent_at)
                        SELECT c.id, ?, ?, ?, ? FROM campaign c
                         WHERE c.code = ?
                           AND NOT EXISTS (SELECT 1 FROM sent_reminder s WHERE s.campaign_id = c.id
                                              AND s.unit_code = ? AND s.deadline_kind = ? AND s.deadline = ?)
                        """)
                        .params(unitCode, kind, deadline, utc(at), campaignCode, unitCode, kind, deadline)
                        .update()
                == 1;
    }

    public int sentCount(String campaignCode, String unitCode) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM sent_reminder s JOIN campaign c ON c.id = s.campaign_id
                 WHERE c.code = ? AND s.unit_code = ?
                """).params(campaignCode, unitCode).query(Integer.class).single();
    }
}
