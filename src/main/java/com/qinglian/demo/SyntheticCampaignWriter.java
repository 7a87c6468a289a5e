package com.qinglian.demo;

import com.qinglian.campaign.Campaign;
import com.qinglian.demo.CampaignGenerator.Options;
import com.qinglian.evidence.FileKind;
import com.qinglian.rubric.ApplicableItems;
import com.qinglian.rubric.PlacedItem;
import com.qinglian.rubric.Rubric;
import com.qinglian.unit.UnitType;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** One generator run's writing, in the order the foreign keys need; rows in batches on the run's connection. */
final class SyntheticCampaignWriter {

    static final int UNITS_PER_TEAM = 100;
    private static final int UNITS_PER_CHUNK = 500;
    private static final String ORGANISER_NODE = CampaignGenerator.ORGANISER_NODE;
    private static final List<String> GROUPS = List.of("党群部门", "经济部门", "社会事业部门", "执法监管部门");

    private final Connection connection;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Options options;
    private final Rubric rubric;
    private final Campaign campaign;
    private final String organiser;
    private final SyntheticChoices choices;
    private final OffsetDateTime now;
    private final Map<UnitType, List<PlacedItem>> answered = new HashMap<>();
    private final Map<UnitType, List<PlacedItem>> organiserItems = new HashMap<>();
    /** Generated units carry no tags; a node restricted to some unit codes may still name generated ones. */
    private final ApplicableItems applicable;

    private final int agencies;
    private long campaignId;
    private int documents;

    SyntheticCampaignWriter(
            Connection connection,
            JdbcClient jdbc,
            PasswordEncoder passwords,
            Instant now,
            Options options,
            Rubric rubric,
            Campaign campaign,
            String organiser) {
        this.connection = connection;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.options = options;
        this.rubric = rubric;
        this.campaign = campaign;
        this.organiser = organiser;
        this.choices = new SyntheticChoices(options.seed());
        this.now = now.atOffset(ZoneOffset.UTC);
        this.agencies = (options.units() + 2) / 3;
        this.applicable = new ApplicableItems(rubric);
        for (UnitType type : UnitType.values()) {
            List<PlacedItem> items = applicable.of(type.key(), Set.of(), "");
            answered.put(type, campaign.answeredItems(items));
            organiserItems.put(
                    type, items.stream().filter(campaign::isOrganiserOnly).toList());
        }
    }

    String unitCode(int index) {
        return index < agencies
                ? String.format("%s-A%06d", options.code(), index + 1)
                : String.format("%s-S%06d", options.code(), index - agencies + 1);
    }

    UnitType type(int index) {
        return index < agencies ? UnitType.AGENCY : UnitType.STATION;
    }

    String lead(int index) {
        return String.format("%s-ev%04da", options.code(), index / UNITS_PER_TEAM + 1);
    }

    String second(int index) {
        return String.format("%s-ev%04db", options.code(), index / UNITS_PER_TEAM + 1);
    }

