package com.qinglian.assessment.internal;

import com.qinglian.assessment.AssessmentEvent;
import com.qinglian.assessment.AssessmentStatus;
import com.qinglian.assessment.ItemAnswer;
import com.qinglian.assessment.ItemFile;
import com.qinglian.assessment.ItemStatus;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Self-assessments, their item answers, evidence records and history, in plain SQL. */
@Repository
public class AssessmentRepository {

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The header row: id, status, submitted time. */
    public record Header(long id, AssessmentStatus status, Instant submittedAt, int version) {}

    /** Per-unit counts for the organiser's overview. */
    public record ProgressRow(String unitCode, AssessmentStatus status, Instant submittedAt, int answered) {}

    public Optional<Header> header(String campaignCode, String unitCode) {
        return jdbc.sql("""
                SELECT a.id, a.status, a.submitted_at, a.version FROM self_assessment a JOIN campaign c ON c.id = a.campaign_id
                 WHERE c.code = ? AND a.unit_code = ?
                """)
                .params(campaignCode, unitCode)
                .query((rs, n) -> new Header(
                        rs.getLong("id"),
                        AssessmentStatus.valueOf(rs.getString("status")),
                        instant(rs, "submitted_at"),
                        rs.getInt("version")))
                .optional();
    }

    public long insertHeader(String campaignCode, String unitCode) {
        jdbc.sql("""
                INSERT INTO self_assessment (campaign_id, unit_code, status, version)
                SELECT id, ?, 'DRAFT', 0 FROM campaign WHERE code = ?
                """).params(unitCode, campaignCode).update();
        return header(campaignCode, unitCode).orElseThrow().id();
    }

    /** Holds the unit's participation row until the transaction ends, so that first writes queue up. */
    public void lockParticipation(String campaignCode, String unitCode) {
        jdbc.sql("""
                SELECT unit_code FROM campaign_unit
                 WHERE campaign_id = (SELECT id FROM campaign WHERE code = ?) AND unit_code = ? FOR UPDATE
                """).params(campaignCode, unitCode).query(String.class).single();
    }

    public void insertItems(long assessmentId, List<String> itemCodes) {
        for (String item : itemCodes) {
            jdbc.sql(
                            "INSERT INTO self_assessment_item (assessment_id, item_code, status, version) VALUES (?, ?, 'DRAFT', 0)")
                    .params(assessmentId, item)
                    .update();
        }
    }

    public void updateStatus(long assessmentId, AssessmentStatus status, Instant submittedAt) {
        jdbc.sql(
                        "UPDATE self_assessment SET status = ?, submitted_at = COALESCE(?, submitted_at), version = version + 1 WHERE id = ?")
                .params(status.name(), at(submittedAt), assessmentId)
                .update();
    }

    /** A unit's self scores by item code, in one query; empty when it has not started. */
    public Map<String, BigDecimal> selfScores(String campaignCode, String unitCode) {
        Map<String, BigDecimal> out = new HashMap<>();
        jdbc.sql("""
                SELECT i.item_code, i.self_score FROM self_assessment_item i
                  JOIN self_assessment a ON a.id = i.assessment_id JOIN campaign c ON c.id = a.campaign_id
                 WHERE c.code = ? AND a.unit_code = ? AND i.self_score IS NOT NULL
                """).params(campaignCode, unitCode).query(rs -> {
            out.put(rs.getString("item_code"), rs.getBigDecimal("self_score"));
        });
        return out;
    }

    public List<ItemAnswer> answers(long assessmentId) {
        return jdbc.sql("SELECT * FROM self_assessment_item WHERE assessment_id = ? ORDER BY id")
                .param(assessmentId)
                .query(this::mapAnswer)
                .list();
    }

    public Optional<ItemAnswer> answer(long assessmentId, String itemCode) {
        return jdbc.sql("SELECT * FROM self_assessment_item WHERE assessment_id = ? AND item_code = ?")
                .params(assessmentId, itemCode)
                .query(this::mapAnswer)
                .optional();
    }

