package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.aReporterOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qinglian.assessment.EvidenceFixtures;
import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.Campaigns;
import com.qinglian.campaign.PublicityWindow;
import com.qinglian.ledger.LedgerFixtures;
import com.qinglian.ledger.cases.LedgerCases;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.NotFoundException;
import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The appeal flow end to end: a unit appeals an item and a case with new evidence, the organiser assigns a
 * reviewer other than the original evaluator, the reviewer decides, the results recompute at once, and the unit
 * reads the decision; the bad inputs are refused and change nothing.
 */
@DatabaseTest
class AppealsIntegrationTest {

    @Autowired
    ResultsScenarios scenarios;

    @Autowired
    Results results;

    @Autowired
    UnitResults unitResults;

    @Autowired
    Appeals appeals;

    @Autowired
    UserAccounts users;

    @Autowired
    Campaigns campaigns;

    @Autowired
    LedgerCases cases;

    @Autowired
    JdbcClient jdbc;

    private static final CurrentUser ORGANISER = ResultsScenarios.ORGANISER;

    private ResultsScenarios.Reviewed published(PublicityWindow window, long[] caseId) {
        ResultsScenarios.Reviewed r = scenarios.inReview();
        scenarios.scoreInFull(r, r.agency(), Map.of("A1.1.1", "0"));
        // a real reporter account, so that the decision has someone to reach
        users.create(
                new UserAccounts.NewUser("lly-" + r.agency().toLowerCase(), "联络员", Role.UNIT_REPORTER, r.agency()));
        scenarios.scoreInFull(r, r.otherAgency(), Map.of());
        scenarios.scoreInFull(r, r.station(), Map.of());
        caseId[0] = uploadAs(
                        ORGANISER,
                        () -> cases.record(
                                r.campaign(),
                                LedgerFixtures.secondForm(
                                        r.agency(), LedgerFixtures.uniqueDocument(), LocalDate.of(2021, 5, 1))))
                .id();
        uploadAs(ORGANISER, () -> results.compute(r.campaign()));
        uploadAs(ORGANISER, () -> campaigns.openPublicity(r.campaign(), window, "评审完成", null));
        return r;
    }

    @Test
    void aUnitAppealsAReviewerOtherThanTheScorerDecidesAndTheResultsRecomputeAtOnce() {
        long[] caseId = new long[1];
        ResultsScenarios.Reviewed r = published(CampaignFixtures.openWindow(), caseId);
        String campaign = r.campaign();
        // Agency: 100 − 1 (A1.1.1, worth 1, at 0) − 2 (FORM2) = 97, behind the other agency and the station at 100.
        UnitResult before = uploadAs(aReporterOf(r.agency()), () -> unitResults.of(campaign, r.agency()));
        assertThat(before.outcome().total()).isEqualByComparingTo("97");
        assertThat(before.outcome().rank()).isEqualTo(3);
        assertThat(before.items())
                .filteredOn(i -> i.code().equals("A1.1.1"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.score()).isEqualByComparingTo("0");
                    assertThat(i.comments()).containsExactly("扣分说明");
                });
        assertThat(before.cases())
                .singleElement()
                .satisfies(c -> assertThat(c.counted()).isTrue());
        assertThat(before.appealable()).isTrue();

        Appeal filed = uploadAs(
                aReporterOf(r.agency()),
                () -> appeals.file(
                        campaign,
                        r.agency(),
                        AppealTarget.Kind.ITEM,
                        "A1.1.1",
                        "制度已于年内印发,补充文件",
                        List.of(new Appeals.Upload("制度.pdf", EvidenceFixtures.pdf()))));
        assertThat(filed.status()).isEqualTo(Appeal.Status.FILED);
        assertThat(filed.originalScore()).isEqualByComparingTo("0");
        assertThat(filed.originalScorers()).containsExactly(r.evaluator().getUsername());
        assertThat(uploadAs(ORGANISER, () -> appeals.files(campaign, filed.id())))
                .singleElement()
                .extracting(AppealFile::displayName)
                .isEqualTo("制度.pdf");

