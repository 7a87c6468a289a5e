package com.qinglian.ledger.facts.internal;

import com.qinglian.ledger.facts.TaskFigures;
import com.qinglian.ledger.internal.Decimals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures of rate items per unit, in plain SQL; one row per campaign, unit and item. */
@Repository
public class TaskRepository {

    private static final String SELECT = """
            SELECT t.*, c.code AS campaign_code FROM ledger_task t JOIN campaign c ON c.id = t.campaign_id
            """;

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TaskFigures> ofCampaign(String campaignCode) {
        return jdbc.sql(SELECT + " WHERE c.code = ? ORDER BY t.unit_code, t.item_code")
                .param(campaignCode)
                .query(this::map)
                .list();
    }

    public Optional<TaskFigures> find(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = ?").param(id).query(this::map).optional();
    }

    public Optional<TaskFigures> find(String campaignCode, String unitCode, String itemCode) {
        return jdbc.sql(SELECT + " WHERE c.code = ? AND t.unit_code = ? AND t.item_code = ?")
                .params(campaignCode, unitCode, itemCode)
                .query(this::map)
                .optional();
    }

    public void insert(TaskFigures t) {
        jdbc.sql("""
                INSERT INTO ledger_task (campaign_id, unit_code, item_code, actual, target, basis, version, recorded_at,
                                         recorded_by)
                VALUES ((SELECT id FROM campaign WHERE code = ?), ?, ?, ?, ?, ?, 0, ?, ?)
                """)
                .params(
                        t.campaignCode(),
                        t.unitCode(),
                        t.itemCode(),
                        t.actual(),
                        t.target(),
                        t.basis(),
                        t.recordedAt().atOffset(ZoneOffset.UTC),
                        t.recordedBy())
                .update();
    }

    /** Saves new figures if nobody changed them since {@code expectedVersion}. */
    public boolean update(TaskFigures t, int expectedVersion) {
        return jdbc.sql("""
                UPDATE ledger_task SET actual = ?, target = ?, basis = ?, recorded_at = ?, recorded_by = ?,
                                       version = version + 1
                 WHERE id = ? AND version = ?
                """)
                        .params(
                                t.actual(),
                                t.target(),
                                t.basis(),
                                t.recordedAt().atOffset(ZoneOffset.UTC),
                                t.recordedBy(),
                                t.id(),
                                expectedVersion)
                        .update()
                == 1;
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM ledger_task WHERE id = ?").param(id).update();
    }

    private TaskFigures map(ResultSet rs, int row) throws SQLException {
        return new TaskFigures(
                rs.getLong("id"),
                rs.getString("campaign_code"),
                rs.getString("unit_code"),
                rs.getString("item_code"),
                Decimals.plain(rs.getBigDecimal("actual")),
                Decimals.plain(rs.getBigDecimal("target")),
                rs.getString("basis"),
                rs.getInt("version"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("recorded_by"));
    }
}
