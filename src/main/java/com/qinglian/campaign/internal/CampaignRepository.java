package com.qinglian.campaign.internal;

import com.qinglian.campaign.Assignment;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Deadlines;
import com.qinglian.campaign.Transition;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.Page;
import com.qinglian.shared.SortKeys;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaigns, their units, evaluator assignments and status history, in plain SQL. */
@Repository
public class CampaignRepository {

    private final JdbcClient jdbc;

    CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Campaign> findAll() {
        return jdbc.sql("SELECT * FROM campaign ORDER BY year DESC, code")
                .query(this::map)
                .list();
    }

    /** The campaign list's sort keys and the columns they sort by: nothing else reaches the ORDER BY. */
    public static final SortKeys<String> SORTS = SortKeys.of("year", "year")
            .and("name", "name")
            .and("period", "period_start")
            .and("rubric", "rubric_code")
            .and("status", inLifecycleOrder())
            .descendingByDefault();

    private static final String MATCHING = """
             WHERE (CAST(:like AS VARCHAR) IS NULL OR code ILIKE :like ESCAPE '\\' OR name ILIKE :like ESCAPE '\\')
               AND (CAST(:status AS VARCHAR) IS NULL OR status = :status)
            """;

    /** Sorting by status means by the order a campaign goes through them, not alphabetically. */
    private static String inLifecycleOrder() {
        StringBuilder order = new StringBuilder("CASE status");
        for (CampaignStatus status : CampaignStatus.values()) {
            order.append(" WHEN '").append(status.name()).append("' THEN ").append(status.ordinal());
        }
        return order.append(" END").toString();
    }

    /** One page of the campaigns whose code or name matches, in a status if given. */
    public Page<Campaign> page(ListQuery query, CampaignStatus status) {
        long total = matching("SELECT COUNT(*) FROM campaign" + MATCHING, query, status)
                .query(Long.class)
                .single();
        ListQuery within = query.within(total);
        List<Campaign> rows = matching(
                        "SELECT * FROM campaign" + MATCHING + " ORDER BY " + SORTS.orderBy(within, "code")
                                + " LIMIT :limit OFFSET :offset",
                        within,
                        status)
                .param("limit", within.size())
                .param("offset", within.offset())
                .query(this::map)
                .list();
        return new Page<>(rows, total, within);
    }

    private JdbcClient.StatementSpec matching(String sql, ListQuery query, CampaignStatus status) {
        return jdbc.sql(sql).param("like", query.likePattern()).param("status", status == null ? null : status.name());
    }

    /** Campaigns a unit takes part in, newest first. */
    public List<Campaign> findForUnit(String unitCode) {
        return jdbc.sql("""
                SELECT c.* FROM campaign c JOIN campaign_unit cu ON cu.campaign_id = c.id
                 WHERE cu.unit_code = ? ORDER BY c.year DESC, c.code
                """).param(unitCode).query(this::map).list();
    }

    public Optional<Campaign> find(String code) {
        return jdbc.sql("SELECT * FROM campaign WHERE code = ?")
                .param(code)
                .query(this::map)
                .optional();
    }

    public long insert(Campaign c, Instant now) {
        jdbc.sql("""
                INSERT INTO campaign (code, name, year, period_start, period_end, rubric_code, rubric_version, status,
                                      self_assessment_deadline, review_deadline, publicity_deadline, organiser_nodes,
                                      settings, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                """)
                .params(
                        c.code(),
                        c.name(),
                        c.year(),
                        c.periodStart(),
                        c.periodEnd(),
                        c.rubricCode(),
                        c.rubricVersion(),
                        c.status().name(),
                        c.deadlines().selfAssessment(),
                        c.deadlines().review(),
                        c.deadlines().publicity(),
                        String.join(",", c.organiserNodes()),
                        c.settings(),
                        at(now),
                        at(now))
                .update();
        return id(c.code());
    }

