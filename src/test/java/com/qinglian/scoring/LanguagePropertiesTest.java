package com.qinglian.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Invariants under every construct of the rubric language: random units (types, tags, codes that pick variant
 * blocks), scores, rate targets, clause cases, ranges, levels and facts on {@link LanguageRubrics#everyConstruct()}.
 */
class LanguagePropertiesTest {

    private static final Rubric RUBRIC = LanguageRubrics.everyConstruct();
    private static final Map<String, RubricNode> NODES = RUBRIC.nodesByCode();
    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    record Scenario(ScoredUnit unit, List<ItemInput> inputs, List<CaseInput> cases, List<FactInput> facts) {}

    @Property(tries = 400)
    void theExplanationAddsUpToTheTotalUnderEveryConstruct(
            @ForAll("scenarios") @Size(min = 1, max = 6) List<Scenario> scenarios) {
        for (UnitResult result : score(scenarios).units()) {
            BigDecimal explained =
                    result.explanation().stream().map(ExplanationLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(explained).as(result.unit().code()).isEqualByComparingTo(result.total());
        }
    }

    @Property(tries = 400)
    void nodesStayWithinTheirClampAndTotalsWithinFloorAndCap(
            @ForAll("scenarios") @Size(min = 1, max = 6) List<Scenario> scenarios) {
        for (UnitResult result : score(scenarios).units()) {
            for (NodeScore node : result.nodes()) {
                RubricNode rubricNode = NODES.get(node.code());
                BigDecimal min = rubricNode.terms().clamp() == null
                        ? BigDecimal.ZERO
                        : rubricNode.terms().clamp().min();
                assertThat(node.score()).as(node.code()).isBetween(min, rubricNode.points());
                assertThat(node.score()).as(node.code()).isLessThanOrEqualTo(node.max());
            }
            // the floor is 0; at most the full points (38) plus the bonus cap (5)
            assertThat(result.total()).isBetween(BigDecimal.ZERO, new BigDecimal("43"));
        }
    }

    @Property(tries = 400)
    void everyFigureIsOnTheRoundingTheRubricStates(
            @ForAll("scenarios") @Size(min = 1, max = 6) List<Scenario> scenarios) {
        for (UnitResult result : score(scenarios).units()) {
            // rate items and 折算 round to 0.01; every other amount is on the 0.5 step (×1.5 for streets: 0.25)
            assertThat(result.total().remainder(HUNDREDTH)).isEqualByComparingTo("0");
            boolean rescaled = result.explanation().stream().anyMatch(l -> l.kind() == ExplanationLine.Kind.RESCALE);
            assertThat(rescaled)
                    .as("折算 exactly when sections do not apply: %s", result.unit())
                    .isEqualTo(!result.unit().tags().contains("river"));
        }
    }

    private static ScoringResult score(List<Scenario> scenarios) {
        List<ScoredUnit> units = new ArrayList<>();
        List<ItemInput> inputs = new ArrayList<>();
        List<CaseInput> cases = new ArrayList<>();
        List<FactInput> facts = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            // the first unit is U1 and has a variant block of its own; the others take the default block
            String code = i == 0 ? "U1" : "X" + i;
            units.add(new ScoredUnit(code, code, s.unit().type(), s.unit().tags()));
            s.inputs().forEach(in -> inputs.add(new ItemInput(code, in.itemCode(), in.value(), in.target())));
            s.cases()
                    .forEach(c -> cases.add(new CaseInput(
                            code, c.ruleCode(), c.count(), c.multiplier(), null, null, c.amount(), c.level())));
            s.facts().forEach(f -> facts.add(new FactInput(code, f.factCode(), f.value(), f.basis())));
        }
        return ScoringEngine.score(RUBRIC, units, inputs, cases, facts, Settings.defaults());
    }

    @Provide
    Arbitrary<List<Scenario>> scenarios() {
        Arbitrary<ScoredUnit> unit = Combinators.combine(
                        Arbitraries.of("agency", "street"),
                        Arbitraries.of(Set.<String>of(), Set.of("river"), Set.of("river", "window")))
                .as((type, tags) -> new ScoredUnit("U", "U", type, tags));
        Arbitrary<List<ItemInput>> inputs = Combinators.combine(
                        steps(6),
                        steps(4),
                        Arbitraries.integers().between(0, 60),
                        Arbitraries.integers().between(0, 60),
                        steps(4),
                        steps(12),
                        steps(20),
                        steps(10))
                .as((a11, a12, actual, target, a22, b, c1, d1) -> List.of(
                        new ItemInput("U", "A1.1", a11),
                        new ItemInput("U", "A1.2", a12),
                        new ItemInput("U", "A2.1", BigDecimal.valueOf(actual), BigDecimal.valueOf(target)),
                        new ItemInput("U", "A2.2", a22),
                        new ItemInput("U", "B-U1.1", b.min(new BigDecimal("6"))),
                        new ItemInput("U", "B-DEF.1", b.min(BigDecimal.TEN)),
                        new ItemInput("U", "C1", c1.min(BigDecimal.TEN)),
                        new ItemInput("U", "D1", d1.min(new BigDecimal("5")))));
        Arbitrary<List<CaseInput>> cases = Arbitraries.oneOf(
                        plain(Arbitraries.of("A1-FIND", "A1.2-LATE", "A2.2-PRAISE", "FORM1")),
                        amount("A2.2-HARM", 1, 2),
                        amount("HARM", 3, 6),
                        Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.of("国家级", "省级", "市级"))
                                .as((count, level) ->
                                        new CaseInput("U", "AWARD", count, null, null, null, null, level)))
                .list()
                .ofMaxSize(8);
        Arbitrary<List<FactInput>> facts = Combinators.combine(
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(60, 100),
                        Arbitraries.integers().between(0, 9))
                .as((accident, satisfaction, late) -> {
                    List<FactInput> out = new ArrayList<>();
                    if (accident == 0) {
                        out.add(FactInput.yes("U", "MAJOR_ACCIDENT", "通报"));
                    }
                    if (late == 0) {
                        out.add(FactInput.yes("U", "LATE_REPORT", "通报"));
                    }
                    out.add(FactInput.measured("U", "SATISFACTION", String.valueOf(satisfaction), "问卷"));
                    return out;
                });
        return Combinators.combine(unit, inputs, cases, facts).as(Scenario::new).list();
    }

    private static Arbitrary<CaseInput> plain(Arbitrary<String> rules) {
        return Combinators.combine(rules, Arbitraries.integers().between(0, 5), Arbitraries.of("0.5", "1", "2"))
                .as((rule, count, multiplier) ->
                        new CaseInput("U", rule, count, new BigDecimal(multiplier), null, null));
    }

    private static Arbitrary<CaseInput> amount(String rule, int min, int max) {
        return Combinators.combine(Arbitraries.integers().between(1, 3), steps(2 * (max - min)))
                .as((count, above) -> new CaseInput(
                        "U",
                        rule,
                        count,
                        null,
                        null,
                        null,
                        BigDecimal.valueOf(min).add(above),
                        null));
    }

    private static Arbitrary<BigDecimal> steps(int halfSteps) {
        return Arbitraries.integers()
                .between(0, halfSteps)
                .map(n -> BigDecimal.valueOf(n).multiply(new BigDecimal("0.5")));
    }
}
