package com.qinglian.campaign.internal;

import com.qinglian.campaign.Assignment;
import com.qinglian.campaign.Participant;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.Page;
import com.qinglian.shared.SortKeys;
import com.qinglian.unit.UnitType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A campaign's participants as its page lists them: paged and searched in SQL, with their assignments. */
@Repository
public class ParticipantRepository {

    private final JdbcClient jdbc;

    ParticipantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The participant list's sort keys and the columns they sort by: nothing else reaches the ORDER BY. */
    public static final SortKeys<String> PARTICIPANT_SORTS =
            SortKeys.of("code", "u.code").and("name", "u.name").and("type", "u.type");

    private static final String PARTICIPANTS = """
              FROM campaign_unit cu
              JOIN campaign c ON c.id = cu.campaign_id
              JOIN unit u ON u.code = cu.unit_code
             WHERE c.code = :campaign
               AND (CAST(:like AS VARCHAR) IS NULL OR u.code ILIKE :like ESCAPE '\\' OR u.name ILIKE :like ESCAPE '\\')
            """;

    /** One page of a campaign's participants matching the search text (code or name), with their assignments. */
    public Page<Participant> participants(String campaignCode, ListQuery query) {
        long total = jdbc.sql("SELECT COUNT(*)" + PARTICIPANTS)
                .param("campaign", campaignCode)
                .param("like", query.likePattern())
                .query(Long.class)
                .single();
        ListQuery within = query.within(total);
        List<Participant> rows = jdbc.sql("SELECT u.code, u.name, u.type" + PARTICIPANTS + " ORDER BY "
                        + PARTICIPANT_SORTS.orderBy(within, "u.code") + " LIMIT :limit OFFSET :offset")
                .param("campaign", campaignCode)
                .param("like", within.likePattern())
                .param("limit", within.size())
                .param("offset", within.offset())
                .query((rs, n) -> new Participant(
                        rs.getString("code"), rs.getString("name"), UnitType.valueOf(rs.getString("type")), List.of()))
                .list();
        Map<String, List<Assignment>> assigned = assignmentsOfUnits(
                campaignCode, rows.stream().map(Participant::code).toList());
        return new Page<>(
                rows.stream()
                        .map(p -> new Participant(
                                p.code(), p.name(), p.type(), assigned.getOrDefault(p.code(), List.of())))
                        .toList(),
                total,
                within);
    }

    /** Every participant's code, name and type (no assignments), in code order: what a scope chooses from. */
    public List<Participant> participants(String campaignCode) {
        return jdbc.sql("SELECT u.code, u.name, u.type" + PARTICIPANTS + " ORDER BY u.code")
                .param("campaign", campaignCode)
                .param("like", null)
                .query((rs, n) -> new Participant(
                        rs.getString("code"), rs.getString("name"), UnitType.valueOf(rs.getString("type")), List.of()))
                .list();
    }

    private Map<String, List<Assignment>> assignmentsOfUnits(String campaignCode, List<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        SELECT a.* FROM campaign_assignment a JOIN campaign c ON c.id = a.campaign_id
                         WHERE c.code = :campaign AND a.unit_code IN (:units)
                         ORDER BY a.unit_code, a.lead DESC, a.evaluator, a.node_code
                        """)
                .param("campaign", campaignCode)
                .param("units", unitCodes)
                .query(CampaignRepository::mapAssignment)
                .list()
                .stream()
                .collect(Collectors.groupingBy(Assignment::unitCode, LinkedHashMap::new, Collectors.toList()));
    }

    /** How many assignments the campaign has, for the page's heading. */
    public long assignmentCount(String campaignCode) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM campaign_assignment a JOIN campaign c ON c.id = a.campaign_id
                         WHERE c.code = ?
                        """).param(campaignCode).query(Long.class).single();
    }
}
