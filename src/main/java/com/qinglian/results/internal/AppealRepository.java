package com.qinglian.results.internal;

import com.qinglian.evidence.AcceptedFile;
import com.qinglian.evidence.FileKind;
import com.qinglian.results.Appeal;
import com.qinglian.results.AppealFile;
import com.qinglian.results.AppealTarget;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Appeals and their evidence in plain SQL; an update lands only on the version it was based on. */
@Repository
public class AppealRepository {

    private static final String SELECT = """
            SELECT a.*, c.code AS campaign_code FROM appeal a JOIN campaign c ON c.id = a.campaign_id
            """;

    private final JdbcClient jdbc;

    AppealRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new appeal; the unique open key refuses a second open appeal on the same item or case. */
    public long insert(Appeal a) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO appeal (campaign_id, unit_code, target_kind, target_code, target_label, open_key, reason,
                                    status, filed_by, filed_at, original_score, original_scorers)
                SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM campaign WHERE code = ?
                """)
                .params(
                        a.unitCode(),
                        a.target().kind().name(),
                        a.target().code(),
                        a.target().label(),
                        a.target().key(),
                        a.reason(),
                        a.status().name(),
                        a.filedBy(),
                        at(a.filedAt()),
                        a.originalScore(),
                        String.join(",", a.originalScorers()),
                        a.campaignCode())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Saves the appeal's review state if it is still at {@code a.version()}. */
    public boolean update(Appeal a) {
        return jdbc.sql("""
                UPDATE appeal SET status = ?, open_key = ?, reviewer = ?, assigned_at = ?, decision = ?, new_score = ?,
                                  decision_reason = ?, decided_by = ?, decided_at = ?, version = version + 1
                 WHERE id = ? AND version = ?
                """)
                        .params(
                                a.status().name(),
                                a.open() ? a.target().key() : null,
                                a.reviewer(),
                                at(a.assignedAt()),
                                a.decision() == null ? null : a.decision().name(),
                                a.newScore(),
                                a.decisionReason(),
                                a.decidedBy(),
                                at(a.decidedAt()),
                                a.id(),
                                a.version())
                        .update()
                == 1;
    }

    public Optional<Appeal> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query(this::map).optional();
    }

    public List<Appeal> ofCampaign(String campaignCode) {
        return jdbc.sql(SELECT + " WHERE c.code = ? ORDER BY a.filed_at, a.id")
                .param(campaignCode)
                .query(this::map)
                .list();
    }

    public List<Appeal> ofReviewer(String reviewer) {
        return jdbc.sql(SELECT + " WHERE a.reviewer = ? ORDER BY a.status, a.filed_at, a.id")
                .param(reviewer)
                .query(this::map)
                .list();
    }

    public void insertFile(long appealId, AcceptedFile f, String by, Instant now) {
        jdbc.sql("""
                INSERT INTO appeal_evidence (appeal_id, storage_key, sha256, size_bytes, kind, media_type, display_name,
                                             uploaded_at, uploaded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        appealId,
                        f.key(),
                        f.sha256(),
                        f.size(),
                        f.kind().name(),
                        f.kind().mimeType(),
                        f.displayName(),
                        at(now),
                        by)
                .update();
    }

    public List<AppealFile> files(long appealId) {
        return jdbc.sql("SELECT * FROM appeal_evidence WHERE appeal_id = ? ORDER BY id")
                .param(appealId)
                .query((rs, n) -> new AppealFile(
                        rs.getLong("id"),
                        rs.getLong("appeal_id"),
                        rs.getString("display_name"),
                        rs.getString("kind"),
                        rs.getLong("size_bytes"),
                        rs.getString("sha256"),
                        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The stored file of an appeal's evidence, for download. */
    public Optional<AcceptedFile> stored(long appealId, long fileId) {
        return jdbc.sql("SELECT * FROM appeal_evidence WHERE appeal_id = ? AND id = ?")
                .params(appealId, fileId)
                .query((rs, n) -> new AcceptedFile(
                        rs.getString("storage_key"),
                        rs.getString("sha256"),
                        rs.getLong("size_bytes"),
                        FileKind.valueOf(rs.getString("kind")),
                        rs.getString("display_name")))
                .optional();
    }

    private Appeal map(ResultSet rs, int row) throws SQLException {
        String scorers = rs.getString("original_scorers");
        String decision = rs.getString("decision");
        return new Appeal(
                rs.getLong("id"),
                rs.getString("campaign_code"),
                rs.getString("unit_code"),
                new AppealTarget(
                        AppealTarget.Kind.valueOf(rs.getString("target_kind")),
                        rs.getString("target_code"),
                        rs.getString("target_label")),
                rs.getString("reason"),
                Appeal.Status.valueOf(rs.getString("status")),
                rs.getString("filed_by"),
                instant(rs, "filed_at"),
                rs.getBigDecimal("original_score"),
                scorers.isEmpty() ? List.of() : Arrays.asList(scorers.split(",")),
                rs.getString("reviewer"),
                instant(rs, "assigned_at"),
                decision == null ? null : Appeal.Decision.valueOf(decision),
                rs.getBigDecimal("new_score"),
                rs.getString("decision_reason"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime at(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
