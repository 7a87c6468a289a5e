package com.qinglian.results.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What reports read beyond one unit's breakdown: node scores and explanation lines of many units at once,
 * asked for in batches of units so that a report over tens of thousands of units never holds them all.
 */
@Repository
public class ReportRepository {

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Scores of the given nodes for the given unit results: result id → node code → score. */
    public Map<Long, Map<String, BigDecimal>> nodeScores(Collection<Long> resultIds, Collection<String> nodeCodes) {
        Map<Long, Map<String, BigDecimal>> out = new HashMap<>();
        if (resultIds.isEmpty() || nodeCodes.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT result_id, node_code, score FROM unit_result_node WHERE result_id IN (" + marks(resultIds)
                        + ") AND node_code IN (" + marks(nodeCodes) + ")")
                .params(concat(resultIds, nodeCodes))
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong("result_id"), id -> new HashMap<>())
                            .put(rs.getString("node_code"), rs.getBigDecimal("score"));
                });
        return out;
    }

    /** One explanation line of a unit result. */
    public record ResultLine(long resultId, String kind, String code, BigDecimal points, String detail) {}

    /** The lines of the given kinds for the given unit results, in result and line order. */
    public List<ResultLine> lines(Collection<Long> resultIds, Collection<String> kinds) {
        if (resultIds.isEmpty() || kinds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT result_id, kind, code, points, detail FROM unit_result_line WHERE result_id IN ("
                        + marks(resultIds) + ") AND kind IN (" + marks(kinds) + ") ORDER BY result_id, position")
                .params(concat(resultIds, kinds))
                .query((rs, n) -> new ResultLine(
                        rs.getLong("result_id"),
                        rs.getString("kind"),
                        rs.getString("code"),
                        rs.getBigDecimal("points"),
                        rs.getString("detail")))
                .list();
    }

    private static String marks(Collection<?> values) {
        return values.stream().map(v -> "?").collect(Collectors.joining(","));
    }

    private static List<Object> concat(Collection<?> a, Collection<?> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream())
                .map(v -> (Object) v)
                .toList();
    }
}
