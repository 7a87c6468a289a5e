package com.qinglian.ledger;

import static com.qinglian.ledger.LedgerFixtures.uniqueDocument;
import static com.qinglian.ledger.LedgerLanguageFixtures.languageCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qinglian.assessment.EvidenceFixtures;
import com.qinglian.campaign.CampaignInputs;
import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.LedgerFixtures.Scenario;
import com.qinglian.ledger.cases.CaseDetails;
import com.qinglian.ledger.cases.LedgerCase;
import com.qinglian.ledger.cases.LedgerCases;
import com.qinglian.ledger.facts.FactDetails;
import com.qinglian.ledger.facts.RateTasks;
import com.qinglian.ledger.facts.TaskDetails;
import com.qinglian.ledger.facts.UnitFact;
import com.qinglian.ledger.facts.UnitFacts;
import com.qinglian.results.Results;
import com.qinglian.scoring.CaseInput;
import com.qinglian.scoring.FactInput;
import com.qinglian.scoring.ItemInput;
import com.qinglian.security.SecurityFixtures;
import com.qinglian.shared.ConflictException;
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
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The rubric language in the ledger, on a database: amounts and levels of cases, cases of clauses inside nodes,
 * facts per unit and the figures of rate items, their columns and table, and what results hand to the engine.
 */
@DatabaseTest
class LedgerLanguageIntegrationTest {

    @MockitoSpyBean
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    LedgerCases cases;

    @Autowired
    UnitFacts facts;

    @Autowired
    RateTasks tasks;

    @Autowired
    Ledger ledger;

    @Autowired
    Results results;

    @Autowired
    CampaignInputs revisions;

    @Autowired
    JdbcClient jdbc;

    private static CaseDetails caseOf(String unit, String rule, String amount, String level) {
        return new CaseDetails(
                unit,
                rule,
                1,
                BigDecimal.ONE,
                LocalDate.of(2021, 6, 1),
                uniqueDocument(),
                "区纪委区监委",
                null,
                amount == null ? null : new BigDecimal(amount),
                level);
    }