    /** Saves the campaign if nobody changed it since {@code c.version()}. */
    public boolean update(Campaign c, Instant now) {
        return jdbc.sql("""
                UPDATE campaign SET name = ?, year = ?, period_start = ?, period_end = ?, rubric_code = ?, rubric_version = ?,
                                    status = ?, self_assessment_deadline = ?, review_deadline = ?, publicity_deadline = ?,
                                    organiser_nodes = ?, settings = ?, version = version + 1, updated_at = ?
                 WHERE code = ? AND version = ?
                """)
                        .params(
                                c.name(),
                                c.year(),
                                c.periodStart(),
                                c.periodEnd(),
                                c.rubricCode(),
                                c.rubricVersion(),
                                c.status().name(),
                                c.deadlines().selfAssessment(),
                                c.deadlines().review(),
                                c.deadlines().publicity(),
                                String.join(",", c.organiserNodes()),
                                c.settings(),
                                at(now),
                                c.code(),
                                c.version())
                        .update()
                == 1;
    }

    public List<String> units(String campaignCode) {
        return jdbc.sql("""
                SELECT cu.unit_code FROM campaign_unit cu JOIN campaign c ON c.id = cu.campaign_id
                 WHERE c.code = ? ORDER BY cu.unit_code
                """).param(campaignCode).query(String.class).list();
    }

