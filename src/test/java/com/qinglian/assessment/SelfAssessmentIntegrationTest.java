package com.qinglian.assessment;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.assessment.SelfAssessmentScenarios.AGENCY_ITEMS;
import static com.qinglian.assessment.SelfAssessmentScenarios.STATION_ONLY_ITEM;
import static com.qinglian.security.SecurityFixtures.aReporterOf;
import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qinglian.assessment.SelfAssessmentScenarios.Opened;
import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.security.CurrentUser;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.NotFoundException;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The self-assessment service on a real database: applicable items, saving, a real race, progress. */
@DatabaseTest
class SelfAssessmentIntegrationTest {

    @Autowired
    SelfAssessments assessments;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SelfAssessmentScenarios scenarios;

    @Autowired
    ItemEvidence evidence;

    private static List<String> codes(AssessmentSheet sheet) {
        return sheet.items().stream().map(e -> e.item().code()).toList();
    }

    @Test
    void anAgencyAnswersWhatAppliesToAgenciesAndAStationAlsoItsOwnItems() {
        Opened opened = scenarios.opened();

        AssessmentSheet agency =
                uploadAs(opened.reporter(), () -> assessments.sheet(opened.campaign(), opened.agency()));
        AssessmentSheet station =
                uploadAs(aReporterOf(opened.station()), () -> assessments.sheet(opened.campaign(), opened.station()));

        assertThat(codes(agency)).containsExactlyElementsOf(AGENCY_ITEMS);
        assertThat(codes(station)).containsExactly("A1.1.1", "A1.1.2", "B1.1", STATION_ONLY_ITEM);
        assertThatThrownBy(() -> uploadAs(
                        opened.reporter(),
                        () -> assessments.save(
                                opened.campaign(),
                                opened.agency(),
                                STATION_ONLY_ITEM,
                                new ItemDraft(BigDecimal.ONE, "不适用", null),
                                0)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theOrganisersNodesOfTheSeedCampaignAreNotInTheUnitsList() {
        String unit = UnitFixtures.uniqueCode("SO");
        units.create(UnitFixtures.anAgency(unit));
        String code = CampaignFixtures.uniqueCode();
        campaigns.create(CampaignFixtures.seedCampaign(code), List.of(unit));
        campaigns.move(code, CampaignStatus.SELF_ASSESSMENT, "开始自评");

        AssessmentSheet sheet = uploadAs(aReporterOf(unit), () -> assessments.sheet(code, unit));

        assertThat(codes(sheet)).hasSize(63).noneMatch(c -> c.startsWith("A5")).contains("A1.1.1", "A4.2.1", "B7.1");
        assertThat(sheet.organiserItems())
                .extracting(e -> e.item().code())
                .as("shown to the unit read-only")
                .containsExactly("A5.1.1", "A5.1.2", "A5.1.3", "A5.1.4");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM self_assessment_item i JOIN self_assessment a ON a.id = i.assessment_id
                  JOIN campaign c ON c.id = a.campaign_id WHERE c.code = ? AND i.item_code LIKE 'A5%'
                """).param(code).query(Long.class).single()).isZero();
    }

    @Test
    void aSaveIsInTheDatabaseAtOnce() {
        Opened opened = scenarios.opened();
        uploadAs(
                opened.reporter(),
                () -> assessments.save(
                        opened.campaign(),
                        opened.agency(),
                        "A1.1.1",
                        new ItemDraft(new BigDecimal("1.5"), "  每季度检查一次  ", null),
                        0));

        var row =
                jdbc.sql("""
                SELECT i.self_score, i.explanation, i.version, i.updated_by FROM self_assessment_item i
                  JOIN self_assessment a ON a.id = i.assessment_id JOIN campaign c ON c.id = a.campaign_id
                 WHERE c.code = ? AND a.unit_code = ? AND i.item_code = 'A1.1.1'
                """).params(opened.campaign(), opened.agency()).query().singleRow();
        assertThat((BigDecimal) row.get("self_score")).isEqualByComparingTo("1.5");
        assertThat(row.get("explanation")).isEqualTo("每季度检查一次");
        assertThat(((Number) row.get("version")).intValue()).isEqualTo(1);
        assertThat(row.get("updated_by")).isEqualTo(opened.reporter().getUsername());
    }

    @Test
    void scoresOffTheStepAboveThePointsOrNegativeAreRefusedAndNothingIsSaved() {
        Opened opened = scenarios.opened();
        for (String score : List.of("0.3", "2.5", "-0.5")) {
            assertThatThrownBy(() -> uploadAs(
                            opened.reporter(),
                            () -> assessments.save(
                                    opened.campaign(),
                                    opened.agency(),
                                    "A1.1.1",
                                    new ItemDraft(new BigDecimal(score), "说明", null),
                                    0)))
                    .as(score)
                    .isInstanceOfSatisfying(
                            InputRejectedException.class,
                            e -> assertThat(e.problems())
                                    .extracting(InputProblem::key)
                                    .containsExactly("assessment.error.score"));
        }
        assertThat(scenarios.version(opened, "A1.1.1")).isZero();
    }

    @Test
    void twoWritersRacingOnOneItemOneWinsAndTheOtherIsTold() throws Exception {
        Opened opened = scenarios.opened();
        int version = scenarios.version(opened, "A1.1.1");
        CurrentUser reporter = opened.reporter();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ItemAnswer>> results = new ArrayList<>();
            for (String text : List.of("甲的说明", "乙的说明")) {
                Callable<ItemAnswer> save = () -> {
                    start.await();
                    return uploadAs(
                            reporter,
                            () -> assessments.save(
                                    opened.campaign(),
                                    opened.agency(),
                                    "A1.1.1",
                                    new ItemDraft(BigDecimal.ONE, text, null),
                                    version));
                };
                results.add(pool.submit(save));
            }
            start.countDown();
            List<ItemAnswer> won = new ArrayList<>();
            List<Throwable> lost = new ArrayList<>();
            for (Future<ItemAnswer> result : results) {
                try {
                    won.add(result.get(60, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    lost.add(e.getCause());
                }
            }
            assertThat(won).hasSize(1);
            assertThat(lost).singleElement().isInstanceOf(ItemEditConflictException.class);
            ItemAnswer stored = uploadAs(
                    reporter,
                    () -> assessments.sheet(opened.campaign(), opened.agency()).answer("A1.1.1"));
            assertThat(stored.explanation()).isEqualTo(won.get(0).explanation());
            assertThat(stored.version()).isEqualTo(version + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void progressCountsCompleteItemsOfEachUnitAsTheUnitSeesThem() {
        Opened opened = scenarios.opened();
        uploadAs(opened.reporter(), () -> {
            assessments.save(
                    opened.campaign(), opened.agency(), "A1.1.1", new ItemDraft(BigDecimal.ONE, "完成", "无需材料"), 0);
            // a score and an explanation without evidence or a reason is not yet complete
            assessments.save(
                    opened.campaign(), opened.agency(), "A1.1.2", new ItemDraft(BigDecimal.ONE, "完成一半", null), 0);
            return null;
        });
        AssessmentSheet sheet =
                uploadAs(opened.reporter(), () -> assessments.sheet(opened.campaign(), opened.agency()));

        List<UnitProgress> progress = uploadAs(anAdministrator(), () -> assessments.progress(opened.campaign()));

        assertThat(sheet.done()).isEqualTo(1);
        assertThat(progress)
                .extracting(p -> p.unit().code(), UnitProgress::answered, UnitProgress::applicable)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(opened.agency(), 1, 3),
                        org.assertj.core.groups.Tuple.tuple(opened.station(), 0, 4));
    }

    @Test
    void theKeptCountOfCompleteItemsFollowsAnswersAndEvidenceAddedAndRemoved() {
        Opened opened = scenarios.opened();
        ItemAnswer first = uploadAs(
                opened.reporter(),
                () -> assessments.save(
                        opened.campaign(), opened.agency(), "A1.1.2", new ItemDraft(BigDecimal.ONE, "完成一半", null), 0));
        assertThat(answered(opened)).isZero().isEqualTo(liveCount(opened));

        long file = uploadAs(
                opened.reporter(),
                () -> evidence.add(
                                opened.campaign(), opened.agency(), "A1.1.2", "会议记录.pdf", EvidenceFixtures.pdf(), null)
                        .file()
                        .id());
        assertThat(answered(opened)).isEqualTo(1).isEqualTo(liveCount(opened));

        ItemAnswer cleared = uploadAs(
                opened.reporter(),
                () -> assessments.save(
                        opened.campaign(),
                        opened.agency(),
                        "A1.1.2",
                        new ItemDraft(BigDecimal.ONE, "", null),
                        first.version()));
        assertThat(answered(opened)).isZero().isEqualTo(liveCount(opened));

        uploadAs(
                opened.reporter(),
                () -> assessments.save(
                        opened.campaign(),
                        opened.agency(),
                        "A1.1.2",
                        new ItemDraft(BigDecimal.ONE, "完成", null),
                        cleared.version()));
        assertThat(answered(opened)).isEqualTo(1).isEqualTo(liveCount(opened));

        uploadAs(opened.reporter(), () -> {
            evidence.remove(opened.campaign(), opened.agency(), file);
            return null;
        });
        assertThat(answered(opened)).isZero().isEqualTo(liveCount(opened));
    }

    private int answered(Opened opened) {
        return uploadAs(anAdministrator(), () -> assessments.progress(opened.campaign())).stream()
                .filter(p -> p.unit().code().equals(opened.agency()))
                .findFirst()
                .orElseThrow()
                .answered();
    }

    /** Complete items counted from the items and their evidence, without the kept count. */
    private int liveCount(Opened opened) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM self_assessment_item i
                          JOIN self_assessment a ON a.id = i.assessment_id
                          JOIN campaign c ON c.id = a.campaign_id
                         WHERE c.code = ? AND a.unit_code = ? AND i.self_score IS NOT NULL
                           AND COALESCE(i.explanation, '') <> ''
                           AND (COALESCE(i.no_evidence_reason, '') <> ''
                                OR EXISTS (SELECT 1 FROM evidence_file e WHERE e.item_id = i.id AND e.removed_at IS NULL))
                        """)
                .params(opened.campaign(), opened.agency())
                .query(Integer.class)
                .single();
    }

    @Test
    void submittedItemsAreReadOnlyForTheUnit() {
        Opened opened = scenarios.submitted();
        assertThatThrownBy(() -> uploadAs(
                        opened.reporter(),
                        () -> assessments.save(
                                opened.campaign(),
                                opened.agency(),
                                "A1.1.1",
                                new ItemDraft(BigDecimal.ONE, "再改", null),
                                scenarios.version(opened, "A1.1.1"))))
                .isInstanceOf(ConflictException.class)
                .isNotInstanceOf(ItemEditConflictException.class);
    }
}
