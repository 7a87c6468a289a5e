package com.qinglian.campaign.internal;

import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.PublicityWindow;
import com.qinglian.campaign.TransitionOverride;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A campaign's publicity window and the overrides recorded on its status moves, in plain SQL. */
@Repository
public class PublicationRepository {

    private final JdbcClient jdbc;

    PublicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PublicityWindow> window(String campaignCode) {
        return jdbc.sql("""
                SELECT p.* FROM campaign_publicity p JOIN campaign c ON c.id = p.campaign_id WHERE c.code = ?
                """)
                .param(campaignCode)
                .query((rs, n) -> new PublicityWindow(
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getBoolean("public_notice")))
                .optional();
    }

    public void saveWindow(String campaignCode, PublicityWindow w) {
        int updated = jdbc.sql("""
                UPDATE campaign_publicity SET starts_on = ?, ends_on = ?, public_notice = ?
                 WHERE campaign_id = (SELECT id FROM campaign WHERE code = ?)
                """)
                .params(w.start(), w.end(), w.publicNotice(), campaignCode)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO campaign_publicity (campaign_id, starts_on, ends_on, public_notice)
                    SELECT id, ?, ?, ? FROM campaign WHERE code = ?
                    """)
                    .params(w.start(), w.end(), w.publicNotice(), campaignCode)
                    .update();
        }
    }

    /** Marks the campaign's latest status move as made over the given issues. */
    public void recordOverride(String campaignCode, String reason, String overridden) {
        jdbc.sql("""
                UPDATE campaign_transition SET override_reason = ?, overridden = ?
                 WHERE id = (SELECT MAX(t.id) FROM campaign_transition t JOIN campaign c ON c.id = t.campaign_id
                              WHERE c.code = ?)
                """).params(reason, overridden, campaignCode).update();
    }

    public List<TransitionOverride> overrides(String campaignCode) {
        return jdbc.sql("""
                SELECT t.* FROM campaign_transition t JOIN campaign c ON c.id = t.campaign_id
                 WHERE c.code = ? AND t.override_reason IS NOT NULL ORDER BY t.occurred_at, t.id
                """)
                .param(campaignCode)
                .query((rs, n) -> new TransitionOverride(
                        CampaignStatus.valueOf(rs.getString("from_status")),
                        CampaignStatus.valueOf(rs.getString("to_status")),
                        rs.getString("actor"),
                        rs.getString("override_reason"),
                        rs.getString("overridden"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