    /** Saves an answer if nobody saved it since {@code answer.version()}; returns false otherwise. */
    public boolean saveAnswer(long assessmentId, ItemAnswer answer, Instant now, String actor) {
        boolean saved = jdbc.sql("""
                UPDATE self_assessment_item
                   SET self_score = ?, explanation = ?, no_evidence_reason = ?, status = ?, return_reason = ?,
                       version = version + 1, updated_at = ?, updated_by = ?
                 WHERE assessment_id = ? AND item_code = ? AND version = ?
                """)
                        .params(
                                answer.selfScore(),
                                answer.explanation(),
                                answer.noEvidenceReason(),
                                answer.status().name(),
                                answer.returnReason(),
                                at(now),
                                actor,
                                assessmentId,
                                answer.itemCode(),
                                answer.version())
                        .update()
                == 1;
        if (saved) {
            recountComplete(assessmentId);
        }
        return saved;
    }

    public void setItemStatus(long assessmentId, List<String> itemCodes, ItemStatus status, String returnReason) {
        for (String item : itemCodes) {
            jdbc.sql("""
                    UPDATE self_assessment_item SET status = ?, return_reason = ?, version = version + 1
                     WHERE assessment_id = ? AND item_code = ?
                    """)
                    .params(status.name(), returnReason, assessmentId, item)
                    .update();
        }
    }

    public long itemId(long assessmentId, String itemCode) {
        return jdbc.sql("SELECT id FROM self_assessment_item WHERE assessment_id = ? AND item_code = ?")
                .params(assessmentId, itemCode)
                .query(Long.class)
                .single();
    }

    public List<ItemFile> evidence(long assessmentId) {
        return jdbc.sql("""
                SELECT e.*, i.item_code FROM evidence_file e JOIN self_assessment_item i ON i.id = e.item_id
                 WHERE i.assessment_id = ? AND e.removed_at IS NULL ORDER BY e.uploaded_at, e.id
                """).param(assessmentId).query(this::mapEvidence).list();
    }

    public Optional<ItemFile> evidenceFile(long assessmentId, long evidenceId) {
        return jdbc.sql("""
                SELECT e.*, i.item_code FROM evidence_file e JOIN self_assessment_item i ON i.id = e.item_id
                 WHERE i.assessment_id = ? AND e.id = ? AND e.removed_at IS NULL
                """)
                .params(assessmentId, evidenceId)
                .query(this::mapEvidence)
                .optional();
    }

    public String storageKey(long evidenceId) {
        return jdbc.sql("SELECT storage_key FROM evidence_file WHERE id = ?")
                .param(evidenceId)
                .query(String.class)
                .single();
    }

    /** Holds the self-assessment row until the transaction ends, so that one unit's uploads queue up. */
    public void lock(long assessmentId) {
        jdbc.sql("SELECT id FROM self_assessment WHERE id = ? FOR UPDATE")
                .param(assessmentId)
                .query(Long.class)
                .single();
    }

