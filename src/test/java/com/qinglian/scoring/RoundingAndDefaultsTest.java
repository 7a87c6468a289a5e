package com.qinglian.scoring;

import static com.qinglian.scoring.LanguageRubrics.item;
import static com.qinglian.scoring.LanguageRubrics.manual;
import static com.qinglian.scoring.LanguageRubrics.n;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.NodeLevel;
import com.qinglian.rubric.NodeTerms;
import com.qinglian.rubric.PrintedTotal;
import com.qinglian.rubric.Rescale;
import com.qinglian.rubric.Rounding;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Stated roundings, default full marks, a printed total capped at the top, and rescaling after the cases. */
class RoundingAndDefaultsTest {

    private static Rubric rubric(RubricTerms terms, String total, RubricNode... nodes) {
        return new Rubric("r", "1", "测试", null, n(total), n("0.5"), null, null, List.of(nodes), null, null, terms);
    }

    private static RubricNode group(String code, String points, NodeTerms terms, RubricNode... children) {
        return LanguageRubrics.branch(code, NodeLevel.GROUP, points, terms, children);
    }

    private static BigDecimal proportional(Rounding rounding, String value) {
        Rubric r = rubric(
                RubricTerms.NONE,
                "3",
                group("G", "3", null, item("P", "3", new ItemRule.Proportional(n("100"), rounding), null)));
        return ScoringEngine.score(
                        r,
                        List.of(new ScoredUnit("U", "U", "")),
                        List.of(ItemInput.measured("U", "P", value)),
                        List.of(),
                        Settings.defaults())
                .units()
                .get(0)
                .score("P");
    }

    @Test
    void aProportionalItemRoundsAsTheRubricStatesAndDownToTheStepWhenItStatesNothing() {
        // 83 ÷ 100 × 3 = 2.49
        assertThat(proportional(null, "83")).isEqualByComparingTo("2"); // today's rule: down to the step 0.5
        assertThat(proportional(new Rounding(n("0.01"), RoundingMode.HALF_UP), "83"))
                .isEqualByComparingTo("2.49");
        assertThat(proportional(new Rounding(n("0.1"), RoundingMode.HALF_UP), "83"))
                .isEqualByComparingTo("2.5");
        assertThat(proportional(new Rounding(null, RoundingMode.UP), "83")).isEqualByComparingTo("2.5");
        assertThat(proportional(new Rounding(n("0.1"), RoundingMode.DOWN), "83"))
                .isEqualByComparingTo("2.4");
    }

    @Test
    void itemsWithoutAnInputGiveFullMarksWhereTheRubricSaysSoUnlessTheirNodeSaysOtherwise() {
        NodeTerms notHere = new NodeTerms(List.of(), List.of(), null, null, false, Set.of(), Set.of());
        Rubric r = rubric(
                new RubricTerms(true, null, null, List.of()),
                "10",
                group("A", "6", null, manual("A1", "4"), item("A2", "2", new ItemRule.Threshold(n("90")), null)),
                group("B", "4", notHere, manual("B1", "4")));

        UnitResult result = ScoringEngine.score(
                        r, List.of(new ScoredUnit("U", "U", "")), List.of(), List.of(), Settings.defaults())
                .units()
                .get(0);

        assertThat(result.score("A")).isEqualByComparingTo("6");
        assertThat(result.score("B")).isEqualByComparingTo("0");
        assertThat(result.missingItems()).containsExactly("B1");
        assertThat(result.explanation())
                .filteredOn(l -> l.code().equals("A1"))
                .singleElement()
                .satisfies(l -> assertThat(l.detail()).isEqualTo("default full marks"));
    }

    @Test
    void aTopLevelThatAddsUpToMoreThanThePrintedTotalIsCappedAtItWhenTheRubricSaysCap() {
        Rubric r = rubric(
                new RubricTerms(false, PrintedTotal.CAP, null, List.of()),
                "8",
                group("A", "5", null, manual("A1", "5")),
                group("B", "5", null, manual("B1", "5")));

        UnitResult result = ScoringEngine.score(
                        r,
                        List.of(new ScoredUnit("U", "U", "")),
                        List.of(ItemInput.score("U", "A1", "5"), ItemInput.score("U", "B1", "4")),
                        List.of(),
                        Settings.defaults())
                .units()
                .get(0);

        assertThat(result.total()).isEqualByComparingTo("8");
        assertThat(result.maxTotal()).isEqualByComparingTo("8");
        assertThat(result.explanation().stream().map(ExplanationLine::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("8");
    }

    @Test
    void rescalingAfterTheCasesScalesTheTotalWithItsDeductions() {
        NodeTerms stationsOnly = new NodeTerms(List.of(), List.of(), null, null, null, Set.of("window"), Set.of());
        Rubric r = new Rubric(
                "r",
                "1",
                "测试",
                null,
                n("100"),
                n("0.5"),
                null,
                null,
                List.of(group("A", "80", null, manual("A1", "80")), group("W", "20", stationsOnly, manual("W1", "20"))),
                new com.qinglian.rubric.RuleSet(
                        List.of(new com.qinglian.rubric.CaseRule("F", "类", "扣分", n("2"), null, null)), null),
                null,
                new RubricTerms(
                        false, null, new Rescale(new Rounding(n("0.5"), RoundingMode.HALF_UP), true), List.of()));

        UnitResult result = ScoringEngine.score(
                        r,
                        List.of(new ScoredUnit("U", "U", "")),
                        List.of(ItemInput.score("U", "A1", "70")),
                        List.of(CaseInput.of("U", "F", 1)),
                        Settings.defaults())
                .units()
                .get(0);

        // (70 − 2) × 100 ÷ 80 = 85, already on the half point
        assertThat(result.total()).isEqualByComparingTo("85");
        // rescaled before the cases it would be 70 × 100 ÷ 80 = 87.5, then − 2 = 85.5
        Rubric before = new Rubric(
                r.code(),
                r.version(),
                r.title(),
                null,
                r.total(),
                r.step(),
                null,
                null,
                r.nodes(),
                r.negativeList(),
                null,
                new RubricTerms(
                        false, null, new Rescale(new Rounding(n("0.5"), RoundingMode.HALF_UP), false), List.of()));
        assertThat(ScoringEngine.score(
                                before,
                                List.of(new ScoredUnit("U", "U", "")),
                                List.of(ItemInput.score("U", "A1", "70")),
                                List.of(CaseInput.of("U", "F", 1)),
                                Settings.defaults())
                        .units()
                        .get(0)
                        .total())
                .isEqualByComparingTo("85.5");
    }
}
