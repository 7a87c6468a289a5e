package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.LanguageRubric;
import com.qinglian.ledger.facts.FactDetails;
import com.qinglian.ledger.facts.UnitFacts;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.support.DatabaseTest;
import java.math.BigDecimal;
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

    @MockitoSpyBean
    Campaigns campaigns;

    @Autowired
    LanguageScenarios scenarios;

    @Autowired
    UnitFacts facts;

    @Autowired
    Results results;

    @Autowired
    JdbcClient jdbc;

    private final CurrentUser admin = signedIn("admin", Role.ADMIN, null);

    @Test
    void casesFiguresAndFactsOfTheLanguageReachTheStoredResultsExactly() {
        EndToEndScenarios.Scenario s = scenarios.recorded();

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
        assertThat(line(ofA, "GATE", LanguageScenarios.GATED_NODE).points()).isEqualByComparingTo("-3");
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
        EndToEndScenarios.Scenario s = scenarios.recorded();
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
