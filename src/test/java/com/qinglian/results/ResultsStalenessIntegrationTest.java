package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.results.ResultsScenarios.ORGANISER;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.campaign.CampaignDetails;
import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignInputs;
import com.qinglian.campaign.CampaignSettingsFormat;
import com.qinglian.campaign.Campaigns;
import com.qinglian.evaluation.Evaluations;
import com.qinglian.ledger.LedgerFixtures;
import com.qinglian.ledger.cases.LedgerCase;
import com.qinglian.ledger.cases.LedgerCases;
import com.qinglian.ledger.surveys.SurveyKind;
import com.qinglian.ledger.surveys.Surveys;
import com.qinglian.security.CurrentUser;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.Unit;
import com.qinglian.unit.UnitDetails;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stored results are stale exactly when an input of the engine changed since they were computed: every kind of
 * input turns them stale, a change of anything else does not, and computing again makes them current.
 */
@DatabaseTest
class ResultsStalenessIntegrationTest {

    @Autowired
    ResultsScenarios scenarios;

    @Autowired
    Results results;

    @Autowired
    Evaluations evaluations;

    @Autowired
    LedgerCases cases;

    @Autowired
    Surveys surveys;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignInputs inputs;

    @Autowired
    UnitDirectory units;

    @Autowired
    Appeals appeals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withoutResultsThereIsNothingCurrent() {
        ResultsScenarios.Reviewed r = scenarios.inReview();

        assertThat(results.stale(r.campaign())).isTrue();
        computed(r.campaign());
        assertThat(results.stale(r.campaign())).isFalse();
    }

    @Test
    void anEvaluatorsScoreSavedOrImportedTurnsResultsStale() {
        ResultsScenarios.Reviewed r = scenarios.inReview();
        computed(r.campaign());

        as(r.evaluator(), () -> evaluations.save(r.campaign(), r.agency(), "A1.1.1", BigDecimal.ONE, null, -1));
        assertStaleThenCurrentAgain(r.campaign());

        scenarios.scoreByEvaluator(r, r.station());
        assertStaleThenCurrentAgain(r.campaign());
    }

    @Test
    void aNegativeListCaseRecordedChangedOrDeletedTurnsResultsStale() {
        ResultsScenarios.Reviewed r = scenarios.inReview();
        computed(r.campaign());

        LedgerCase recorded = as(
                ORGANISER,
                () -> cases.record(
                        r.campaign(),
                        LedgerFixtures.secondForm(
                                r.agency(), LedgerFixtures.uniqueDocument(), LocalDate.of(2021, 5, 1))));
        assertStaleThenCurrentAgain(r.campaign());

        as(
                ORGANISER,
                () -> cases.update(
                        r.campaign(),
                        recorded.id(),
                        LedgerFixtures.secondForm(r.agency(), recorded.documentNumber(), LocalDate.of(2021, 6, 1)),
                        cases.get(r.campaign(), recorded.id()).version(),
                        "日期录错"));
        assertStaleThenCurrentAgain(r.campaign());

        as(ORGANISER, () -> {
            cases.delete(r.campaign(), recorded.id(), "重复录入");
            return null;
        });
        assertStaleThenCurrentAgain(r.campaign());
    }

    @Test
    void aSurveysMeasuredValuesTurnResultsStale() {
        ResultsScenarios.Reviewed r = scenarios.inReview();
        computed(r.campaign());

        byte[] sheet = LedgerFixtures.surveySheet(List.of(LedgerFixtures.surveyRow(r.agency(), "120", "96.5", "满意")));
        as(ORGANISER, () -> surveys.importSurvey(r.campaign(), SurveyKind.THIRD_PARTY, "A5.1.3", "测评.xlsx", sheet));

        assertStaleThenCurrentAgain(r.campaign());
    }

    @Test
    void assigningOrUnassigningAnEvaluatorTurnsResultsStale() {
        ResultsScenarios.Reviewed r = scenarios.inReview();
        computed(r.campaign());
        CurrentUser second = scenarios.anEvaluator("sec");

        campaigns.assign(r.campaign(), second.getUsername(), List.of(r.agency()), null, false);
        assertStaleThenCurrentAgain(r.campaign());

        long id = campaigns.assignments(r.campaign()).stream()
                .filter(a -> a.evaluator().equals(second.getUsername()))
                .findFirst()
                .orElseThrow()
                .id();
        campaigns.unassign(r.campaign(), id);
        assertStaleThenCurrentAgain(r.campaign());
    }

