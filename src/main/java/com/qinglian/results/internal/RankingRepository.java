package com.qinglian.results.internal;

import com.qinglian.results.MissingItem;
import com.qinglian.results.RankingRow;
import com.qinglian.results.RunSummary;
import com.qinglian.results.UnitOutcome;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.Page;
import com.qinglian.shared.SortKeys;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One page of a run's ranking, read with SQL: a province's run has 50,000 units, and a page shows twenty. Complete
 * units come from {@code unit_result}, incomplete ones (未完成: no rank, total or grade) from
 * {@code unit_result_missing}; both are one list, so that searching, sorting and paging treat them alike.
 */
@Repository
public class RankingRepository {

    /**
     * The ranking's sort keys and the columns they sort by: nothing else reaches the ORDER BY. Incomplete units have
     * no rank and no total: by either, they come last whichever the direction.
     */
    public static final SortKeys<String> SORTS = SortKeys.of("rank", "shown_rank IS NULL, shown_rank")
            .and("code", "unit_code")
            .and("name", "unit_name")
            .and("type", "unit_type")
            .and("total", "total IS NULL, total");

    private static final String MATCHING = """
             WHERE (CAST(:type AS VARCHAR) IS NULL OR u.unit_type = :type)
               AND (CAST(:grade AS VARCHAR) IS NULL OR u.grade = :grade)
               AND (CAST(:like AS VARCHAR) IS NULL
                    OR u.unit_code ILIKE :like ESCAPE '\\' OR u.unit_name ILIKE :like ESCAPE '\\')
            """;

    private final JdbcClient jdbc;

    RankingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The campaign's current run without its units, with the count of its incomplete units. */
    public Optional<RunSummary> currentRun(String campaignCode) {
        return jdbc.sql("""
                SELECT r.id, r.computed_at, r.computed_by, r.inputs_sha256,
                       (SELECT COUNT(DISTINCT m.unit_code) FROM unit_result_missing m WHERE m.run_id = r.id) AS incomplete
                  FROM result_run r JOIN campaign c ON c.id = r.campaign_id
                 WHERE c.code = ? AND r.is_current = TRUE
                """)
                .param(campaignCode)
                .query((rs, n) -> new RunSummary(
                        rs.getLong("id"),
                        rs.getObject("computed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("computed_by"),
                        rs.getString("inputs_sha256"),
                        rs.getLong("incomplete")))
                .optional();
    }

    /**
     * One page of the run's units that match: of one type ({@code agency}, {@code station}; null: all, ranked
     * overall) and grade (null: any), whose code or name contains the query's text.
     */
    public Page<RankingRow> page(long runId, String unitType, String grade, ListQuery query) {
        long total = matching(
                        "SELECT COUNT(*) FROM (" + units(unitType) + ") u" + MATCHING, runId, unitType, grade, query)
                .query(Long.class)
                .single();
        ListQuery within = query.within(total);
        List<RankingRow> rows = matching(
                        "SELECT * FROM (" + units(unitType) + ") u" + MATCHING + " ORDER BY "
                                + SORTS.orderBy(within, "unit_code") + " LIMIT :limit OFFSET :offset",
                        runId,
                        unitType,
                        grade,
                        within)
                .param("limit", within.size())
                .param("offset", within.offset())
                .query(this::map)
                .list();
        return new Page<>(withMissing(runId, rows), total, within);
    }

    /**
     * Every unit of the run, one row each; the rank shown is the overall one, or the one within the type when the
     * list is of one type. The column is chosen here, never from the request.
     */
    private static String units(String unitType) {
        String rank = unitType == null ? "r.overall_rank" : "r.type_rank";
        return """
                SELECT r.unit_code, r.unit_name, r.unit_type, r.id AS result_id, r.max_total, r.items_total,
                       r.deductions, r.bonus, r.total, r.grade, r.vetoes, r.overall_rank, r.type_rank,
                       %s AS shown_rank
                  FROM unit_result r WHERE r.run_id = :run
                UNION ALL
                SELECT m.unit_code, MIN(m.unit_name), MIN(m.unit_type), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                       NULL, NULL, NULL
                  FROM unit_result_missing m WHERE m.run_id = :run GROUP BY m.unit_code
                """.formatted(rank);
    }

    private JdbcClient.StatementSpec matching(String sql, long runId, String unitType, String grade, ListQuery query) {
        return jdbc.sql(sql)
                .param("run", runId)
                .param("type", unitType)
                .param("grade", grade)
                .param("like", query.likePattern());
    }

    /** The rows with what each incomplete one lacks, read for this page's incomplete units only. */
    private List<RankingRow> withMissing(long runId, List<RankingRow> rows) {
        List<String> incomplete = rows.stream()
                .filter(r -> !r.complete())
                .map(RankingRow::unitCode)
                .toList();
        if (incomplete.isEmpty()) {
            return rows;
        }
        Map<String, List<MissingItem>> missing = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT unit_code, item_code, item_label, kind, owed_by FROM unit_result_missing
                 WHERE run_id = :run AND unit_code IN (:units) ORDER BY unit_code, position
                """).param("run", runId).param("units", incomplete).query(rs -> {
            String owed = rs.getString("owed_by");
            missing.computeIfAbsent(rs.getString("unit_code"), c -> new ArrayList<>())
                    .add(new MissingItem(
                            rs.getString("item_code"),
                            rs.getString("item_label"),
                            MissingItem.Kind.valueOf(rs.getString("kind")),
                            owed.isEmpty() ? List.of() : Arrays.asList(owed.split(","))));
        });
        return rows.stream()
                .map(r -> r.complete()
                        ? r
                        : new RankingRow(
                                r.unitCode(),
                                r.unitName(),
                                r.unitType(),
                                null,
                                missing.getOrDefault(r.unitCode(), List.of())))
                .toList();
    }

    private RankingRow map(ResultSet rs, int row) throws SQLException {
        long resultId = rs.getLong("result_id");
        if (rs.wasNull()) {
            return new RankingRow(
                    rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("unit_type"), null, List.of());
        }
        UnitOutcome outcome = ResultRepository.outcome(rs, resultId);
        return new RankingRow(outcome.unitCode(), outcome.unitName(), outcome.unitType(), outcome, List.of());
    }
}
