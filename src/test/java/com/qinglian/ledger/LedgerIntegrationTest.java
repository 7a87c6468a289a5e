package com.qinglian.ledger;

import static com.qinglian.ledger.LedgerFixtures.campaignWithUnits;
import static com.qinglian.ledger.LedgerFixtures.secondForm;
import static com.qinglian.ledger.LedgerFixtures.uniqueDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qinglian.assessment.EvidenceFixtures;
import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.LedgerFixtures.Scenario;
import com.qinglian.ledger.cases.CaseDetails;
import com.qinglian.ledger.cases.LedgerCase;
import com.qinglian.ledger.cases.LedgerCases;
import com.qinglian.ledger.inspections.InspectionDetails;
import com.qinglian.ledger.inspections.InspectionKind;
import com.qinglian.ledger.inspections.InspectionRecord;
import com.qinglian.ledger.inspections.Inspections;
import com.qinglian.security.SecurityFixtures;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recording cases and inspections on a database: duplicates, dates, edits, finalization and the audit trail. */
@DatabaseTest
class LedgerIntegrationTest {

    @Autowired
    Ledger ledger;

    @Autowired
    LedgerCases cases;

    @Autowired
    Inspections inspections;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSameDocumentNumberForTheSameUnitIsRefusedWithAClearMessage() {
        Scenario s = campaignWithUnits(campaigns, units, 2);
        String document = uniqueDocument();
        cases.record(s.campaign(), secondForm(s.unit(0), document, LocalDate.of(2021, 3, 1)));

        assertThatThrownBy(() -> cases.record(
                        s.campaign(), secondForm(s.unit(0), " " + document + " ", LocalDate.of(2021, 4, 1))))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(InputProblem.of(
                                        0,
                                        "documentNumber",
                                        "ledger.error.duplicateDocument",
                                        document,
                                        s.unit(0),
                                        s.campaign(),
                                        "2021-03-01")));
        cases.record(s.campaign(), secondForm(s.unit(1), document, LocalDate.of(2021, 3, 1)));
        assertThat(ledger.cases(s.campaign())).hasSize(2);
    }

    @Test
    void theSameDocumentSpelledAnotherWayIsTheSameDocument() {
        Scenario s = campaignWithUnits(campaigns, units, 1);
        String document = uniqueDocument();
        cases.record(s.campaign(), secondForm(s.unit(0), document, LocalDate.of(2021, 3, 1)));

        String[] spellings = {
            document.replace('〔', '[').replace('〕', ']'),
            "\u00A0" + document.replace('〔', '（').replace('〕', '）') + "\u3000",
            document.replace("2021", "２０２１").replace('〔', '【').replace('〕', '】')
        };
        for (String spelling : spellings) {
            assertThatThrownBy(
                            () -> cases.record(s.campaign(), secondForm(s.unit(0), spelling, LocalDate.of(2021, 4, 1))))
                    .as(spelling)
                    .isInstanceOfSatisfying(
                            InputRejectedException.class,
                            e -> assertThat(e.problems())
                                    .extracting(InputProblem::key)
                                    .containsExactly("ledger.error.duplicateDocument"));
        }
        assertThat(ledger.cases(s.campaign())).hasSize(1);
    }

    @Test
    void theDatabaseRefusesADuplicateDocumentNumberToo() {
        Scenario s = campaignWithUnits(campaigns, units, 1);
        String document = uniqueDocument();
        cases.record(s.campaign(), secondForm(s.unit(0), document, LocalDate.of(2021, 3, 1)));

        assertThatThrownBy(() ->
                        jdbc.sql("""
                INSERT INTO ledger_case (campaign_id, unit_code, rule_code, case_count, multiplier, case_date, document_number,
                                         issuing_body, recorded_at, recorded_by)
                SELECT id, ?, 'FORM1', 1, 1, DATE '2021-05-01', ?, '区纪委', CURRENT_TIMESTAMP, 'test' FROM campaign WHERE code = ?
                """).params(s.unit(0), document, s.campaign()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void casesAreStoredWhateverTheirDateAndHistorySpansCampaigns() {
        Scenario first = campaignWithUnits(campaigns, units, 1);
        String unit = first.unit(0);
        Scenario second = new Scenario(com.qinglian.campaign.CampaignFixtures.uniqueCode(), List.of(unit));
        campaigns.create(com.qinglian.campaign.CampaignFixtures.seedCampaign(second.campaign()), List.of(unit));

        LedgerCase before =
                cases.record(first.campaign(), secondForm(unit, uniqueDocument(), LocalDate.of(2019, 12, 31)));
        LedgerCase inside =
                cases.record(first.campaign(), secondForm(unit, uniqueDocument(), LocalDate.of(2021, 6, 30)));
        LedgerCase after = cases.record(first.campaign(), secondForm(unit, uniqueDocument(), LocalDate.of(2022, 2, 1)));
        LedgerCase other =
                cases.record(second.campaign(), secondForm(unit, uniqueDocument(), LocalDate.of(2020, 8, 1)));

        assertThat(ledger.cases(first.campaign())).containsExactly(before, inside, after);
        assertThat(ledger.cases(second.campaign())).containsExactly(other);
        assertThat(ledger.history(unit, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)))
                .containsExactly(other, inside);
        assertThat(inside.toCaseInput().reference()).isEqualTo(inside.documentNumber());
    }

    @Test
    void editsAndDeletionsNeedAReasonAndAreAudited() {
        Scenario s = campaignWithUnits(campaigns, units, 1);
        AuditEntries audit = new AuditEntries(jdbc);
        LedgerCase saved = EvidenceFixtures.uploadAs(
                SecurityFixtures.anAdministrator(),
                () -> cases.record(s.campaign(), secondForm(s.unit(0), uniqueDocument(), LocalDate.of(2021, 3, 1))));
        String id = String.valueOf(saved.id());
        CaseDetails changed = new CaseDetails(
                s.unit(0),
                "FORM3",
                2,
                new BigDecimal("0.5"),
                saved.date(),
                saved.documentNumber(),
                saved.issuingBody(),
                "从轻处理");

        assertThatThrownBy(() -> cases.update(s.campaign(), saved.id(), changed, 0, " "))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::key)
                                .containsExactly("ledger.error.reason"));
        LedgerCase updated = cases.update(s.campaign(), saved.id(), changed, 0, "复核后改为第三种形态");
        assertThat(updated.ruleCode()).isEqualTo("FORM3");
        assertThat(updated.multiplier()).isEqualByComparingTo("0.5");
        assertThatThrownBy(() -> cases.update(s.campaign(), saved.id(), changed, 0, "过时的修改"))
                .isInstanceOf(ConflictException.class);

        cases.delete(s.campaign(), saved.id(), "误登记");
        assertThat(ledger.cases(s.campaign())).isEmpty();
        assertThat(audit.actionsAbout(LedgerCases.ENTITY, id)).containsExactly("CREATE", "UPDATE", "DELETE");
        assertThat(audit.about(LedgerCases.ENTITY, id))
                .extracting(AuditEntries.Row::reason)
                .containsExactly(null, "复核后改为第三种形态", "误登记");
        assertThat(audit.about(LedgerCases.ENTITY, id).get(0).actor()).startsWith("admin");
    }

    @Test
    void aCaseMustNameAUnitOfTheCampaignAndARuleOfItsRubric() {
        Scenario s = campaignWithUnits(campaigns, units, 1);
        Scenario other = campaignWithUnits(campaigns, units, 1);
        CaseDetails wrong = new CaseDetails(
                other.unit(0), "FORM9", 1, null, LocalDate.of(2021, 1, 5), uniqueDocument(), "区纪委", null);

        assertThatThrownBy(() -> cases.record(s.campaign(), wrong))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::key)
                                .containsExactlyInAnyOrder(
                                        "ledger.error.unitNotInCampaign", "ledger.error.unknownRule"));
        assertThat(cases.rules(s.campaign())).extracting(r -> r.code()).contains("FORM1", "FORM4", "DISSATISFIED");
    }

    @Test
    void aFinalizedCampaignKeepsItsCasesButRefusesChanges() {
        Scenario s = campaignWithUnits(campaigns, units, 1);
        LedgerCase saved =
                cases.record(s.campaign(), secondForm(s.unit(0), uniqueDocument(), LocalDate.of(2021, 3, 1)));
        LedgerFixtures.finalize(campaigns, s.campaign());

        assertThatThrownBy(() ->
                        cases.record(s.campaign(), secondForm(s.unit(0), uniqueDocument(), LocalDate.of(2021, 4, 1))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cases.delete(s.campaign(), saved.id(), "改")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> inspections.record(
                        s.campaign(),
                        new InspectionDetails(
                                s.unit(0),
                                InspectionKind.DAILY,
                                LocalDate.of(2021, 5, 1),
                                "王检查",
                                "台账齐全",
                                "A5.1.1",
                                new BigDecimal("3.5"))))
                .isInstanceOf(ConflictException.class);
        assertThat(ledger.cases(s.campaign())).containsExactly(saved);
    }

    @Test
    void inspectionsProposeAScoreWithinTheItemsPointsAndStep() {
        Scenario s = campaignWithUnits(campaigns, units, 2);
        InspectionRecord daily = inspections.record(
                s.campaign(),
                new InspectionDetails(
                        s.unit(0),
                        InspectionKind.DAILY,
                        LocalDate.of(2021, 5, 1),
                        "王检查",
                        "台账齐全,制度上墙",
                        "A5.1.1",
                        new BigDecimal("3.50")));
        inspections.record(
                s.campaign(),
                new InspectionDetails(
                        s.unit(1),
                        InspectionKind.MID_YEAR,
                        LocalDate.of(2021, 7, 1),
                        "李督查",
                        "整改到位",
                        "A5.1.2",
                        new BigDecimal("2")));

        assertThat(ledger.inspections(s.campaign(), s.unit(0))).containsExactly(daily);
        assertThat(daily.proposedScore()).isEqualByComparingTo("3.5");
        assertThatThrownBy(() -> inspections.record(
                        s.campaign(),
                        new InspectionDetails(
                                s.unit(0),
                                InspectionKind.MID_YEAR,
                                LocalDate.of(2021, 7, 1),
                                "李督查",
                                "x",
                                "A5.1.2",
                                new BigDecimal("2.25"))))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::key)
                                .containsExactly("inspection.error.score"));
        assertThatThrownBy(() -> inspections.record(
                        s.campaign(),
                        new InspectionDetails(
                                s.unit(0),
                                InspectionKind.MID_YEAR,
                                LocalDate.of(2021, 7, 1),
                                "李督查",
                                "x",
                                "A5.1",
                                new BigDecimal("1"))))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::key)
                                .containsExactly("inspection.error.item"));

        inspections.delete(s.campaign(), daily.id(), "重复登记");
        assertThat(ledger.inspections(s.campaign(), s.unit(0))).isEmpty();
        assertThat(new AuditEntries(jdbc).actionsAbout(Inspections.ENTITY, String.valueOf(daily.id())))
                .containsExactly("CREATE", "DELETE");
    }
}
