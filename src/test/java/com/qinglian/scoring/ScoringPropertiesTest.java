package com.qinglian.scoring;

import static com.qinglian.scoring.ScoringFixtures.smallRubric;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Invariants of the engine over random units, inputs and cases on the small rubric. */
class ScoringPropertiesTest {

    private static final Rubric RUBRIC = smallRubric();
    private static final Map<String, RubricNode> NODES = RUBRIC.nodesByCode();

    /** One generated unit: its inputs and its cases. */
    record Scenario(ScoredUnit unit, List<ItemInput> inputs, List<CaseInput> cases) {}

    @Property(tries = 300)
    void noNodeExceedsItsPointsOrFallsBelowZero(@ForAll("scenarios") @Size(min = 1, max = 8) List<Scenario> scenarios) {
        for (UnitResult result : score(scenarios).units()) {
            for (NodeScore node : result.nodes()) {
                assertThat(node.score())
                        .isBetween(BigDecimal.ZERO, NODES.get(node.code()).points());
                assertThat(node.score()).isLessThanOrEqualTo(node.max());
            }
            assertThat(result.itemsTotal()).isLessThanOrEqualTo(result.maxTotal());
        }
    }

    @Property(tries = 300)
    void explanationAddsUpToTheTotal(@ForAll("scenarios") @Size(min = 1, max = 8) List<Scenario> scenarios) {
        for (UnitResult result : score(scenarios).units()) {
            BigDecimal explained =
                    result.explanation().stream().map(ExplanationLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(explained).isEqualByComparingTo(result.total());
        }
    }

    @Property(tries = 300)
    void moreDeductionsNeverRaiseATotal(
            @ForAll("scenario") Scenario scenario,
            @ForAll("negativeCase") CaseInput extra,
            @ForAll("deductionItem") String item) {
        BigDecimal before = score(List.of(scenario)).units().get(0).total();
        List<CaseInput> moreCases = new ArrayList<>(scenario.cases());
        moreCases.add(
                new CaseInput(scenario.unit().code(), extra.ruleCode(), extra.count(), extra.multiplier(), null, null));
        List<ItemInput> moreItemCases = new ArrayList<>();
        for (ItemInput input : scenario.inputs()) {
            moreItemCases.add(
                    input.itemCode().equals(item)
                            ? new ItemInput(
                                    input.unitCode(), item, input.value().add(BigDecimal.ONE))
                            : input);
        }
        BigDecimal withCase = score(List.of(new Scenario(scenario.unit(), scenario.inputs(), moreCases)))
                .units()
                .get(0)
                .total();
        BigDecimal withItemCase = score(List.of(new Scenario(scenario.unit(), moreItemCases, scenario.cases())))
                .units()
                .get(0)
                .total();
        assertThat(withCase).isLessThanOrEqualTo(before);
        assertThat(withItemCase).isLessThanOrEqualTo(before);
    }

    @Property(tries = 300)
    void ranksAgreeWithTotals(@ForAll("scenarios") @Size(min = 1, max = 12) List<Scenario> scenarios) {
        List<UnitResult> results = score(scenarios).units();
        for (UnitResult a : results) {
            assertThat(a.rank())
                    .isEqualTo(1
                            + (int) results.stream()
                                    .filter(b -> b.total().compareTo(a.total()) > 0)
                                    .count());
            assertThat(a.rankInType())
                    .isEqualTo(1
                            + (int) results.stream()
                                    .filter(b -> b.unit().type().equals(a.unit().type())
                                            && b.total().compareTo(a.total()) > 0)
                                    .count());
        }
        for (int i = 1; i < results.size(); i++) {
            UnitResult previous = results.get(i - 1);
            UnitResult next = results.get(i);
            assertThat(previous.total()).isGreaterThanOrEqualTo(next.total());
            if (previous.total().compareTo(next.total()) == 0) {
                assertThat(previous.unit().code()).isLessThan(next.unit().code());
            }
        }
    }

    private static ScoringResult score(List<Scenario> scenarios) {
        List<ScoredUnit> units = new ArrayList<>();
        List<ItemInput> inputs = new ArrayList<>();
        List<CaseInput> cases = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            String code = "U" + i;
            units.add(new ScoredUnit(code, code, s.unit().type()));
            s.inputs().forEach(in -> inputs.add(new ItemInput(code, in.itemCode(), in.value())));
            s.cases()
                    .forEach(c -> cases.add(
                            new CaseInput(code, c.ruleCode(), c.count(), c.multiplier(), c.date(), c.reference())));
        }
        return ScoringEngine.score(RUBRIC, units, inputs, cases, Settings.defaults());
    }

    @Provide
    Arbitrary<List<Scenario>> scenarios() {
        return scenario().list();
    }

    @Provide
    Arbitrary<Scenario> scenario() {
        Arbitrary<String> type = Arbitraries.of("agency", "station");
        Arbitrary<List<ItemInput>> inputs = Combinators.combine(
                        steps(4),
                        steps(8),
                        Arbitraries.integers().between(0, 6),
                        Arbitraries.integers().between(0, 3),
                        measured(),
                        measured(),
                        measured(),
                        steps(10))
                .as((m1, m2, da, db, t, p, r, s1) -> List.of(
                        new ItemInput("U", "M1", m1),
                        new ItemInput("U", "M2", m2),
                        ItemInput.count("U", "DA", da),
                        ItemInput.count("U", "DB", db),
                        new ItemInput("U", "T", t),
                        new ItemInput("U", "P", p),
                        new ItemInput("U", "R", r),
                        new ItemInput("U", "S1", s1)));
        Arbitrary<List<CaseInput>> cases =
                Arbitraries.oneOf(negativeCase(), bonusCase()).list().ofMaxSize(5);
        return Combinators.combine(type, inputs, cases)
                .as((t, i, c) -> new Scenario(new ScoredUnit("U", "U", t), i, c));
    }

    @Provide
    Arbitrary<CaseInput> negativeCase() {
        return caseOf(Arbitraries.of("FORM1", "FORM2", "FORM4", "DISSATISFIED"));
    }

    @Provide
    Arbitrary<String> deductionItem() {
        return Arbitraries.of("DA", "DB");
    }

    private static Arbitrary<CaseInput> bonusCase() {
        return caseOf(Arbitraries.of("AWARD", "HONOUR"));
    }

    private static Arbitrary<CaseInput> caseOf(Arbitrary<String> rules) {
        return Combinators.combine(rules, Arbitraries.integers().between(0, 4), Arbitraries.of("0.5", "1", "2"))
                .as((rule, count, multiplier) ->
                        new CaseInput("U", rule, count, new BigDecimal(multiplier), null, null));
    }

    /** Whole half-steps 0..max/2: a manual score on the 0.5 step. */
    private static Arbitrary<BigDecimal> steps(int halfSteps) {
        return Arbitraries.integers()
                .between(0, halfSteps)
                .map(n -> BigDecimal.valueOf(n).multiply(new BigDecimal("0.5")));
    }

    private static Arbitrary<BigDecimal> measured() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("150"))
                .ofScale(2);
    }
}
