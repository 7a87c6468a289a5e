package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doReturn;

import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.LanguageRubric;
import com.qinglian.ledger.cases.CaseDetails;
import com.qinglian.ledger.cases.LedgerCases;
import com.qinglian.ledger.facts.FactDetails;
import com.qinglian.ledger.facts.RateTasks;
import com.qinglian.ledger.facts.TaskDetails;
import com.qinglian.ledger.facts.UnitFacts;
import com.qinglian.rubric.Gate;
import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.NodeTerms;
import com.qinglian.rubric.Rounding;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.support.DatabaseTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The rubric language from the ledger to the stored results, on a database: a range rule, a level rule where the
 * highest level counts, a clause inside a node (and the node's clamp), a rate item with its target, a gate on a
 * measured fact and a veto on a yes fact, all recorded through the ledger, computed, stored and read back exactly.
 */
@DatabaseTest
class LanguageResultsIntegrationTest {

    /** The node the gate is printed on: 满意度低于90%的,本指标最多得1分. */
    static final String GATED_NODE = "A2.2";

    @MockitoSpyBean
    Campaigns campaigns;

    @Autowired
    EndToEndScenarios scenarios;

    @Autowired
    LedgerCases cases;

    @Autowired
    UnitFacts facts;

    @Autowired
    RateTasks tasks;

    @Autowired
    Results results;

    @Autowired
    JdbcClient jdbc;

    private final CurrentUser admin = signedIn("admin", Role.ADMIN, null);

    /**
     * {@link LanguageRubric} with the rate item rounded half up to 0.001 (so a figure has three decimals) and a gate
     * on {@link #GATED_NODE}: while 群众满意度 is below 90 the node gives at most 1.
     */
    static Rubric rubric(Rubric seed) {
        Rubric language = LanguageRubric.of(seed);
        return new Rubric(
                language.code(),
                language.version(),
                language.title(),
                language.metadata(),
                language.total(),
                language.step(),
                language.floor(),
                language.notes(),
                language.nodes().stream()
                        .map(LanguageResultsIntegrationTest::node)
                        .toList(),
                language.negativeList(),
                language.bonus(),
                language.terms());
    }

    private static RubricNode node(RubricNode n) {
        RubricNode out = n.withChildren(
                n.children().stream().map(LanguageResultsIntegrationTest::node).toList());
        if (n.code().equals(GATED_NODE)) {
            Gate gate = new Gate(
                    new Gate.Condition(LanguageRubric.NUMBER_FACT, null, new BigDecimal("90"), null), BigDecimal.ONE);
            out = out.withTerms(new NodeTerms(List.of(), List.of(gate), null, null, null, null, null));
        }
        if (n.code().equals(LanguageRubric.RATE_ITEM)) {
            out = new RubricNode(
                    out.code(),
                    out.level(),
                    out.number(),
                    out.title(),
                    out.text(),
                    out.points(),
                    out.notes(),
                    out.mode(),
                    out.floor(),
                    out.appliesTo(),
                    new ItemRule.Rate(new Rounding(new BigDecimal("0.001"), RoundingMode.HALF_UP), false),
                    out.children(),
                    out.terms());
        }
        return out;
    }

    /** Two agencies on the language rubric, scored in full but for A1.2 of {@code a} (0 and 1 of 2 and 2). */
    EndToEndScenarios.Scenario scenario() {
        return scenarios.twoAgencies(
                code -> {
                    Rubric language = rubric(campaigns.rubric(campaigns.get(code)));
                    doReturn(language)
                            .when(campaigns)
                            .rubric(argThat(c -> c != null && c.code().equals(code)));
                },
                Map.of("A1.2.1", "0", "A1.2.2", "1"));
    }

    private static CaseDetails caseOf(String unit, String rule, int count, String amount, String level, String doc) {
        return new CaseDetails(
                unit,
                rule,
                count,
                BigDecimal.ONE,
                LocalDate.of(2021, 6, 1),
                doc,
                "区纪委区监委",
                null,
                amount == null ? null : new BigDecimal(amount),
                level);
    }

    /** Records the language inputs of the scenario through the ledger, as an administrator. */
    void recordInputs(EndToEndScenarios.Scenario s) {
        String c = s.campaign();
        uploadAs(admin, () -> {
            cases.record(c, caseOf(s.a(), LanguageRubric.RANGE_RULE, 1, "4.5", null, "瓯纪〔2021〕41号-" + s.a()));
            cases.record(c, caseOf(s.a(), LanguageRubric.LEVEL_RULE, 1, null, "省级", "瓯委〔2021〕7号-" + s.a()));
            cases.record(c, caseOf(s.a(), LanguageRubric.LEVEL_RULE, 1, null, "国家级", "国发〔2021〕2号-" + s.a()));
            cases.record(c, caseOf(s.a(), LanguageRubric.CLAUSE, 3, null, null, "瓯办〔2021〕9号-" + s.a()));
            tasks.record(c, new TaskDetails(s.a(), LanguageRubric.RATE_ITEM, "7", "9", "区委办下达任务清单"));
            tasks.record(c, new TaskDetails(s.b(), LanguageRubric.RATE_ITEM, "10", "10", "区委办下达任务清单"));
            facts.record(c, new FactDetails(s.a(), LanguageRubric.NUMBER_FACT, "85.5", "第三方测评报告"));
            facts.record(c, new FactDetails(s.b(), LanguageRubric.YES_NO_FACT, "1", "区应急局通报〔2021〕3号"));
            return null;
        });
    }

    @Test
    void casesFiguresAndFactsOfTheLanguageReachTheStoredResultsExactly() {
        EndToEndScenarios.Scenario s = scenario();
        recordInputs(s);

        ResultRun run = uploadAs(admin, () -> results.compute(s.campaign()));

        assertThat(run.incomplete()).isEmpty();
        UnitOutcome a = outcome(run, s.a());
        // items 100, less A1.2 (0 + 1 of 4, the clause's 3 × 0.5 then clamped at 0: −4), the rate item 7 ÷ 9 × 2 =
        // 1.556 (−0.444) and the gate on A2.2 (4 capped at 1: −3): 92.556; −4.5 (range) +5 (国家级, the highest) = 93.056
        assertThat(a.itemsTotal()).isEqualByComparingTo("92.556");
        assertThat(a.deductions()).isEqualByComparingTo("4.5");
        assertThat(a.bonus()).isEqualByComparingTo("5");
        assertThat(a.total()).isEqualByComparingTo("93.056");
        assertThat(a.grade()).isEqualTo("优秀");
        assertThat(a.vetoes()).isEmpty();
        UnitOutcome b = outcome(run, s.b());
        assertThat(b.total()).isEqualByComparingTo("0");
        assertThat(b.vetoes()).containsExactly("发生重大安全事故");

        Breakdown ofA = results.breakdown(s.campaign(), s.a());
        assertThat(ofA.sum()).isEqualByComparingTo(a.total());
        assertThat(line(ofA, "CLAUSE", LanguageRubric.CLAUSE).points()).isEqualByComparingTo("-1.5");
        assertThat(line(ofA, "NODE_CLAMP", LanguageRubric.CLAUSE_NODE).points()).isEqualByComparingTo("0.5");
        assertThat(line(ofA, "GATE", GATED_NODE).points()).isEqualByComparingTo("-3");
        assertThat(line(ofA, "ITEM", LanguageRubric.RATE_ITEM).points()).isEqualByComparingTo("1.556");
        assertThat(ofA.node(LanguageRubric.RATE_ITEM).score()).isEqualByComparingTo("1.556");
        assertThat(ofA.node(LanguageRubric.CLAUSE_NODE).score()).isEqualByComparingTo("0");
        assertThat(ofA.lines())
                .filteredOn(l -> l.kind().equals("BONUS"))
                .extracting(Breakdown.Line::points)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("5"), BigDecimal.ZERO);
        Breakdown ofB = results.breakdown(s.campaign(), s.b());
        assertThat(line(ofB, "VETO", "").points()).isEqualByComparingTo("-100");
        assertThat(ofB.sum()).isEqualByComparingTo("0");

        // the columns keep every decimal the engine gave (a column of two decimals would read 93.06 and 1.56)
        assertThat(jdbc.sql("SELECT total FROM unit_result WHERE id = ?")
                        .param(a.id())
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("93.056");
        assertThat(jdbc.sql("SELECT score FROM unit_result_node WHERE result_id = ? AND node_code = ?")
                        .params(a.id(), LanguageRubric.RATE_ITEM)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("1.556");
        assertThat(jdbc.sql("SELECT points FROM unit_result_line WHERE result_id = ? AND kind = 'ITEM' AND code = ?")
                        .params(a.id(), LanguageRubric.RATE_ITEM)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("1.556");
    }

    @Test
    void recordingAFactMakesTheResultsStaleUntilTheyAreComputedAgain() {
        EndToEndScenarios.Scenario s = scenario();
        recordInputs(s);
        uploadAs(admin, () -> results.compute(s.campaign()));
        assertThat(results.stale(s.campaign())).isFalse();

        // satisfaction raised to 90: the gate on A2.2 no longer holds
        uploadAs(
                admin,
                () -> facts.record(s.campaign(), new FactDetails(s.a(), LanguageRubric.NUMBER_FACT, "90", "复核后的测评报告")));

        assertThat(results.stale(s.campaign())).isTrue();
        assertThat(outcome(results.current(s.campaign()).orElseThrow(), s.a()).total())
                .isEqualByComparingTo("93.056");
        ResultRun again = uploadAs(admin, () -> results.compute(s.campaign()));
        assertThat(results.stale(s.campaign())).isFalse();
        assertThat(outcome(again, s.a()).total()).isEqualByComparingTo("96.056");
        assertThat(results.breakdown(s.campaign(), s.a()).lines())
                .noneMatch(l -> l.kind().equals("GATE"));
    }

    private static UnitOutcome outcome(ResultRun run, String unit) {
        return run.outcomes().stream()
                .filter(o -> o.unitCode().equals(unit))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no outcome for " + unit));
    }

    private static Breakdown.Line line(Breakdown breakdown, String kind, String code) {
        return breakdown.lines().stream()
                .filter(l -> l.kind().equals(kind) && code.equals(l.code()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " line for " + code + " in " + breakdown.lines()));
    }
}
