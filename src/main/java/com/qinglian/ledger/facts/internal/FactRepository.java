package com.qinglian.ledger.facts.internal;

import com.qinglian.ledger.facts.UnitFact;
import com.qinglian.ledger.internal.Decimals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Facts per unit, in plain SQL; one row per campaign, unit and fact. */
@Repository
public class FactRepository {

    private static final String SELECT = """
            SELECT f.*, c.code AS campaign_code FROM ledger_fact f JOIN campaign c ON c.id = f.campaign_id
            """;

    private final JdbcClient jdbc;

    FactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The campaign's facts by unit, then fact code. */
    public List<UnitFact> ofCampaign(String campaignCode) {
        return jdbc.sql(SELECT + " WHERE c.code = ? ORDER BY f.unit_code, f.fact_code")
                .param(campaignCode)
                .query(this::map)
                .list();
    }

    public Optional<UnitFact> find(long id) {
        return jdbc.sql(SELECT + " WHERE f.id = ?").param(id).query(this::map).optional();
    }

    public Optional<UnitFact> find(String campaignCode, String unitCode, String factCode) {
        return jdbc.sql(SELECT + " WHERE c.code = ? AND f.unit_code = ? AND f.fact_code = ?")
                .params(campaignCode, unitCode, factCode)
                .query(this::map)
                .optional();
    }

    public void insert(UnitFact f) {
        jdbc.sql("""
                INSERT INTO ledger_fact (campaign_id, unit_code, fact_code, fact_value, basis, version, recorded_at,
                                         recorded_by)
                VALUES ((SELECT id FROM campaign WHERE code = ?), ?, ?, ?, ?, 0, ?, ?)
                """)
                .params(
                        f.campaignCode(),
                        f.unitCode(),
                        f.factCode(),
                        f.value(),
                        f.basis(),
                        f.recordedAt().atOffset(ZoneOffset.UTC),
                        f.recordedBy())
                .update();
    }

    /** Saves a new value and basis if nobody changed the fact since {@code expectedVersion}. */
    public boolean update(UnitFact f, int expectedVersion) {
        return jdbc.sql("""
                UPDATE ledger_fact SET fact_value = ?, basis = ?, recorded_at = ?, recorded_by = ?, version = version + 1
                 WHERE id = ? AND version = ?
                """)
                        .params(
                                f.value(),
                                f.basis(),
                                f.recordedAt().atOffset(ZoneOffset.UTC),
                                f.recordedBy(),
                                f.id(),
                                expectedVersion)
                        .update()
                == 1;
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM ledger_fact WHERE id = ?").param(id).update();
    }

    private UnitFact map(ResultSet rs, int row) throws SQLException {
        return new UnitFact(
                rs.getLong("id"),
                rs.getString("campaign_code"),
                rs.getString("unit_code"),
                rs.getString("fact_code"),
                Decimals.plain(rs.getBigDecimal("fact_value")),
                rs.getString("basis"),
                rs.getInt("version"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("recorded_by"));
    }
}
