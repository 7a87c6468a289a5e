package com.qinglian.ledger.inspections.internal;

import com.qinglian.ledger.inspections.InspectionKind;
import com.qinglian.ledger.inspections.InspectionRecord;
import com.qinglian.ledger.internal.Decimals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Inspection records, in plain SQL. */
@Repository
public class InspectionRepository {

    private static final String SELECT = """
            SELECT r.*, c.code AS campaign_code FROM inspection_record r JOIN campaign c ON c.id = r.campaign_id
            """;
    private static final String ORDER = " ORDER BY r.unit_code, r.inspection_date, r.id";

    private final JdbcClient jdbc;

    InspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<InspectionRecord> ofCampaign(String campaignCode) {
        return jdbc.sql(SELECT + " WHERE c.code = ?" + ORDER)
                .param(campaignCode)
                .query(this::map)
                .list();
    }

    public List<InspectionRecord> ofUnit(String campaignCode, String unitCode) {
        return jdbc.sql(SELECT + " WHERE c.code = ? AND r.unit_code = ?" + ORDER)
                .params(campaignCode, unitCode)
                .query(this::map)
                .list();
    }

    public Optional<InspectionRecord> find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(this::map).optional();
    }

    public long insert(InspectionRecord r) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO inspection_record (campaign_id, unit_code, kind, inspection_date, inspector, findings, item_code,
                                               proposed_score, recorded_at, recorded_by)
                VALUES ((SELECT id FROM campaign WHERE code = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        r.campaignCode(),
                        r.unitCode(),
                        r.kind().name(),
                        r.date(),
                        r.inspector(),
                        r.findings(),
                        r.itemCode(),
                        r.proposedScore(),
                        r.recordedAt().atOffset(ZoneOffset.UTC),
                        r.recordedBy())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM inspection_record WHERE id = ?").param(id).update();
    }

    private InspectionRecord map(ResultSet rs, int row) throws SQLException {
        return new InspectionRecord(
                rs.getLong("id"),
                rs.getString("campaign_code"),
                rs.getString("unit_code"),
                InspectionKind.valueOf(rs.getString("kind")),
                rs.getDate("inspection_date").toLocalDate(),
                rs.getString("inspector"),
                rs.getString("findings"),
                rs.getString("item_code"),
                Decimals.plain(rs.getBigDecimal("proposed_score")),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("recorded_by"));
    }
}