    private static List<String> refusedFields(Runnable action) {
        try {
            action.run();
        } catch (InputRejectedException e) {
            return e.problems().stream().map(p -> p.column() + ":" + p.key()).toList();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aRangeCaseKeepsItsAmountAndALevelCaseItsLevel() {
        Scenario s = languageCampaign(campaigns, units, 1);
        String unit = s.unit(0);
        LedgerCase harm = cases.record(s.campaign(), caseOf(unit, LanguageRubric.RANGE_RULE, "4.50", null));
        LedgerCase praise = cases.record(s.campaign(), caseOf(unit, LanguageRubric.LEVEL_RULE, null, "省级"));

        assertThat(ledger.cases(s.campaign())).containsExactlyInAnyOrder(harm, praise);
        assertThat(harm.amount()).isEqualByComparingTo("4.5");
        assertThat(harm.toCaseInput().amount()).isEqualByComparingTo("4.5");
        assertThat(praise.level()).isEqualTo("省级");
        assertThat(praise.toCaseInput().level()).isEqualTo("省级");
        assertThat(jdbc.sql("SELECT amount FROM ledger_case WHERE id = ?")
                        .param(harm.id())
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("4.5");
    }

    @Test
    void amountsOutsideTheRangeOrOffTheStepAndLevelsOfOtherRulesAreRefused() {
        Scenario s = languageCampaign(campaigns, units, 1);
        String unit = s.unit(0);
        String c = s.campaign();

        assertThat(refusedFields(() -> cases.record(c, caseOf(unit, LanguageRubric.RANGE_RULE, null, null))))
                .containsExactly("amount:ledger.error.amount");
        assertThat(refusedFields(() -> cases.record(c, caseOf(unit, LanguageRubric.RANGE_RULE, "7", null))))
                .containsExactly("amount:ledger.error.amount");
        assertThat(refusedFields(() -> cases.record(c, caseOf(unit, LanguageRubric.RANGE_RULE, "3.2", null))))
                .containsExactly("amount:ledger.error.amount");
        assertThat(refusedFields(() -> cases.record(c, caseOf(unit, LanguageRubric.RANGE_RULE, "4", "省级"))))
                .containsExactly("level:ledger.error.levelNotTaken");
        assertThat(refusedFields(() -> cases.record(c, caseOf(unit, "FORM2", "4", null))))
                .containsExactly("amount:ledger.error.amountNotTaken");
        assertThat(refusedFields(() -> cases.record(c, caseOf(unit, LanguageRubric.LEVEL_RULE, null, "区级"))))
                .containsExactly("level:ledger.error.level");
        assertThat(refusedFields(() -> cases.record(c, caseOf(unit, LanguageRubric.LEVEL_RULE, null, null))))
                .containsExactly("level:ledger.error.level");
        assertThat(refusedFields(() -> cases.record(c, caseOf(unit, "FORM2", null, "国家级"))))
                .containsExactly("level:ledger.error.levelNotTaken");
        assertThat(refusedFields(() -> cases.record(c, caseOf(unit, LanguageRubric.RANGE_RULE, "1e999999999", null))))
                .containsExactly("amount:ledger.error.amountFormat");
        assertThat(ledger.cases(c)).isEmpty();
    }

    @Test
    void aClausePrintedInsideANodeIsRecordedLikeANegativeListRule() {
        Scenario s = languageCampaign(campaigns, units, 1);
        assertThat(cases.rules(s.campaign())).extracting(r -> r.code()).contains(LanguageRubric.CLAUSE, "FORM1");
        assertThat(cases.groups(s.campaign()))
                .filteredOn(g -> g.node() != null)
                .singleElement()
                .satisfies(g -> assertThat(g.node().code()).isEqualTo(LanguageRubric.CLAUSE_NODE));

        LedgerCase late = cases.record(s.campaign(), caseOf(s.unit(0), LanguageRubric.CLAUSE, null, null));

        assertThat(late.toCaseInput().ruleCode()).isEqualTo(LanguageRubric.CLAUSE);
        assertThat(late.toCaseInput().reference()).isEqualTo(late.documentNumber());
        assertThat(ledger.ruleTitles(s.campaign())).containsEntry(LanguageRubric.CLAUSE, "每迟报一次扣0.5分");
    }

    @Test
    void factsAreRecordedChangedAndDeletedAuditedAndMoveTheInputRevision() {
        Scenario s = languageCampaign(campaigns, units, 2);
        AuditEntries audit = new AuditEntries(jdbc);
        long revision = revisions.revision(s.campaign());

        UnitFact accident = EvidenceFixtures.uploadAs(
                SecurityFixtures.anAdministrator(),
                () -> facts.record(
                        s.campaign(), new FactDetails(s.unit(0), LanguageRubric.YES_NO_FACT, "1", "区应急局通报〔2021〕3号")));
        assertThat(revisions.revision(s.campaign())).isGreaterThan(revision);
        long afterCreate = revisions.revision(s.campaign());
        UnitFact changed =
                facts.record(s.campaign(), new FactDetails(s.unit(0), LanguageRubric.YES_NO_FACT, "0", "复核后撤销通报"));
        assertThat(changed.id()).isEqualTo(accident.id());
        assertThat(changed.version()).isEqualTo(1);
        assertThat(revisions.revision(s.campaign())).isGreaterThan(afterCreate);
        facts.record(s.campaign(), new FactDetails(s.unit(1), LanguageRubric.NUMBER_FACT, "92.5", "第三方测评报告"));

        assertThat(ledger.facts(s.campaign()))
                .containsExactlyInAnyOrder(
                        new FactInput(s.unit(0), LanguageRubric.YES_NO_FACT, BigDecimal.ZERO, "复核后撤销通报"),
                        new FactInput(s.unit(1), LanguageRubric.NUMBER_FACT, new BigDecimal("92.5"), "第三方测评报告"));

        facts.delete(s.campaign(), accident.id());
        assertThat(audit.actionsAbout(UnitFacts.ENTITY, String.valueOf(accident.id())))
                .containsExactly("CREATE", "UPDATE", "DELETE");
        assertThat(audit.about(UnitFacts.ENTITY, String.valueOf(accident.id()))
                        .get(0)
                        .actor())
                .startsWith("admin");
        assertThat(ledger.facts(s.campaign())).hasSize(1);
    }

    @Test
    void aFactNeedsADeclaredCodeAValueOfItsKindAndABasis() {
        Scenario s = languageCampaign(campaigns, units, 1);
        String c = s.campaign();
        String u = s.unit(0);

        assertThat(refusedFields(() -> facts.record(c, new FactDetails(u, LanguageRubric.YES_NO_FACT, "2", null))))
                .containsExactly("value:fact.error.yesNo", "basis:fact.error.basis");
        assertThat(refusedFields(() -> facts.record(c, new FactDetails(u, LanguageRubric.NUMBER_FACT, "1e3", "报告"))))
                .containsExactly("value:fact.error.number");
        assertThat(refusedFields(() -> facts.record(c, new FactDetails(u, "UNKNOWN", "1", "报告"))))
                .containsExactly("factCode:fact.error.fact");
        assertThat(refusedFields(() -> facts.record(c, new FactDetails("NOPE", LanguageRubric.NUMBER_FACT, "1", "报告"))))
                .containsExactly("unitCode:fact.error.unit");
        assertThat(facts.recorded(c)).isEmpty();
    }

    @Test
    void theDatabaseKeepsOneFactPerUnitAndRefusesANegativeTarget() {
        Scenario s = languageCampaign(campaigns, units, 1);
        facts.record(s.campaign(), new FactDetails(s.unit(0), LanguageRubric.NUMBER_FACT, "90", "报告"));

        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO ledger_fact (campaign_id, unit_code, fact_code, fact_value, basis, recorded_at, recorded_by)
                        SELECT id, ?, ?, 1, '报告', CURRENT_TIMESTAMP, 'test' FROM campaign WHERE code = ?
                        """)
                        .params(s.unit(0), LanguageRubric.NUMBER_FACT, s.campaign())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO ledger_task (campaign_id, unit_code, item_code, actual, target, recorded_at, recorded_by)
                        SELECT id, ?, ?, 1, -1, CURRENT_TIMESTAMP, 'test' FROM campaign WHERE code = ?
                        """)
                        .params(s.unit(0), LanguageRubric.RATE_ITEM, s.campaign())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void rateFiguresGiveTheMeasuredValueAndTheTarget() {
        Scenario s = languageCampaign(campaigns, units, 1);
        String c = s.campaign();
        String u = s.unit(0);
        assertThat(tasks.items(c)).extracting(i -> i.code()).containsExactly(LanguageRubric.RATE_ITEM);

        assertThat(refusedFields(() -> tasks.record(c, new TaskDetails(u, LanguageRubric.RATE_ITEM, "-1", "x", null))))
                .containsExactly("actual:task.error.actual", "target:task.error.target");
        assertThat(refusedFields(() -> tasks.record(c, new TaskDetails(u, "A1.1.1", "1", "2", null))))
                .containsExactly("itemCode:task.error.item");
        tasks.record(c, new TaskDetails(u, LanguageRubric.RATE_ITEM, "8", "10", "区委办下达任务清单"));

        assertThat(ledger.measuredValues(c).get(u)).containsEntry(LanguageRubric.RATE_ITEM, new BigDecimal("8"));
        assertThat(ledger.targets(c).get(u)).containsEntry(LanguageRubric.RATE_ITEM, BigDecimal.TEN);
    }

    @Test
    void resultsHandTheEngineAmountsLevelsTargetsAndFactsAndTheirDigestFollowsThem() {
        Scenario s = languageCampaign(campaigns, units, 1);
        String c = s.campaign();
        String u = s.unit(0);
        String before = results.inputs(c).sha256();
        cases.record(c, caseOf(u, LanguageRubric.RANGE_RULE, "5", null));
        cases.record(c, caseOf(u, LanguageRubric.LEVEL_RULE, null, "国家级"));
        tasks.record(c, new TaskDetails(u, LanguageRubric.RATE_ITEM, "8", "10", null));
        String withCases = results.inputs(c).sha256();
        facts.record(c, new FactDetails(u, LanguageRubric.YES_NO_FACT, "1", "通报"));

        Results.Inputs inputs = results.inputs(c);
        assertThat(inputs.cases())
                .extracting(CaseInput::ruleCode, CaseInput::amount, CaseInput::level)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(LanguageRubric.RANGE_RULE, new BigDecimal("5"), null),
                        org.assertj.core.groups.Tuple.tuple(LanguageRubric.LEVEL_RULE, null, "国家级"));
        assertThat(inputs.items())
                .contains(new ItemInput(u, LanguageRubric.RATE_ITEM, new BigDecimal("8"), BigDecimal.TEN));
        assertThat(inputs.facts()).containsExactly(FactInput.yes(u, LanguageRubric.YES_NO_FACT, "通报"));
        assertThat(List.of(before, withCases, inputs.sha256())).doesNotHaveDuplicates();
    }

    @Test
    void factsAndFiguresOfAFinalizedCampaignCannotChange() {
        Scenario s = languageCampaign(campaigns, units, 1);
        UnitFact fact = facts.record(s.campaign(), new FactDetails(s.unit(0), LanguageRubric.NUMBER_FACT, "90", "报告"));
        LedgerFixtures.finalize(campaigns, s.campaign());

        assertThatThrownBy(() ->
                        facts.record(s.campaign(), new FactDetails(s.unit(0), LanguageRubric.NUMBER_FACT, "80", "报告")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> facts.delete(s.campaign(), fact.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> tasks.record(
                        s.campaign(), new TaskDetails(s.unit(0), LanguageRubric.RATE_ITEM, "1", "1", null)))
                .isInstanceOf(ConflictException.class);
    }
}
