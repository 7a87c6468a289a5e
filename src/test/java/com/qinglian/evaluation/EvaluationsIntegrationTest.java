package com.qinglian.evaluation;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.aReporterOf;
import static com.qinglian.security.SecurityFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qinglian.assessment.ItemDraft;
import com.qinglian.assessment.SelfAssessments;
import com.qinglian.campaign.CampaignDetails;
import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.scoring.ItemInput;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.NotFoundException;
import com.qinglian.shared.TableWorkbook;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Evaluator scoring on a real database: scope, rules, versions, the several-evaluator rule and offline sheets. */
@DatabaseTest
class EvaluationsIntegrationTest {

    @Autowired
    Evaluations evaluations;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    UserAccounts users;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    JdbcClient jdbc;

    private String campaign;
    private String agency;
    private CurrentUser lead;
    private CurrentUser second;

    private CurrentUser evaluator(String prefix) {
        String username = prefix + CampaignFixtures.uniqueCode();
        users.create(new UserAccounts.NewUser(username, "考评员" + username, Role.EVALUATOR, null));
        return signedIn(username, Role.EVALUATOR, null);
    }

    private static ListQuery everything() {
        return ListQuery.of(null, null, null, null, "100", Evaluations.disagreementSorts());
    }

    private void inReview(String settings) {
        agency = UnitFixtures.uniqueCode("EV");
        units.create(UnitFixtures.anAgency(agency));
        campaign = CampaignFixtures.uniqueCode();
        CampaignDetails seed = CampaignFixtures.seedCampaign(campaign);
        campaigns.create(
                new CampaignDetails(
                        seed.code(),
                        seed.name(),
                        seed.year(),
                        seed.periodStart(),
                        seed.periodEnd(),
                        seed.rubricCode(),
                        seed.rubricVersion(),
                        seed.deadlines(),
                        seed.organiserNodes(),
                        settings),
                List.of(agency));
        lead = evaluator("lead");
        second = evaluator("second");
        campaigns.assign(campaign, lead.getUsername(), List.of(agency), null, true);
        campaigns.assign(campaign, second.getUsername(), List.of(agency), "A1", false);
        campaigns.move(campaign, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        uploadAs(
                aReporterOf(agency),
                () -> assessments.save(campaign, agency, "A1.1.1", new ItemDraft(BigDecimal.ONE, "已落实", "见台账"), 0));
        campaigns.move(campaign, CampaignStatus.REVIEW, "进入评审");
    }

    private EvaluatorScore save(CurrentUser user, String item, String score, String comment, int version) {
        return uploadAs(user, () -> evaluations.save(campaign, agency, item, new BigDecimal(score), comment, version));
    }

    @BeforeEach
    void campaignInReview() {
        inReview(com.qinglian.campaign.CampaignSettingsFormat.DEFAULT);
    }

    @Test
    void anEvaluatorScoresAndTheSelfScoreStaysApart() {
        EvaluatorScore saved = save(lead, "A1.1.1", "1", null, -1);
        assertThat(saved.version()).isZero();
        assertThat(uploadAs(aReporterOf(agency), () -> assessments.sheet(campaign, agency))
                        .answer("A1.1.1")
                        .selfScore())
                .isEqualByComparingTo("1");
        ScoringSheet sheet = uploadAs(lead, () -> evaluations.sheet(campaign, agency));
        assertThat(sheet.subtotal("A1.1")).isEqualByComparingTo("1");
        assertThat(sheet.subtotal("A")).isEqualByComparingTo("1");
        assertThat(sheet.rows())
                .filteredOn(r -> r.item().code().equals("A1.1.1"))
                .singleElement()
                .satisfies(r -> assertThat(r.gap()).isEqualByComparingTo("0"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'SCORE' AND entity_id = ?")
                        .param(campaign + "/" + agency + "/A1.1.1")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void scoringBelowTheSelfScoreNeedsAComment() {
        assertThatThrownBy(() -> save(lead, "A1.1.1", "0.5", " ", -1))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::key)
                                .containsExactly("evaluation.error.commentRequired"));
        assertThat(save(lead, "A1.1.1", "0.5", "台账不全", -1).comment()).isEqualTo("台账不全");
    }

    @Test
    void scoresOffTheStepOrAboveThePointsAreRefused() {
        for (String bad : List.of("0.25", "2", "-1")) {
            assertThatThrownBy(() -> save(lead, "A1.1.2", bad, "x", -1))
                    .as(bad)
                    .isInstanceOf(InputRejectedException.class);
        }
        assertThat(uploadAs(lead, () -> evaluations.sheet(campaign, agency)).scored())
                .isZero();
    }

    @Test
    void aSaveOnAStaleVersionIsRefusedAndNothingIsOverwritten() {
        save(lead, "A1.1.2", "1", null, -1);
        save(lead, "A1.1.2", "0.5", "第二次", 0);
        assertThatThrownBy(() -> save(lead, "A1.1.2", "0", "旧页面", 0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> save(lead, "A1.1.2", "0", "旧页面", -1)).isInstanceOf(ConflictException.class);
        assertThat(uploadAs(lead, () -> evaluations.sheet(campaign, agency)).rows())
                .filteredOn(r -> r.item().code().equals("A1.1.2"))
                .singleElement()
                .satisfies(r -> assertThat(r.mine().score()).isEqualByComparingTo("0.5"));
    }

    @Test
    void evaluatorsScoreOnlyTheirUnitsAndSubtreesAndOrganiserItemsOnlyAdministrators() {
        assertThatThrownBy(() -> save(second, "B1.1", "3", null, -1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> save(lead, "A5.1.1", "4", null, -1)).isInstanceOf(AccessDeniedException.class);
        assertThat(save(signedIn("admin", Role.ADMIN, null), "A5.1.1", "4", null, -1)
                        .score())
                .isEqualByComparingTo("4");
        CurrentUser stranger = evaluator("stranger");
        assertThatThrownBy(() -> save(stranger, "A1.1.1", "1", null, -1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> uploadAs(aReporterOf(agency), () -> evaluations.sheet(campaign, agency)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(uploadAs(second, () -> evaluations.sheet(campaign, agency)).scorable())
                .isEqualTo(17);
    }

    @Test
    void anAssignmentOpensTheUnitInItsCampaignOnly() {
        String other = CampaignFixtures.uniqueCode();
        campaigns.create(CampaignFixtures.seedCampaign(other), List.of(agency));
        campaigns.move(other, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        campaigns.move(other, CampaignStatus.REVIEW, "进入评审");

        assertThatThrownBy(() -> uploadAs(lead, () -> evaluations.sheet(other, agency)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> uploadAs(lead, () -> assessments.sheet(other, agency)))
                .isInstanceOf(NotFoundException.class);
        assertThat(save(lead, "A1.1.1", "1", null, -1).score())
                .as("still scores in its own campaign")
                .isEqualByComparingTo("1");
    }

    @Test
    void severalEvaluatorsAreAveragedByTheEngineOrTheLeadDecides() {
        save(lead, "A1.1.1", "1", null, -1);
        save(second, "A1.1.1", "0", "无记录", -1);
        assertThat(evaluations.finalInputs(campaign))
                .filteredOn(i -> i.unitCode().equals(agency))
                .extracting(ItemInput::value)
                .containsExactlyInAnyOrder(BigDecimal.ONE.setScale(2), BigDecimal.ZERO.setScale(2));
        assertThat(evaluations
                        .disagreements(campaign, new BigDecimal("0.5"), everything())
                        .rows())
                .singleElement()
                .satisfies(d -> assertThat(d.spread()).isEqualByComparingTo("1"));
        assertThat(evaluations
                        .disagreements(campaign, BigDecimal.ONE, everything())
                        .rows())
                .isEmpty();

        inReview(com.qinglian.campaign.CampaignSettingsFormat.DEFAULT.replace(
                "multipleScores: average", "multipleScores: lead"));
        save(lead, "A1.1.1", "1", null, -1);
        save(second, "A1.1.1", "0", "无记录", -1);
        save(second, "A1.1.2", "0.5", "部分", -1);
        assertThat(evaluations.finalInputs(campaign))
                .extracting(
                        i -> i.itemCode() + "=" + i.value().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("A1.1.1=1", "A1.1.2=0.5");
    }

    @Test
    void anOfflineSheetIsImportedWholeOrNotAtAll() {
        ScoringSheet sheet = uploadAs(lead, () -> evaluations.sheet(campaign, agency));
        List<TableWorkbook.Record> rows =
                TableWorkbook.read(ScoringWorkbook.write(List.of(sheet)), ScoringWorkbook.REQUIRED);
        assertThat(rows).hasSize(63);

        List<List<String>> filled = new ArrayList<>();
        for (TableWorkbook.Record r : rows) {
            String item = r.get("细则代码");
            filled.add(List.of(
                    r.get("单位代码"),
                    r.get("单位名称"),
                    item,
                    r.get("内容与要求"),
                    r.get("分值"),
                    r.get("自评分"),
                    item.equals("A1.1.2") ? "9" : item.equals("A1.1.3") ? "很好" : r.get("分值"),
                    ""));
        }
        byte[] bad = TableWorkbook.write("评分表", ScoringWorkbook.HEADERS, filled);
        assertThatThrownBy(() -> uploadAs(lead, () -> evaluations.importScores(campaign, ScoringWorkbook.read(bad))))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::key)
                                .containsExactly("evaluation.error.score", "evaluation.error.scoreText"));
        assertThat(uploadAs(lead, () -> evaluations.sheet(campaign, agency)).scored())
                .isZero();

        filled.replaceAll(row -> row.get(2).equals("A1.1.2") || row.get(2).equals("A1.1.3")
                ? List.of(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), row.get(5), row.get(4), "")
                : row);
        byte[] good = TableWorkbook.write("评分表", ScoringWorkbook.HEADERS, filled);
        assertThat(uploadAs(lead, () -> evaluations.importScores(campaign, ScoringWorkbook.read(good))))
                .isEqualTo(63);
        assertThat(uploadAs(lead, () -> evaluations.sheet(campaign, agency)).subtotal("A"))
                .isEqualByComparingTo("55");
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_entry WHERE action = 'IMPORT' AND entity_type = 'evaluator_score' AND entity_id = ?")
                        .param(campaign)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aSheetDownloadedBeforeAnOnlineChangeIsRefusedForThatItem() {
        byte[] downloaded = ScoringWorkbook.write(List.of(uploadAs(lead, () -> evaluations.sheet(campaign, agency))));
        save(lead, "A1.1.2", "0.5", "线上已改", -1);

        List<List<String>> rows = new ArrayList<>();
        for (TableWorkbook.Record r : TableWorkbook.read(downloaded, ScoringWorkbook.REQUIRED)) {
            rows.add(List.of(
                    r.get("单位代码"),
                    r.get("单位名称"),
                    r.get("细则代码"),
                    r.get("内容与要求"),
                    r.get("分值"),
                    r.get("自评分"),
                    r.get("分值"),
                    "",
                    r.get(ScoringWorkbook.SCORE_AT_DOWNLOAD)));
        }
        byte[] filled = TableWorkbook.write("评分表", ScoringWorkbook.HEADERS, rows);

        assertThatThrownBy(() -> uploadAs(lead, () -> evaluations.importScores(campaign, ScoringWorkbook.read(filled))))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.key() + " " + p.args())
                                .containsExactly("evaluation.error.changedSinceDownload [" + agency + ", A1.1.2]"));
        assertThat(uploadAs(lead, () -> evaluations.sheet(campaign, agency)).scored())
                .isEqualTo(1);
    }

    @Test
    void theWorklistCountsEachEvaluatorsOwnScoresOfTheirOwnUnits() {
        save(lead, "A1.1.1", "1", null, -1);
        save(lead, "A2.1.1", "1", null, -1);
        save(second, "A1.1.1", "1", null, -1);
        CurrentUser outsider = evaluator("outsider");

        List<WorkItem> leads = uploadAs(lead, () -> evaluations.worklist()).stream()
                .filter(w -> w.campaign().code().equals(campaign))
                .toList();
        List<WorkItem> seconds = uploadAs(second, () -> evaluations.worklist()).stream()
                .filter(w -> w.campaign().code().equals(campaign))
                .toList();

        assertThat(leads).singleElement().satisfies(w -> {
            assertThat(w.unit().code()).isEqualTo(agency);
            assertThat(w.scored()).isEqualTo(2);
            assertThat(w.scorable())
                    .isEqualTo(uploadAs(lead, () -> evaluations.sheet(campaign, agency)).rows().stream()
                            .filter(ScoringSheet.Row::scorable)
                            .count());
        });
        assertThat(seconds).singleElement().satisfies(w -> {
            assertThat(w.scored()).isEqualTo(1);
            assertThat(w.scorable()).isLessThan(leads.get(0).scorable()).isPositive();
        });
        assertThat(uploadAs(outsider, () -> evaluations.worklist()))
                .noneMatch(w -> w.campaign().code().equals(campaign));
    }
}