        // One open appeal per item; files are checked like any evidence.
        assertRefused(() -> scenarios.appealOn(r, r.agency(), "A1.1.1"), "appeal.error.alreadyOpen");
        assertThatThrownBy(() -> uploadAs(
                        aReporterOf(r.agency()),
                        () -> appeals.file(
                                campaign,
                                r.agency(),
                                AppealTarget.Kind.ITEM,
                                "A1.1.2",
                                "理由",
                                List.of(new Appeals.Upload(
                                        "x.pdf", new ByteArrayInputStream("<html>not a pdf".getBytes()))))))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.key()).startsWith("evidence.error.")));
        assertThat(appeals.openCount(campaign)).isEqualTo(1);
        // Another unit's item: not even visible.
        assertThatThrownBy(() -> uploadAs(
                        aReporterOf(r.otherAgency()),
                        () -> appeals.file(campaign, r.agency(), AppealTarget.Kind.ITEM, "A1.1.2", "理由", List.of())))
                .isInstanceOf(NotFoundException.class);

        // The organiser cannot hand it to the evaluator who scored it.
        assertRefused(
                () -> uploadAs(
                        ORGANISER,
                        () -> appeals.assign(campaign, filed.id(), r.evaluator().getUsername())),
                "appeal.error.sameEvaluator");
        CurrentUser reviewer = scenarios.anEvaluator("rev");
        uploadAs(ORGANISER, () -> appeals.assign(campaign, filed.id(), reviewer.getUsername()));

        // The original evaluator cannot decide it either.
        assertRefused(
                () -> uploadAs(
                        r.evaluator(),
                        () -> appeals.decide(campaign, filed.id(), Appeal.Decision.ACCEPTED, BigDecimal.ONE, "自行改分")),
                "appeal.error.notReviewer");
        assertRefused(
                () -> uploadAs(
                        reviewer,
                        () -> appeals.decide(
                                campaign, filed.id(), Appeal.Decision.PARTIAL, new BigDecimal("0.3"), "半分")),
                "appeal.error.newScore");
        assertThat(uploadAs(ORGANISER, () -> appeals.get(campaign, filed.id())).status())
                .isEqualTo(Appeal.Status.ASSIGNED);

        Appeal decided = uploadAs(
                reviewer,
                () -> appeals.decide(campaign, filed.id(), Appeal.Decision.PARTIAL, new BigDecimal("0.5"), "材料部分有效"));

        assertThat(decided.status()).isEqualTo(Appeal.Status.DECIDED);
        assertThat(decided.changedScore()).isTrue();
        UnitResult after = uploadAs(aReporterOf(r.agency()), () -> unitResults.of(campaign, r.agency()));
        assertThat(after.outcome().total()).isEqualByComparingTo("97.5");
        assertThat(after.items())
                .filteredOn(i -> i.code().equals("A1.1.1"))
                .singleElement()
                .satisfies(i -> assertThat(i.score()).isEqualByComparingTo("0.5"));
        assertThat(after.appeals()).singleElement().satisfies(a -> {
            assertThat(a.decision()).isEqualTo(Appeal.Decision.PARTIAL);
            assertThat(a.decisionReason()).isEqualTo("材料部分有效");
        });
        assertThat(results.stale(campaign)).isFalse();
        // the organisers were told of the waiting appeal, the unit's reporters of the decision
        assertThat(notified("APPEALS_WAITING", campaign, null)).isPositive();
        assertThat(notified("APPEAL_DECIDED", campaign, r.agency())).isPositive();

        // The case is withdrawn on appeal: its deduction goes.
        Appeal onCase = uploadAs(
                aReporterOf(r.agency()),
                () -> appeals.file(
                        campaign, r.agency(), AppealTarget.Kind.CASE, String.valueOf(caseId[0]), "处分已撤销", List.of()));
        uploadAs(ORGANISER, () -> appeals.assign(campaign, onCase.id(), reviewer.getUsername()));
        uploadAs(reviewer, () -> appeals.decide(campaign, onCase.id(), Appeal.Decision.ACCEPTED, null, "处分决定已撤销"));
        UnitResult last = uploadAs(aReporterOf(r.agency()), () -> unitResults.of(campaign, r.agency()));
        assertThat(last.outcome().total()).isEqualByComparingTo("99.5");
        assertThat(last.outcome().deductions()).isEqualByComparingTo("0");
        assertThat(appeals.changedScores(campaign)).hasSize(2);
        assertThat(appeals.openCount(campaign)).isZero();

        assertThat(new AuditEntries(jdbc).actionsAbout("appeal", String.valueOf(filed.id())))
                .containsExactly("FILE", "ASSIGN", "DECIDE");
        assertThat(new AuditEntries(jdbc).actionsAbout("results", campaign)).contains("COMPUTE", "RECOMPUTE");
    }

    @Test
    void appealsAfterTheWindowAreRefusedClearly() {
        long[] caseId = new long[1];
        PublicityWindow past = new PublicityWindow(
                LocalDate.now().minusDays(20), LocalDate.now().minusDays(5), false);
        ResultsScenarios.Reviewed r = published(past, caseId);

        assertRefused(() -> scenarios.appealOn(r, r.agency(), "A1.1.1"), "appeal.error.windowClosed");
        assertThat(appeals.openCount(r.campaign())).isZero();
        assertThat(uploadAs(aReporterOf(r.agency()), () -> unitResults.of(r.campaign(), r.agency()))
                        .appealable())
                .isFalse();
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::key)
                                .contains(key));
    }

    private long notified(String kind, String campaign, String unit) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE kind = ? AND campaign_code = ?"
                        + (unit == null ? "" : " AND unit_code = '" + unit + "'"))
                .params(kind, campaign)
                .query(Long.class)
                .single();
    }
}