    @Test
    void aParticipantsNameOrTypeTurnsResultsStaleItsContactDoesNot() {
        ResultsScenarios.Reviewed r = scenarios.inReview();
        computed(r.campaign());
        Unit agency = units.get(r.agency());

        units.update(withContactPhone(agency, "0577-12345678"), agency.version());
        assertThat(results.stale(r.campaign())).as("a contact is no input").isFalse();

        agency = units.get(r.agency());
        units.update(withName(agency, agency.name() + "(更名)"), agency.version());
        assertStaleThenCurrentAgain(r.campaign());

        Unit other = units.get(r.otherAgency());
        units.update(
                new UnitDetails(
                        other.code(),
                        other.name(),
                        com.qinglian.unit.UnitType.STATION,
                        r.agency(),
                        other.rankingGroup(),
                        other.contactName(),
                        other.contactPhone(),
                        other.contactEmail()),
                other.version());
        assertStaleThenCurrentAgain(r.campaign());
    }

    @Test
    void aDraftsParticipantsOrSettingsTurnResultsStaleItsNameDoesNot() {
        String a = UnitFixtures.uniqueCode("DA");
        String b = UnitFixtures.uniqueCode("DB");
        units.create(UnitFixtures.anAgency(a));
        units.create(UnitFixtures.anAgency(b));
        String code = CampaignFixtures.uniqueCode();
        CampaignDetails details = CampaignFixtures.seedCampaign(code);
        campaigns.create(details, List.of(a));
        computed(code);

        campaigns.update(renamed(details, "另一个名称", details.settings()), List.of(a), 0);
        assertThat(results.stale(code)).as("a name is no input").isFalse();

        campaigns.update(details, List.of(a, b), 1);
        assertStaleThenCurrentAgain(code);

        String stricter = CampaignSettingsFormat.DEFAULT.replace("{grade: 优秀, min: 90}", "{grade: 优秀, min: 95}");
        campaigns.update(renamed(details, details.name(), stricter), List.of(a, b), 2);
        assertStaleThenCurrentAgain(code);
    }

    @Test
    void aScoreDecidedOnAppealIsAnInputTheDecisionRecomputes() {
        ResultsScenarios.Reviewed r = scenarios.inReview();
        for (String unit : r.units()) {
            scenarios.scoreInFull(r, unit, Map.of());
        }
        computed(r.campaign());
        CampaignFixtures.publish(campaigns, r.campaign());
        Appeal filed = scenarios.appealOn(r, r.agency(), "A1.1.1");
        CurrentUser reviewer = scenarios.anEvaluator("rev");
        as(ORGANISER, () -> appeals.assign(r.campaign(), filed.id(), reviewer.getUsername()));
        long before = inputs.revision(r.campaign());

        as(
                reviewer,
                () -> appeals.decide(r.campaign(), filed.id(), Appeal.Decision.PARTIAL, new BigDecimal("0.5"), "部分有效"));

        assertThat(inputs.revision(r.campaign())).isEqualTo(before + 1);
        assertThat(results.stale(r.campaign()))
                .as("recomputed with the decision")
                .isFalse();
    }

    @Test
    void aRunStoredBeforeRevisionsIsCheckedByTheDigestOfItsInputs() {
        ResultsScenarios.Reviewed r = scenarios.inReview();
        computed(r.campaign());
        jdbc.sql("""
                UPDATE result_run SET input_revision = NULL
                 WHERE campaign_id = (SELECT id FROM campaign WHERE code = ?)
                """).param(r.campaign()).update();
        // the revision moves on without a change of the inputs themselves: the digest still matches
        inputs.changed(r.campaign());
        assertThat(results.stale(r.campaign())).isFalse();

        as(r.evaluator(), () -> evaluations.save(r.campaign(), r.agency(), "A1.1.1", BigDecimal.ONE, null, -1));

        assertThat(results.stale(r.campaign())).isTrue();
    }

    private void assertStaleThenCurrentAgain(String campaign) {
        assertThat(results.stale(campaign)).as("stale after the change").isTrue();
        computed(campaign);
        assertThat(results.stale(campaign)).as("current once computed again").isFalse();
    }

    private void computed(String campaign) {
        as(ORGANISER, () -> results.compute(campaign));
    }

    private static <T> T as(CurrentUser user, Supplier<T> work) {
        return uploadAs(user, work);
    }

    private static CampaignDetails renamed(CampaignDetails d, String name, String settings) {
        return new CampaignDetails(
                d.code(),
                name,
                d.year(),
                d.periodStart(),
                d.periodEnd(),
                d.rubricCode(),
                d.rubricVersion(),
                d.deadlines(),
                d.organiserNodes(),
                settings);
    }

    private static UnitDetails withName(Unit u, String name) {
        return new UnitDetails(
                u.code(),
                name,
                u.type(),
                u.parentCode(),
                u.rankingGroup(),
                u.contactName(),
                u.contactPhone(),
                u.contactEmail());
    }

    private static UnitDetails withContactPhone(Unit u, String phone) {
        return new UnitDetails(
                u.code(),
                u.name(),
                u.type(),
                u.parentCode(),
                u.rankingGroup(),
                u.contactName(),
                phone,
                u.contactEmail());
    }
}
