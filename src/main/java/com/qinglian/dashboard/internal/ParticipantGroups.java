package com.qinglian.dashboard.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A campaign's participants in groups that see the same items when a rubric restricts nodes by tag or by unit code:
 * one grouped query, so the dashboard counts scorable items per group instead of per unit.
 */
@Repository
public class ParticipantGroups {

    private final JdbcClient jdbc;

    ParticipantGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Participants alike in what a rubric restricts items by: their type, their tags (as stored: separated by a
     * space) and, when a node names it, their code; with how many there are.
     */
    public record Participants(String unitType, String tags, String namedCode, long count) {}

    /** The participants grouped by type, tags and (for the codes given, which nodes name) code. */
    public List<Participants> participantsByRestriction(String campaignCode, Collection<String> namedCodes) {
        // no unit has an empty code: the list is never empty for IN
        List<String> named = namedCodes.isEmpty() ? List.of("") : List.copyOf(namedCodes);
        return jdbc.sql("""
                SELECT unit_type, tags, named, COUNT(*) FROM (
                    SELECT u.type AS unit_type, u.tags AS tags,
                           CASE WHEN u.code IN (:named) THEN u.code ELSE '' END AS named
                      FROM campaign c
                      JOIN campaign_unit cu ON cu.campaign_id = c.id
                      JOIN unit u ON u.code = cu.unit_code
                     WHERE c.code = :campaign) alike
                 GROUP BY unit_type, tags, named
                """)
                .param("named", named)
                .param("campaign", campaignCode)
                .query((rs, n) -> new Participants(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }
}
