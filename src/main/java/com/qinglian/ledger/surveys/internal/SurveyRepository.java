package com.qinglian.ledger.surveys.internal;

import com.qinglian.ledger.internal.Decimals;
import com.qinglian.ledger.surveys.SurveyImport;
import com.qinglian.ledger.surveys.SurveyKind;
import com.qinglian.ledger.surveys.SurveyRating;
import com.qinglian.ledger.surveys.SurveyResult;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Survey imports and their results, in plain SQL; one import per campaign and survey kind. */
@Repository
public class SurveyRepository {

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The campaign's imports, in the order of {@link SurveyKind}. */
    public List<SurveyImport> imports(String campaignCode) {
        return jdbc
                .sql("""
                SELECT s.id, s.kind FROM survey_import s JOIN campaign c ON c.id = s.campaign_id
                 WHERE c.code = ?
                """)
                .param(campaignCode)
                .query((rs, n) -> SurveyKind.valueOf(rs.getString("kind")))
                .list()
                .stream()
                .sorted()
                .map(kind -> find(campaignCode, kind).orElseThrow())
                .toList();
    }

    public Optional<SurveyImport> find(String campaignCode, SurveyKind kind) {
        return jdbc.sql("""
                SELECT s.* FROM survey_import s JOIN campaign c ON c.id = s.campaign_id WHERE c.code = ? AND s.kind = ?
                """)
                .params(campaignCode, kind.name())
                .query((rs, n) -> new SurveyImport(
                        campaignCode,
                        kind,
                        rs.getString("item_code"),
                        rs.getString("file_name"),
                        rs.getObject("imported_at", OffsetDateTime.class).toInstant(),
                        rs.getString("imported_by"),
                        results(rs.getLong("id"))))
                .optional();
    }

    /** Replaces the campaign's import of this kind with the given one. */
    public void replace(SurveyImport survey) {
        jdbc.sql("""
                DELETE FROM survey_import WHERE kind = ? AND campaign_id = (SELECT id FROM campaign WHERE code = ?)
                """).params(survey.kind().name(), survey.campaignCode()).update();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO survey_import (campaign_id, kind, item_code, file_name, imported_at, imported_by)
                VALUES ((SELECT id FROM campaign WHERE code = ?), ?, ?, ?, ?, ?)
                """)
                .params(
                        survey.campaignCode(),
                        survey.kind().name(),
                        survey.itemCode(),
                        survey.fileName(),
                        survey.importedAt().atOffset(ZoneOffset.UTC),
                        survey.importedBy())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (SurveyResult r : survey.results()) {
            jdbc.sql("""
                    INSERT INTO survey_result (import_id, unit_code, respondents, satisfaction_rate, rating, source_row)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            id,
                            r.unitCode(),
                            r.respondents(),
                            r.satisfactionRate(),
                            r.rating().name(),
                            r.row())
                    .update();
        }
    }

    private List<SurveyResult> results(long importId) {
        return jdbc.sql("SELECT * FROM survey_result WHERE import_id = ? ORDER BY unit_code")
                .param(importId)
                .query((rs, n) -> new SurveyResult(
                        rs.getString("unit_code"),
                        rs.getInt("respondents"),
                        Decimals.plain(rs.getBigDecimal("satisfaction_rate")),
                        SurveyRating.valueOf(rs.getString("rating")),
                        rs.getInt("source_row")))
                .list();
    }
}
