package com.qinglian.campaign.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The input revision of campaigns (column {@code campaign.input_revision}), in plain SQL. */
@Repository
public class InputRevisionRepository {

    private final JdbcClient jdbc;

    InputRevisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds one; the campaign's row stays locked until the transaction ends. */
    public void bump(String campaignCode) {
        jdbc.sql("UPDATE campaign SET input_revision = input_revision + 1 WHERE code = ?")
                .param(campaignCode)
                .update();
    }

    /**
     * Adds one to every campaign the unit takes part in that is not finalized (a finalized campaign's results never
     * change), locking them in the order of their ids so that two such changes cannot deadlock.
     */
    public void bumpCampaignsOf(String unitCode) {
        List<Long> ids = jdbc.sql("""
                SELECT c.id FROM campaign c JOIN campaign_unit cu ON cu.campaign_id = c.id
                 WHERE cu.unit_code = ? AND c.status <> 'FINALIZED' ORDER BY c.id
                """).param(unitCode).query(Long.class).list();
        for (long id : ids) {
            jdbc.sql("UPDATE campaign SET input_revision = input_revision + 1 WHERE id = ?")
                    .param(id)
                    .update();
        }
    }

    public long revision(String campaignCode) {
        return jdbc.sql("SELECT input_revision FROM campaign WHERE code = ?")
                .param(campaignCode)
                .query(Long.class)
                .single();
    }
}