    CampaignGenerator.Summary write(long started) throws SQLException {
        writeCampaign();
        int teams = writeEvaluators();
        writeUnits();
        Map<String, Long> assessments = writeAssessments();
        long selfItems = 0;
        long scores = 0;
        long evidence = 0;
        long cases = 0;
        try (Batch items = new Batch(connection, """
                        INSERT INTO self_assessment_item (assessment_id, item_code, self_score, explanation, status,
                                                          version, updated_at, updated_by)
                        VALUES (?, ?, ?, '已按要求落实,见佐证材料', 'SUBMITTED', 1, ?, 'generator')
                        """);
                Batch scoreRows = new Batch(connection, """
                        INSERT INTO evaluator_score (campaign_id, unit_code, item_code, evaluator, score, comment,
                                                     version, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, 0, ?)
                        """);
                Batch files = new Batch(connection, """
                        INSERT INTO evidence_file (item_id, storage_key, sha256, size_bytes, kind, media_type,
                                                   display_name, evidence_date, uploaded_at, uploaded_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'generator')
                        """);
                Batch caseRows = new Batch(connection, """
                        INSERT INTO ledger_case (campaign_id, unit_code, rule_code, case_count, multiplier,
                                                 case_date, document_number, issuing_body, description, source,
                                                 version, recorded_at, recorded_by)
                        VALUES (?, ?, ?, ?, 1, ?, ?, '区纪委区监委', '模拟数据', 'MANUAL', 0, ?, ?)
                        """)) {
            for (int from = 0; from < options.units(); from += UNITS_PER_CHUNK) {
                int to = Math.min(options.units(), from + UNITS_PER_CHUNK);
                Map<String, Integer> pendingFiles = new LinkedHashMap<>();
                for (int i = from; i < to; i++) {
                    writeUnitScores(i, assessments.get(unitCode(i)), items, scoreRows, pendingFiles);
                    for (String rule : choices.cases()) {
                        caseRows.add(
                                campaignId,
                                unitCode(i),
                                rule,
                                choices.caseCount(rule),
                                choices.dateIn(campaign.periodStart(), campaign.periodEnd()),
                                "瓯纪〔" + options.year() + "〕" + (++documents) + "号",
                                now,
                                organiser);
                    }
                }
                items.flush();
                writeEvidence(assessments, from, to, pendingFiles, files);
            }
            selfItems = items.written();
            scores = scoreRows.written();
            caseRows.flush();
            files.flush();
            evidence = files.written();
            cases = caseRows.written();
        }
        countCompleteItems();
        countScoredItems();
        int stations = options.units() - agencies;
        return new CampaignGenerator.Summary(
                options.code(),
                agencies,
                stations,
                teams * 2,
                selfItems,
                scores,
                evidence,
                cases,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** The kept count of complete items, set for every self-assessment of the campaign in one statement. */
    private void countCompleteItems() throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE self_assessment a
                   SET complete_items = (SELECT COUNT(*) FROM self_assessment_item i
                                          WHERE i.assessment_id = a.id AND i.self_score IS NOT NULL
                                            AND i.explanation IS NOT NULL AND i.explanation <> ''
                                            AND (i.no_evidence_reason IS NOT NULL AND i.no_evidence_reason <> ''
                                                 OR EXISTS (SELECT 1 FROM evidence_file e
                                                             WHERE e.item_id = i.id AND e.removed_at IS NULL)))
                 WHERE a.campaign_id = ?
                """)) {
            update.setLong(1, campaignId);
            update.executeUpdate();
        }
    }

    /** The dashboards' scored-item counts, in one statement once every score is written (not one per row). */
    private void countScoredItems() throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("""
                INSERT INTO scored_item_count (campaign_id, unit_code, items)
                SELECT campaign_id, unit_code, COUNT(DISTINCT item_code) FROM evaluator_score
                 WHERE campaign_id = ?
                 GROUP BY campaign_id, unit_code
                """)) {
            count.setLong(1, campaignId);
            count.executeUpdate();
        }
    }

    private void writeCampaign() throws SQLException {
        try (Batch row = new Batch(connection, """
                INSERT INTO campaign (code, name, year, period_start, period_end, rubric_code, rubric_version,
                                      status, self_assessment_deadline, review_deadline, organiser_nodes,
                                      settings, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'REVIEW', ?, ?, ?, ?, 0, ?, ?)
                """)) {
            row.add(
                    campaign.code(),
                    campaign.name(),
                    campaign.year(),
                    campaign.periodStart(),
                    campaign.periodEnd(),
                    campaign.rubricCode(),
                    campaign.rubricVersion(),
                    campaign.deadlines().selfAssessment(),
                    campaign.deadlines().review(),
                    ORGANISER_NODE,
                    campaign.settings(),
                    now,
                    now);
        }
        campaignId = jdbc.sql("SELECT id FROM campaign WHERE code = ?")
                .param(campaign.code())
                .query(Long.class)
                .single();
        try (Batch moves = new Batch(connection, """
                INSERT INTO campaign_transition (campaign_id, from_status, to_status, actor, reason, occurred_at)
                VALUES (?, ?, ?, 'generator', '模拟数据', ?)
                """)) {
            moves.add(campaignId, "DRAFT", "SELF_ASSESSMENT", now);
            moves.add(campaignId, "SELF_ASSESSMENT", "REVIEW", now);
        }
    }

    private int writeEvaluators() throws SQLException {
        int teams = (options.units() + UNITS_PER_TEAM - 1) / UNITS_PER_TEAM;
        // one hash of a secret that is thrown away: the accounts exist, nobody can sign in with them
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String unusable = passwords.encode(HexFormat.of().formatHex(secret));
        try (Batch users = new Batch(connection, """
                INSERT INTO app_user (username, display_name, password_hash, role, active, must_change_password,
                                      created_at)
                VALUES (?, ?, ?, 'EVALUATOR', TRUE, TRUE, ?)
                """)) {
            for (int team = 0; team < teams; team++) {
                users.add(lead(team * UNITS_PER_TEAM), "模拟考评组" + (team + 1) + "组长", unusable, now);
                users.add(second(team * UNITS_PER_TEAM), "模拟考评组" + (team + 1) + "组员", unusable, now);
            }
        }
        return teams;
    }

    private void writeUnits() throws SQLException {
        try (Batch agencyRows = new Batch(connection, """
                        INSERT INTO unit (code, name, type, ranking_group, contact_name, contact_phone, active,
                                          version, created_at, updated_at)
                        VALUES (?, ?, 'AGENCY', ?, '联络员', '0577-88880000', TRUE, 0, ?, ?)
                        """);
                Batch stationRows = new Batch(connection, """
                        INSERT INTO unit (code, name, type, parent_code, contact_name, contact_phone, active,
                                          version, created_at, updated_at)
                        VALUES (?, ?, 'STATION', ?, '联络员', '0577-88880000', TRUE, 0, ?, ?)
                        """)) {
            for (int i = 0; i < options.units(); i++) {
                if (type(i) == UnitType.AGENCY) {
                    agencyRows.add(unitCode(i), "模拟机关" + (i + 1), GROUPS.get(i % GROUPS.size()), now, now);
                } else {
                    // the parent is written first: every agency precedes every station
                    agencyRows.flush();
                    int station = i - agencies;
                    stationRows.add(unitCode(i), "模拟站所" + (station + 1), unitCode(station % agencies), now, now);
                }
            }
        }
        try (Batch members = new Batch(connection, "INSERT INTO campaign_unit (campaign_id, unit_code) VALUES (?, ?)");
                Batch assignments = new Batch(connection, """
                        INSERT INTO campaign_assignment (campaign_id, unit_code, evaluator, lead) VALUES (?, ?, ?, ?)
                        """)) {
            for (int i = 0; i < options.units(); i++) {
                members.add(campaignId, unitCode(i));
                assignments.add(campaignId, unitCode(i), lead(i), true);
                assignments.add(campaignId, unitCode(i), second(i), false);
            }
        }
    }

    private Map<String, Long> writeAssessments() throws SQLException {
        try (Batch rows = new Batch(connection, """
                INSERT INTO self_assessment (campaign_id, unit_code, status, submitted_at, version)
                VALUES (?, ?, 'SUBMITTED', ?, 1)
                """)) {
            for (int i = 0; i < options.units(); i++) {
                rows.add(campaignId, unitCode(i), now);
            }
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("SELECT id, unit_code FROM self_assessment WHERE campaign_id = ?")
                .param(campaignId)
                .query(rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                });
        return ids;
    }

    private void writeUnitScores(
            int index, long assessment, Batch items, Batch scoreRows, Map<String, Integer> pendingFiles)
            throws SQLException {
        String unit = unitCode(index);
        double quality = choices.quality();
        BigDecimal step = rubric.step();
        List<PlacedItem> applying =
                applicable.restrictedBeyondType() ? applicable.of(type(index).key(), Set.of(), unit) : null;
        List<PlacedItem> answeredItems =
                applying == null ? answered.get(type(index)) : campaign.answeredItems(applying);
        List<PlacedItem> organiserOnly = applying == null
                ? organiserItems.get(type(index))
                : applying.stream().filter(campaign::isOrganiserOnly).toList();
        for (PlacedItem placed : answeredItems) {
            String item = placed.item().code();
            BigDecimal points = placed.item().points();
            BigDecimal lead = choices.leadScore(points, step, quality);
            BigDecimal second = choices.secondScore(lead, points, step);
            items.add(assessment, item, choices.selfScore(lead, points, step), now);
            scoreRows.add(campaignId, unit, item, lead(index), lead, comment(lead, points), now);
            scoreRows.add(campaignId, unit, item, second(index), second, comment(second, points), now);
            int files = choices.evidenceFiles();
            if (files > 0) {
                pendingFiles.put(assessment + "/" + item, files);
            }
        }
        for (PlacedItem placed : organiserOnly) {
            BigDecimal points = placed.item().points();
            BigDecimal score = choices.leadScore(points, step, quality);
            scoreRows.add(campaignId, unit, placed.item().code(), organiser, score, comment(score, points), now);
        }
    }

    static String comment(BigDecimal score, BigDecimal points) {
        return score.compareTo(points) < 0 ? "佐证材料不完整,酌情扣分" : null;
    }

    /** The evidence of a chunk's items, once their rows (and ids) exist. */
    private void writeEvidence(
            Map<String, Long> assessments, int from, int to, Map<String, Integer> pending, Batch files)
            throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        for (int i = from; i < to; i++) {
            long id = assessments.get(unitCode(i));
            low = Math.min(low, id);
            high = Math.max(high, id);
        }
        Map<String, Long> itemIds = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, assessment_id, item_code FROM self_assessment_item WHERE assessment_id BETWEEN ? AND ?")) {
            query.setLong(1, low);
            query.setLong(2, high);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    itemIds.put(rs.getLong(2) + "/" + rs.getString(3), rs.getLong(1));
                }
            }
        }
        List<String> keys = new ArrayList<>(pending.keySet());
        for (String key : keys) {
            String item = key.substring(key.indexOf('/') + 1);
            for (int n = 1; n <= pending.get(key); n++) {
                files.add(
                        itemIds.get(key),
                        choices.storageKey(),
                        choices.sha256(),
                        choices.size(),
                        FileKind.PDF.name(),
                        FileKind.PDF.mimeType(),
                        "佐证材料-" + item + "-" + n + ".pdf",
                        choices.dateIn(campaign.periodStart(), campaign.periodEnd()),
                        now);
            }
        }
    }
}
