package com.qinglian.assessment;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.aReporterOf;
import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.assessment.SelfAssessmentScenarios.Opened;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.Campaigns;
import com.qinglian.evaluation.Evaluations;
import com.qinglian.evaluation.ScoringSheet;
import com.qinglian.rubric.ExpectationCheck;
import com.qinglian.rubric.ExpectationDraft;
import com.qinglian.rubric.ItemExpectations;
import com.qinglian.security.CurrentUser;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Evidence against confirmed expectations on a real database: the check a unit and its evaluators see, the
 * units falling short counted in SQL (removed and undated files not counted), document dates refused when
 * implausible, and only confirmed expectations checked.
 */
@DatabaseTest
class EvidenceExpectationIntegrationTest {

    private static final ExpectationDraft QUARTERLY = new ExpectationDraft("COUNT", "QUARTER", "1", null, "监督检查记录");

    @Autowired
    SelfAssessmentScenarios scenarios;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    ItemEvidence evidence;

    @Autowired
    ItemExpectations expectations;

    @Autowired
    EvidenceShortfalls shortfalls;

    @Autowired
    Evaluations evaluations;

    @Autowired
    Campaigns campaigns;

    @Autowired
    JdbcClient jdbc;

    private int files;

    @Test
    void aMissingQuarterIsNamedOnTheSheetAndTheScoringPageAndCountedForTheOrganiser() {
        Opened o = scenarios.opened();
        confirm(o, "A1.1.1", QUARTERLY);
        CurrentUser station = aReporterOf(o.station());
        upload(o, o.reporter(), o.agency(), "A1.1.1", "2021-02-01", "2021-05-10", "2021-11-30");
        upload(o, station, o.station(), "A1.1.1", "2021-01-05", "2021-04-05", "2021-07-05", "2021-10-05");

        ExpectationCheck agency = sheetAs(o.reporter(), o, o.agency()).check("A1.1.1");
        assertThat(agency.met()).isFalse();
        assertThat(agency.shortfalls())
                .extracting(ExpectationCheck.Shortfall::labelKey)
                .containsExactly("expectation.periodName.quarter.3");
        assertThat(sheetAs(station, o, o.station()).check("A1.1.1").met()).isTrue();

        ScoringSheet scoring = uploadAs(anAdministrator(), () -> evaluations.sheet(o.campaign(), o.agency()));
        ScoringSheet.Row row = scoring.rows().stream()
                .filter(r -> r.item().code().equals("A1.1.1"))
                .findFirst()
                .orElseThrow();
        assertThat(row.check()).isEqualTo(agency);
        assertThat(row.expectation().evidenceName()).isEqualTo("监督检查记录");

        assertThat(lines(o)).containsExactly(Map.entry("A1.1.1", "2/1"));
    }

    @Test
    void removedAndUndatedFilesAndOtherYearsCountNowhere() {
        Opened o = scenarios.opened();
        confirm(o, "A1.1.1", new ExpectationDraft("COUNT", "HALF_YEAR", "1", null, null));
        upload(o, o.reporter(), o.agency(), "A1.1.1", "2021-03-01", "2020-12-31");
        long second = upload(o, o.reporter(), o.agency(), "A1.1.1", "2021-09-01");
        upload(o, o.reporter(), o.agency(), "A1.1.1", (String) null);
        assertThat(sheetAs(o.reporter(), o, o.agency()).check("A1.1.1").met()).isTrue();
        assertThat(lines(o).get("A1.1.1")).isEqualTo("2/1");

        uploadAs(o.reporter(), () -> {
            evidence.remove(o.campaign(), o.agency(), second);
            return null;
        });
        ExpectationCheck check = sheetAs(o.reporter(), o, o.agency()).check("A1.1.1");
        assertThat(check.shortfalls())
                .extracting(ExpectationCheck.Shortfall::labelKey)
                .containsExactly("expectation.periodName.half-year.2");
        assertThat(check.undated()).isEqualTo(1);
        assertThat(check.outsideYear()).isEqualTo(1);
        assertThat(lines(o).get("A1.1.1"))
                .as("the station has no evidence either")
                .isEqualTo("2/2");
    }

    @Test
    void aStationOnlyItemConcernsOnlyStationsAndTwoPerPeriodAreNeededWhereTwoAreAsked() {
        Opened o = scenarios.opened();
        confirm(o, "B1.2", new ExpectationDraft("COUNT", "YEAR", "2", null, null));
        CurrentUser station = aReporterOf(o.station());
        upload(o, station, o.station(), "B1.2", "2021-06-01");
        assertThat(lines(o)).containsExactly(Map.entry("B1.2", "1/1"));
        upload(o, station, o.station(), "B1.2", "2021-12-01");
        assertThat(lines(o)).containsExactly(Map.entry("B1.2", "1/0"));
        assertThat(sheetAs(station, o, o.station()).check("B1.2").met()).isTrue();
    }