    public long unitEvidenceBytes(long assessmentId) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(e.size_bytes), 0) FROM evidence_file e JOIN self_assessment_item i ON i.id = e.item_id
                 WHERE i.assessment_id = ? AND e.removed_at IS NULL
                """).param(assessmentId).query(Long.class).single();
    }

    /** Records an evidence file and returns its id. */
    public long insertEvidence(long itemId, String storageKey, ItemFile file) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO evidence_file (item_id, storage_key, sha256, size_bytes, kind, media_type, display_name,
                                           evidence_date, uploaded_at, uploaded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        itemId,
                        storageKey,
                        file.sha256(),
                        file.sizeBytes(),
                        file.kind(),
                        file.mediaType(),
                        file.displayName(),
                        file.evidenceDate(),
                        at(file.uploadedAt()),
                        file.uploadedBy())
                .update(key, "id");
        recountComplete(jdbc.sql("SELECT assessment_id FROM self_assessment_item WHERE id = ?")
                .param(itemId)
                .query(Long.class)
                .single());
        return key.getKey().longValue();
    }

    public void setEvidenceDate(long evidenceId, LocalDate date) {
        jdbc.sql("UPDATE evidence_file SET evidence_date = ? WHERE id = ?")
                .params(date, evidenceId)
                .update();
    }

    public void markEvidenceRemoved(long evidenceId, Instant now, String actor) {
        jdbc.sql("UPDATE evidence_file SET removed_at = ?, removed_by = ? WHERE id = ?")
                .params(at(now), actor, evidenceId)
                .update();
        recountComplete(jdbc.sql("""
                        SELECT i.assessment_id FROM evidence_file e JOIN self_assessment_item i ON i.id = e.item_id
                         WHERE e.id = ?
                        """).param(evidenceId).query(Long.class).single());
    }

    /** What makes an item complete: a self score, an explanation, and evidence or a reason why none is needed. */
    private static final String COMPLETE_ITEMS = """
            SELECT COUNT(*) FROM self_assessment_item i
             WHERE i.assessment_id = ? AND i.self_score IS NOT NULL
               AND i.explanation IS NOT NULL AND i.explanation <> ''
               AND (i.no_evidence_reason IS NOT NULL AND i.no_evidence_reason <> ''
                    OR EXISTS (SELECT 1 FROM evidence_file e WHERE e.item_id = i.id AND e.removed_at IS NULL))
            """;

    /**
     * Counts the assessment's complete items again after one of them or its evidence changed. The assessment's row
     * is locked first, so that a concurrent change of another item waits and then counts what both wrote.
     */
    private void recountComplete(long assessmentId) {
        lock(assessmentId);
        int complete = jdbc.sql(COMPLETE_ITEMS)
                .param(assessmentId)
                .query(Integer.class)
                .single();
        jdbc.sql("UPDATE self_assessment SET complete_items = ? WHERE id = ?")
                .params(complete, assessmentId)
                .update();
    }

    /** The complete items counted from the items themselves, as the kept count must always be. */
    public int countCompleteItems(long assessmentId) {
        return jdbc.sql(COMPLETE_ITEMS).param(assessmentId).query(Integer.class).single();
    }

    public void insertEvent(long assessmentId, AssessmentEvent event) {
        jdbc.sql("""
                INSERT INTO self_assessment_event (assessment_id, kind, item_codes, reason, actor, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
                .params(
                        assessmentId,
                        event.kind().name(),
                        String.join(",", event.itemCodes()),
                        event.reason(),
                        event.actor(),
                        at(event.at()))
                .update();
    }

    public List<AssessmentEvent> events(long assessmentId) {
        return jdbc.sql("SELECT * FROM self_assessment_event WHERE assessment_id = ? ORDER BY occurred_at, id")
                .param(assessmentId)
                .query((rs, n) -> new AssessmentEvent(
                        AssessmentEvent.Kind.valueOf(rs.getString("kind")),
                        rs.getString("item_codes").isEmpty()
                                ? List.of()
                                : Arrays.asList(rs.getString("item_codes").split(",")),
                        rs.getString("reason"),
                        rs.getString("actor"),
                        instant(rs, "occurred_at")))
                .list();
    }

    /**
     * Every participating unit of a campaign with its self-assessment status and number of complete
     * items (a score, an explanation, and evidence or a reason why none is needed, counted as they change), in one
     * query.
     */
    public List<ProgressRow> progress(String campaignCode) {
        return jdbc.sql("""
                SELECT cu.unit_code, a.status, a.submitted_at, COALESCE(a.complete_items, 0) AS answered
                  FROM campaign_unit cu
                  JOIN campaign c ON c.id = cu.campaign_id
                  LEFT JOIN self_assessment a ON a.campaign_id = c.id AND a.unit_code = cu.unit_code
                 WHERE c.code = ?
                 ORDER BY cu.unit_code
                """)
                .param(campaignCode)
                .query((rs, n) -> new ProgressRow(
                        rs.getString("unit_code"),
                        rs.getString("status") == null ? null : AssessmentStatus.valueOf(rs.getString("status")),
                        instant(rs, "submitted_at"),
                        rs.getInt("answered")))
                .list();
    }

    private ItemAnswer mapAnswer(ResultSet rs, int row) throws SQLException {
        return new ItemAnswer(
                rs.getString("item_code"),
                rs.getBigDecimal("self_score"),
                rs.getString("explanation"),
                rs.getString("no_evidence_reason"),
                ItemStatus.valueOf(rs.getString("status")),
                rs.getString("return_reason"),
                rs.getInt("version"),
                instant(rs, "updated_at"),
                rs.getString("updated_by"));
    }

    private ItemFile mapEvidence(ResultSet rs, int row) throws SQLException {
        Date date = rs.getDate("evidence_date");
        return new ItemFile(
                rs.getLong("id"),
                rs.getString("item_code"),
                rs.getString("display_name"),
                rs.getString("kind"),
                rs.getString("media_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                date == null ? null : date.toLocalDate(),
                instant(rs, "uploaded_at"),
                rs.getString("uploaded_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
