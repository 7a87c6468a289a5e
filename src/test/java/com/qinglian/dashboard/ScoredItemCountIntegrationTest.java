package com.qinglian.dashboard;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.demo.CampaignGenerator;
import com.qinglian.evaluation.Evaluations;
import com.qinglian.evaluation.ScoringSheet;
import com.qinglian.evaluation.ScoringWorkbook;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.shared.TableWorkbook;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scored-item counts the dashboards sum (one row per unit, kept as scores are added) against a plain
 * {@code COUNT(DISTINCT …)} over the scores themselves, after every kind of write that adds scores.
 */
@DatabaseTest
class ScoredItemCountIntegrationTest {

    @Autowired
    Evaluations evaluations;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    UserAccounts users;

    @Autowired
    CampaignGenerator generator;

    @Autowired
    JdbcClient jdbc;

    private String campaign;
    private String agency;
    private String station;
    private CurrentUser lead;
    private CurrentUser second;

    @BeforeEach
    void campaignInReview() {
        agency = UnitFixtures.uniqueCode("SC");
        station = UnitFixtures.uniqueCode("SC");
        units.create(UnitFixtures.anAgency(agency));
        units.create(UnitFixtures.aStationOf(station, agency));
        campaign = CampaignFixtures.uniqueCode();
        campaigns.create(CampaignFixtures.seedCampaign(campaign), List.of(agency, station));
        lead = evaluator("lead");
        second = evaluator("second");
        campaigns.assign(campaign, lead.getUsername(), List.of(agency, station), null, true);
        campaigns.assign(campaign, second.getUsername(), List.of(agency, station), null, false);
        campaigns.move(campaign, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        campaigns.move(campaign, CampaignStatus.REVIEW, "进入评审");
    }

    @Test
    void savesCountAnItemOnceWhoeverScoresItAndUpdatesCountNothing() {
        List<String> items = scorable(lead, agency);
        save(lead, agency, items.get(0), -1);
        assertThat(stored()).isEqualTo(counted()).isEqualTo(Map.of(agency, 1L));

        save(lead, agency, items.get(1), -1);
        save(second, agency, items.get(0), -1);
        save(lead, agency, items.get(0), 0);
        save(lead, station, scorable(lead, station).get(0), -1);
        assertThat(stored()).isEqualTo(counted()).isEqualTo(Map.of(agency, 2L, station, 1L));
    }

    @Test
    void anUploadCountsTheItemsItScoresFirstAndNotThoseScoredBefore() {
        List<String> items = scorable(second, agency);
        save(lead, agency, items.get(0), -1);
        List<List<String>> rows = new ArrayList<>();
        for (String item : items.subList(0, 5)) {
            rows.add(List.of(agency, "", item, "", "", "", "0", ""));
        }
        rows.add(List.of(station, "", scorable(second, station).get(2), "", "", "", "0", ""));
        byte[] sheet =
                TableWorkbook.write("评分表", List.of("单位代码", "单位名称", "细则代码", "内容与要求", "分值", "自评分", "评分", "意见"), rows);

        uploadAs(second, () -> evaluations.importScores(campaign, ScoringWorkbook.read(sheet)));

        assertThat(stored()).isEqualTo(counted()).isEqualTo(Map.of(agency, 5L, station, 1L));
    }

    @Test
    void twoEvaluatorsScoringTheSameUnitAtOnceAreCountedOnce() throws Exception {
        List<String> items = scorable(lead, agency).subList(0, 8);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (CurrentUser user : List.of(lead, second)) {
                runs.add(pool.submit(() -> {
                    start.await();
                    for (String item : items) {
                        save(user, agency, item, -1);
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored()).isEqualTo(counted()).isEqualTo(Map.of(agency, 8L));
    }

    @Test
    void theGeneratorCountsEveryUnitItWrites() {
        String code = "g" + UUID.randomUUID().toString().substring(0, 8);

        generator.generate(new CampaignGenerator.Options(6, 5, code, 2021));

        Map<String, Long> counted = counted(code);
        assertThat(counted).hasSize(6);
        assertThat(counted.values()).allSatisfy(n -> assertThat(n).isGreaterThan(60));
        assertThat(stored(code)).isEqualTo(counted);
    }

    private CurrentUser evaluator(String prefix) {
        String username = prefix + CampaignFixtures.uniqueCode();
        users.create(new UserAccounts.NewUser(username, "考评员" + username, Role.EVALUATOR, null));
        return signedIn(username, Role.EVALUATOR, null);
    }

    private List<String> scorable(CurrentUser user, String unit) {
        ScoringSheet sheet = uploadAs(user, () -> evaluations.sheet(campaign, unit));
        return sheet.rows().stream()
                .filter(ScoringSheet.Row::scorable)
                .map(r -> r.item().code())
                .toList();
    }

    private void save(CurrentUser user, String unit, String item, int version) {
        uploadAs(user, () -> evaluations.save(campaign, unit, item, BigDecimal.ZERO, null, version));
    }

    private Map<String, Long> stored() {
        return stored(campaign);
    }

    private Map<String, Long> counted() {
        return counted(campaign);
    }

    private Map<String, Long> stored(String campaignCode) {
        return pairs("""
                SELECT k.unit_code, k.items FROM scored_item_count k JOIN campaign c ON c.id = k.campaign_id
                 WHERE c.code = ?
                """, campaignCode);
    }

    private Map<String, Long> counted(String campaignCode) {
        return pairs("""
                SELECT s.unit_code, COUNT(DISTINCT s.item_code) FROM evaluator_score s
                  JOIN campaign c ON c.id = s.campaign_id
                 WHERE c.code = ?
                 GROUP BY s.unit_code
                """, campaignCode);
    }

    private Map<String, Long> pairs(String sql, String campaignCode) {
        Map<String, Long> out = new HashMap<>();
        jdbc.sql(sql).param(campaignCode).query(rs -> {
            out.put(rs.getString(1), rs.getLong(2));
        });
        return out;
    }
}
