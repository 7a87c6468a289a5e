package com.qinglian.evaluation.internal;

import com.qinglian.evaluation.Disagreement;
import com.qinglian.evaluation.EvaluatorScore;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.Page;
import com.qinglian.shared.SortKeys;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evaluator scores in plain SQL; an update only lands on the version it was based on. */
@Repository
public class ScoreRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    ScoreRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        // a campaign-wide read is streamed in chunks (PostgreSQL otherwise buffers millions of rows in the driver)
        this.streaming = new JdbcTemplate(template.getDataSource());
        this.streaming.setFetchSize(5_000);
    }

    /**
     * Every score of a campaign, only the columns the engine needs, in the order of {@link #forCampaign}, handed
     * over row by row (columns unit_code, item_code, evaluator, score): a province holds millions of them.
     */
    public void eachScore(String campaignCode, RowCallbackHandler row) {
        streaming.query("""
                SELECT s.unit_code, s.item_code, s.evaluator, s.score FROM evaluator_score s
                  JOIN campaign c ON c.id = s.campaign_id
                 WHERE c.code = ? ORDER BY s.unit_code, s.item_code, s.evaluator
                """, row, campaignCode);
    }

    public List<EvaluatorScore> forCampaign(String campaignCode) {
        return jdbc.sql("""
                SELECT s.* FROM evaluator_score s JOIN campaign c ON c.id = s.campaign_id
                 WHERE c.code = ? ORDER BY s.unit_code, s.item_code, s.evaluator
                """).param(campaignCode).query(this::map).list();
    }

    public List<EvaluatorScore> forUnit(String campaignCode, String unitCode) {
        return jdbc.sql("""
                SELECT s.* FROM evaluator_score s JOIN campaign c ON c.id = s.campaign_id
                 WHERE c.code = ? AND s.unit_code = ? ORDER BY s.item_code, s.evaluator
                """).params(campaignCode, unitCode).query(this::map).list();
    }

    /** How many scores one evaluator has given in a campaign, per unit. */
    public Map<String, Long> countsOf(String campaignCode, String evaluator) {
        Map<String, Long> out = new HashMap<>();
        jdbc.sql("""
                SELECT s.unit_code, COUNT(*) FROM evaluator_score s
                 WHERE s.campaign_id = (SELECT id FROM campaign WHERE code = ?) AND s.evaluator = ?
                 GROUP BY s.unit_code
                """).params(campaignCode, evaluator).query(rs -> {
            out.put(rs.getString(1), rs.getLong(2));
        });
        return out;
    }

    /** One evaluator's scores of one unit. */
    public List<EvaluatorScore> ofEvaluator(String campaignCode, String unitCode, String evaluator) {
        return jdbc.sql("""
                SELECT s.* FROM evaluator_score s JOIN campaign c ON c.id = s.campaign_id
                 WHERE c.code = ? AND s.unit_code = ? AND s.evaluator = ? ORDER BY s.item_code
                """)
                .params(campaignCode, unitCode, evaluator)
                .query(this::map)
                .list();
    }

    public Optional<EvaluatorScore> find(String campaignCode, String unitCode, String itemCode, String evaluator) {
        return jdbc.sql("""
                SELECT s.* FROM evaluator_score s JOIN campaign c ON c.id = s.campaign_id
                 WHERE c.code = ? AND s.unit_code = ? AND s.item_code = ? AND s.evaluator = ?
                """)
                .params(campaignCode, unitCode, itemCode, evaluator)
                .query(this::map)
                .optional();
    }

    public void insert(String campaignCode, EvaluatorScore s, Instant now) {
        jdbc.sql("""
                INSERT INTO evaluator_score (campaign_id, unit_code, item_code, evaluator, score, comment, version, updated_at)
                SELECT id, ?, ?, ?, ?, ?, 0, ? FROM campaign WHERE code = ?
                """)
                .params(s.unitCode(), s.itemCode(), s.evaluator(), s.score(), s.comment(), at(now), campaignCode)
                .update();
    }

    /**
     * Recounts, for each given unit, the items scored by anyone (kept in {@code scored_item_count} for the
     * dashboards). Called in the transaction of every write that adds a score. The unit's count row is locked
     * before counting, so that of two transactions adding scores to one unit at once the second counts after the
     * first has committed and sees its score; units are locked in code order, so two uploads cannot deadlock.
     */
    public void recountScoredItems(String campaignCode, Collection<String> unitCodes) {
        for (String unit : new TreeSet<>(unitCodes)) {
            jdbc.sql("""
                    INSERT INTO scored_item_count (campaign_id, unit_code, items)
                    SELECT id, ?, 0 FROM campaign WHERE code = ?
                    ON CONFLICT DO NOTHING
                    """).params(unit, campaignCode).update();
            jdbc.sql("""
                    SELECT items FROM scored_item_count
                     WHERE campaign_id = (SELECT id FROM campaign WHERE code = ?) AND unit_code = ?
                       FOR UPDATE
                    """).params(campaignCode, unit).query(Integer.class).single();
            jdbc.sql("""
                    UPDATE scored_item_count
                       SET items = (SELECT COUNT(DISTINCT s.item_code) FROM evaluator_score s
                                     WHERE s.campaign_id = scored_item_count.campaign_id
                                       AND s.unit_code = scored_item_count.unit_code)
                     WHERE campaign_id = (SELECT id FROM campaign WHERE code = ?) AND unit_code = ?
                    """).params(campaignCode, unit).update();
        }
    }

    /** Writes the score if it is still at {@code s.version()}; returns false when someone saved in between. */
    public boolean update(String campaignCode, EvaluatorScore s, Instant now) {
        return jdbc.sql("""
                UPDATE evaluator_score SET score = ?, comment = ?, version = version + 1, updated_at = ?
                 WHERE campaign_id = (SELECT id FROM campaign WHERE code = ?)
                   AND unit_code = ? AND item_code = ? AND evaluator = ? AND version = ?
                """)
                        .params(
                                s.score(),
                                s.comment(),
                                at(now),
                                campaignCode,
                                s.unitCode(),
                                s.itemCode(),
                                s.evaluator(),
                                s.version())
                        .update()
                == 1;
    }

    /** The disagreement list's sort keys and the columns they sort by: nothing else reaches the ORDER BY. */
    public static final SortKeys<String> DISAGREEMENT_SORTS =
            SortKeys.of("unit", "d.unit_code").and("item", "d.item_code").and("spread", "d.spread");

    /** The campaign's items scored by several evaluators whose highest and lowest scores differ by more than :threshold. */
    private static final String SPREADS = """
            SELECT s.unit_code, s.item_code, MAX(s.score) - MIN(s.score) AS spread FROM evaluator_score s
             WHERE s.campaign_id = (SELECT id FROM campaign WHERE code = :campaign)
               AND (CAST(:like AS VARCHAR) IS NULL OR s.unit_code IN (
                    SELECT code FROM unit WHERE code ILIKE :like ESCAPE '\\' OR name ILIKE :like ESCAPE '\\'))
             GROUP BY s.unit_code, s.item_code
            HAVING COUNT(*) > 1 AND MAX(s.score) - MIN(s.score) > :threshold
            """;

    /**
     * One page of the disagreements, aggregated in the database (a province has millions of scores) in one pass
     * that also counts them all, with every evaluator's score of the items on the page; units whose code or name
     * contains the query's text. A page past the end costs a second pass, for the last page.
     */
    public Page<Disagreement> disagreements(String campaignCode, BigDecimal threshold, ListQuery query) {
        List<Spread> spreads = spreads(campaignCode, threshold, query);
        if (spreads.isEmpty() && query.page() > 1) {
            spreads = spreads(campaignCode, threshold, query.within(1));
            long total = spreads.isEmpty() ? 0 : spreads.get(0).total();
            if (total > 0) {
                spreads = spreads(campaignCode, threshold, query.within(total));
            }
        }
        long total = spreads.isEmpty() ? 0 : spreads.get(0).total();
        ListQuery within = query.within(total);
        if (spreads.isEmpty()) {
            return new Page<>(List.of(), total, within);
        }
        Map<String, List<EvaluatorScore>> scores = jdbc
                .sql("""
                SELECT s.* FROM evaluator_score s JOIN campaign c ON c.id = s.campaign_id
                 WHERE c.code = :campaign AND s.unit_code IN (:units) ORDER BY s.unit_code, s.item_code, s.evaluator
                """)
                .param("campaign", campaignCode)
                .param(
                        "units",
                        spreads.stream().map(Spread::unitCode).distinct().toList())
                .query(this::map)
                .list()
                .stream()
                .collect(Collectors.groupingBy(s -> s.unitCode() + "/" + s.itemCode()));
        return new Page<>(
                spreads.stream()
                        .map(d -> new Disagreement(
                                d.unitCode(),
                                d.unitName(),
                                d.itemCode(),
                                scores.getOrDefault(d.unitCode() + "/" + d.itemCode(), List.of())))
                        .toList(),
                total,
                within);
    }

    /** A disagreement on a page, with the count of all that match. */
    private record Spread(String unitCode, String unitName, String itemCode, long total) {}

    private List<Spread> spreads(String campaignCode, BigDecimal threshold, ListQuery query) {
        return jdbc.sql("SELECT d.unit_code, d.item_code, u.name, COUNT(*) OVER () AS total FROM (" + SPREADS
                        + ") d JOIN unit u ON u.code = d.unit_code ORDER BY "
                        + DISAGREEMENT_SORTS.orderBy(query, "d.unit_code, d.item_code")
                        + " LIMIT :limit OFFSET :offset")
                .param("campaign", campaignCode)
                .param("like", query.likePattern())
                .param("threshold", threshold)
                .param("limit", query.size())
                .param("offset", query.offset())
                .query((rs, n) -> new Spread(
                        rs.getString("unit_code"),
                        rs.getString("name"),
                        rs.getString("item_code"),
                        rs.getLong("total")))
                .list();
    }

    private EvaluatorScore map(ResultSet rs, int row) throws SQLException {
        return new EvaluatorScore(
                rs.getString("unit_code"),
                rs.getString("item_code"),
                rs.getString("evaluator"),
                rs.getBigDecimal("score"),
                rs.getString("comment"),
                rs.getInt("version"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
