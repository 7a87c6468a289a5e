package com.qinglian.assessment.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts, in the database, the units whose dated evidence of an item falls short of a count per period. */
@Repository
public class ShortfallQueries {

    private final JdbcClient jdbc;

    ShortfallQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Units concerned (taking part, of the types given) and how many of them fall short. */
    public record Counts(long units, long shortOf) {}

    /**
     * A unit falls short when fewer than {@code periods} of its periods (of {@code months} months each, from
     * {@code from} to {@code to}) hold at least {@code need} undeleted documents dated in them.
     */
    public Counts count(
            String campaignCode,
            String itemCode,
            Collection<String> unitTypes,
            int months,
            int need,
            int periods,
            LocalDate from,
            LocalDate to) {
        return count(campaignCode, itemCode, unitTypes, null, months, need, periods, from, to);
    }

    /**
     * As {@link #count(String, String, Collection, int, int, int, LocalDate, LocalDate)}, for an item that applies
     * only to some units (a rubric restricts it by tag or unit code): those units, named by code. Counted in slices
     * of codes, as a statement takes a limited number of parameters.
     */
    public Counts countAmong(
            String campaignCode,
            String itemCode,
            List<String> unitCodes,
            int months,
            int need,
            int periods,
            LocalDate from,
            LocalDate to) {
        long units = 0;
        long shortOf = 0;
        for (int at = 0; at < unitCodes.size(); at += CODES_PER_STATEMENT) {
            Counts slice = count(
                    campaignCode,
                    itemCode,
                    null,
                    unitCodes.subList(at, Math.min(unitCodes.size(), at + CODES_PER_STATEMENT)),
                    months,
                    need,
                    periods,
                    from,
                    to);
            units += slice.units();
            shortOf += slice.shortOf();
        }
        return new Counts(units, shortOf);
    }

    private static final int CODES_PER_STATEMENT = 1000;

    private Counts count(
            String campaignCode,
            String itemCode,
            Collection<String> unitTypes,
            Collection<String> unitCodes,
            int months,
            int need,
            int periods,
            LocalDate from,
            LocalDate to) {
        // months is a whole number from an enum, written into the SQL so that both databases see the same
        // grouping expression in SELECT and GROUP BY
        String period = "(CAST(EXTRACT(MONTH FROM f.evidence_date) AS INTEGER) - 1) / " + Integer.valueOf(months);
        return jdbc.sql("""
                SELECT COUNT(*) AS units,
                       COALESCE(SUM(CASE WHEN COALESCE(met.periods, 0) < :periods THEN 1 ELSE 0 END), 0) AS short_of
                  FROM campaign_unit cu
                  JOIN campaign c ON c.id = cu.campaign_id
                  JOIN unit u ON u.code = cu.unit_code
                  LEFT JOIN (SELECT p.unit_code, COUNT(*) AS periods
                               FROM (SELECT a.unit_code, %1$s AS period
                                       FROM evidence_file f
                                       JOIN self_assessment_item i ON i.id = f.item_id
                                       JOIN self_assessment a ON a.id = i.assessment_id
                                       JOIN campaign ac ON ac.id = a.campaign_id
                                      WHERE ac.code = :campaign AND i.item_code = :item AND f.removed_at IS NULL
                                        AND f.evidence_date BETWEEN :from AND :to
                                      GROUP BY a.unit_code, %1$s
                                     HAVING COUNT(*) >= :need) p
                              GROUP BY p.unit_code) met ON met.unit_code = cu.unit_code
                 WHERE c.code = :campaign AND %2$s
                """.formatted(period, unitCodes == null ? "u.type IN (:units)" : "u.code IN (:units)"))
                .param("units", unitCodes == null ? unitTypes : unitCodes)
                .param("campaign", campaignCode)
                .param("item", itemCode)
                .param("need", need)
                .param("periods", periods)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new Counts(rs.getLong("units"), rs.getLong("short_of")))
                .single();
    }
}