    @Test
    void onlyConfirmedCountsAreChecked() {
        Opened o = scenarios.opened();
        assertThat(sheetAs(o.reporter(), o, o.agency()).expectation("A1.1.1")).isNull();
        confirm(o, "A1.1.2", new ExpectationDraft("RATE", null, null, "100", null));
        confirm(o, "A1.1.1", QUARTERLY);
        confirm(o, "A1.1.1", new ExpectationDraft("NONE", null, null, null, null));
        AssessmentSheet sheet = sheetAs(o.reporter(), o, o.agency());
        assertThat(sheet.expectation("A1.1.1")).as("decided: nothing to check").isNull();
        assertThat(sheet.expectation("A1.1.2").ratePercent()).isEqualByComparingTo("100");
        assertThat(sheet.check("A1.1.2")).as("a rate is shown, not checked").isNull();
        assertThat(lines(o)).isEmpty();

        Campaign campaign = campaigns.get(o.campaign());
        assertThat(new AuditEntries(jdbc)
                        .actionsAbout(
                                "item_expectation", campaign.rubricCode() + "/" + campaign.rubricVersion() + "/A1.1.1"))
                .containsExactly("CREATE", "UPDATE");
    }

    @Test
    void documentDatesInTheFutureOrFarFromTheCampaignYearAreRefusedAndNothingIsStored() {
        Opened o = scenarios.opened();
        long id = upload(o, o.reporter(), o.agency(), "A1.1.1", "2021-03-01");
        assertThat(refusal(() -> upload(
                        o,
                        o.reporter(),
                        o.agency(),
                        "A1.1.1",
                        LocalDate.now().plusDays(2).toString())))
                .isEqualTo("evidence.error.dateFuture");
        assertThat(refusal(() -> redate(o, id, "2019-12-31"))).isEqualTo("evidence.error.dateRange");
        assertThat(refusal(() -> redate(o, id, "2023-01-01"))).isEqualTo("evidence.error.dateRange");
        assertThat(dateOf(id)).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(count(o)).isEqualTo(1);

        redate(o, id, "2020-01-01");
        assertThat(dateOf(id)).isEqualTo(LocalDate.of(2020, 1, 1));
        redate(o, id, null);
        assertThat(dateOf(id)).isNull();
        assertThat(new AuditEntries(jdbc).about("evidence", o.campaign() + "/" + o.agency() + "/A1.1.1"))
                .extracting(AuditEntries.Row::action)
                .containsExactly("UPLOAD", "UPDATE", "UPDATE");
    }

    private void confirm(Opened o, String item, ExpectationDraft draft) {
        Campaign campaign = campaigns.get(o.campaign());
        expectations.confirm(campaign.rubricCode(), campaign.rubricVersion(), item, draft, "admin");
    }

    private long upload(Opened o, CurrentUser as, String unit, String item, String... dates) {
        long id = 0;
        for (String date : dates) {
            String marker = "\n% file " + (++files) + "\n";
            byte[] content = (new String(EvidenceFixtures.pdfBytes(), StandardCharsets.ISO_8859_1) + marker)
                    .getBytes(StandardCharsets.ISO_8859_1);
            id = uploadAs(
                            as,
                            () -> evidence.add(
                                    o.campaign(),
                                    unit,
                                    item,
                                    "记录.pdf",
                                    new ByteArrayInputStream(content),
                                    date == null ? null : LocalDate.parse(date)))
                    .file()
                    .id();
        }
        return id;
    }

    private ItemFile redate(Opened o, long id, String date) {
        return uploadAs(
                o.reporter(),
                () -> evidence.redate(o.campaign(), o.agency(), id, date == null ? null : LocalDate.parse(date)));
    }

    private AssessmentSheet sheetAs(CurrentUser user, Opened o, String unit) {
        return uploadAs(user, () -> assessments.sheet(o.campaign(), unit));
    }

    /** Units concerned / units short, by item. */
    private Map<String, String> lines(Opened o) {
        return shortfalls.of(o.campaign()).stream()
                .collect(Collectors.toMap(l -> l.item().item().code(), l -> l.units() + "/" + l.shortOf()));
    }

    private static String refusal(Runnable work) {
        try {
            work.run();
        } catch (InputRejectedException e) {
            return e.problems().stream().map(InputProblem::key).findFirst().orElseThrow();
        }
        throw new AssertionError("expected a refusal");
    }

    private LocalDate dateOf(long id) {
        return jdbc.sql("SELECT evidence_date FROM evidence_file WHERE id = ?")
                .param(id)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
    }

    private long count(Opened o) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM evidence_file e JOIN self_assessment_item i ON i.id = e.item_id
                  JOIN self_assessment a ON a.id = i.assessment_id JOIN campaign c ON c.id = a.campaign_id
                 WHERE c.code = ? AND e.removed_at IS NULL
                """).param(o.campaign()).query(Long.class).single();
    }
}