    /** Whether the unit takes part in the campaign: one key lookup, not the campaign's list of participants. */
    public boolean takesPart(String campaignCode, String unitCode) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM campaign_unit cu JOIN campaign c ON c.id = cu.campaign_id
                 WHERE c.code = ? AND cu.unit_code = ?
                """).params(campaignCode, unitCode).query(Integer.class).single() > 0;
    }

    /** Whether the evaluator has any assignment in the campaign (index on evaluator and campaign). */
    public boolean evaluatesIn(String campaignCode, String evaluator) {
        return !jdbc.sql("""
                        SELECT 1 FROM campaign_assignment a JOIN campaign c ON c.id = a.campaign_id
                         WHERE c.code = ? AND a.evaluator = ? FETCH FIRST 1 ROWS ONLY
                        """)
                .params(campaignCode, evaluator)
                .query(Integer.class)
                .list()
                .isEmpty();
    }

    public void replaceUnits(String campaignCode, Collection<String> unitCodes) {
        long id = id(campaignCode);
        jdbc.sql("DELETE FROM campaign_unit WHERE campaign_id = ?").param(id).update();
        for (String unit : unitCodes) {
            jdbc.sql("INSERT INTO campaign_unit (campaign_id, unit_code) VALUES (?, ?)")
                    .params(id, unit)
                    .update();
        }
    }

    public List<Assignment> assignments(String campaignCode) {
        return jdbc.sql("""
                SELECT a.* FROM campaign_assignment a JOIN campaign c ON c.id = a.campaign_id
                 WHERE c.code = ? ORDER BY a.unit_code, a.evaluator, a.node_code
                """)
                .param(campaignCode)
                .query(CampaignRepository::mapAssignment)
                .list();
    }

    /** One evaluator's assignments in a campaign, for their worklist. */
    public List<Assignment> assignmentsOf(String campaignCode, String evaluator) {
        return jdbc.sql("""
                SELECT a.* FROM campaign_assignment a JOIN campaign c ON c.id = a.campaign_id
                 WHERE c.code = ? AND a.evaluator = ? ORDER BY a.unit_code, a.node_code
                """)
                .params(campaignCode, evaluator)
                .query(CampaignRepository::mapAssignment)
                .list();
    }

    /** One evaluator's assignments for one unit: a page needs these, not the campaign's hundred thousand. */
    public List<Assignment> assignments(String campaignCode, String unitCode, String evaluator) {
        return jdbc.sql("""
                SELECT a.* FROM campaign_assignment a JOIN campaign c ON c.id = a.campaign_id
                 WHERE c.code = ? AND a.unit_code = ? AND a.evaluator = ? ORDER BY a.node_code
                """)
                .params(campaignCode, unitCode, evaluator)
                .query(CampaignRepository::mapAssignment)
                .list();
    }

    public void insertAssignment(String campaignCode, Assignment a) {
        jdbc.sql(
                        "INSERT INTO campaign_assignment (campaign_id, unit_code, evaluator, node_code, lead) VALUES (?, ?, ?, ?, ?)")
                .params(id(campaignCode), a.unitCode(), a.evaluator(), a.nodeCode(), a.lead())
                .update();
    }

    public Optional<Assignment> assignment(String campaignCode, long assignmentId) {
        return jdbc.sql("""
                SELECT a.* FROM campaign_assignment a JOIN campaign c ON c.id = a.campaign_id
                 WHERE c.code = ? AND a.id = ?
                """)
                .params(campaignCode, assignmentId)
                .query(CampaignRepository::mapAssignment)
                .optional();
    }

    public void deleteAssignment(long assignmentId) {
        jdbc.sql("DELETE FROM campaign_assignment WHERE id = ?")
                .param(assignmentId)
                .update();
    }

    /** Whether the evaluator is assigned to the unit in any campaign that is not finalized. */
    public boolean isAssigned(String evaluator, String unitCode) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM campaign_assignment a JOIN campaign c ON c.id = a.campaign_id
                 WHERE a.evaluator = ? AND a.unit_code = ? AND c.status <> 'FINALIZED'
                """).params(evaluator, unitCode).query(Integer.class).single() > 0;
    }

    /** Whether the evaluator is assigned to the unit in that campaign. */
    public boolean isAssignedIn(String evaluator, String campaignCode, String unitCode) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM campaign_assignment a JOIN campaign c ON c.id = a.campaign_id
                 WHERE a.evaluator = ? AND c.code = ? AND a.unit_code = ?
                """)
                        .params(evaluator, campaignCode, unitCode)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void insertTransition(String campaignCode, Transition t) {
        jdbc.sql("""
                INSERT INTO campaign_transition (campaign_id, from_status, to_status, actor, reason, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
                .params(id(campaignCode), t.from().name(), t.to().name(), t.actor(), t.reason(), at(t.at()))
                .update();
    }

    public List<Transition> transitions(String campaignCode) {
        return jdbc.sql("""
                SELECT t.* FROM campaign_transition t JOIN campaign c ON c.id = t.campaign_id
                 WHERE c.code = ? ORDER BY t.occurred_at, t.id
                """)
                .param(campaignCode)
                .query((rs, n) -> new Transition(
                        CampaignStatus.valueOf(rs.getString("from_status")),
                        CampaignStatus.valueOf(rs.getString("to_status")),
                        rs.getString("actor"),
                        rs.getString("reason"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private long id(String campaignCode) {
        return jdbc.sql("SELECT id FROM campaign WHERE code = ?")
                .param(campaignCode)
                .query(Long.class)
                .single();
    }

    private Campaign map(ResultSet rs, int row) throws SQLException {
        String nodes = rs.getString("organiser_nodes");
        return new Campaign(
                rs.getString("code"),
                rs.getString("name"),
                rs.getInt("year"),
                date(rs, "period_start"),
                date(rs, "period_end"),
                rs.getString("rubric_code"),
                rs.getString("rubric_version"),
                CampaignStatus.valueOf(rs.getString("status")),
                new Deadlines(
                        date(rs, "self_assessment_deadline"),
                        date(rs, "review_deadline"),
                        date(rs, "publicity_deadline")),
                nodes == null || nodes.isBlank() ? List.of() : Arrays.asList(nodes.split(",")),
                rs.getString("settings"),
                rs.getInt("version"));
    }

    static Assignment mapAssignment(ResultSet rs, int row) throws SQLException {
        return new Assignment(
                rs.getLong("id"),
                rs.getString("unit_code"),
                rs.getString("evaluator"),
                rs.getString("node_code"),
                rs.getBoolean("lead"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
