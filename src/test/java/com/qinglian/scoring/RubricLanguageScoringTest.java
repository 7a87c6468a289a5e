package com.qinglian.scoring;

import static com.qinglian.scoring.LanguageRubrics.n;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qinglian.rubric.Rubric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each construct of the rubric language scored on {@link LanguageRubrics#everyConstruct()}, numbers worked by hand. */
class RubricLanguageScoringTest {

    private static final Rubric RUBRIC = LanguageRubrics.everyConstruct();
    private static final ScoredUnit U1 = new ScoredUnit("U1", "一号单位", "agency", Set.of("river"));
    private static final ScoredUnit U2 = new ScoredUnit("U2", "二号单位", "agency", Set.of());
    private static final ScoredUnit U3 = new ScoredUnit("U3", "三号街道", "street", Set.of("river"));

    private static ItemInput score(String unit, String item, String value) {
        return ItemInput.score(unit, item, value);
    }

    private static List<ItemInput> u1Items() {
        return List.of(
                score("U1", "A1.1", "3"),
                score("U1", "A1.2", "2"),
                ItemInput.rate("U1", "A2.1", "45", "50"),
                score("U1", "A2.2", "2"),
                score("U1", "B-U1.1", "5"),
                score("U1", "B-U1.2", "4"),
                score("U1", "C1", "8"),
                score("U1", "D1", "5"),
                score("U1", "D2", "3"));
    }

    private static List<CaseInput> u1Cases() {
        return List.of(
                CaseInput.of("U1", "A1.2-LATE", 1),
                CaseInput.of("U1", "A1-FIND", 2),
                CaseInput.of("U1", "A2.2-PRAISE", 1),
                CaseInput.of("U1", "FORM1", 1),
                CaseInput.of("U1", "AWARD", 1).withLevel("省级"),
                CaseInput.of("U1", "AWARD", 1).withLevel("市级"));
    }

    private static UnitResult only(List<ItemInput> items, List<CaseInput> cases, List<FactInput> facts) {
        return ScoringEngine.score(RUBRIC, List.of(U1), items, cases, facts, Settings.defaults())
                .units()
                .get(0);
    }

    private static BigDecimal explained(UnitResult result) {
        return result.explanation().stream().map(ExplanationLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<ExplanationLine> lines(UnitResult result, ExplanationLine.Kind kind) {
        return result.explanation().stream().filter(l -> l.kind() == kind).toList();
    }

    @Test
    void clausesTakeFromTheirOwnNodeAndAClampKeepsAnItemWhoseClausesAddAndTake() {
        UnitResult u1 = only(u1Items(), u1Cases(), List.of(FactInput.measured("U1", "SATISFACTION", "95", "问卷")));

        assertThat(u1.score("A1.2")).isEqualByComparingTo("1.5"); // 2 − 1 × 0.5
        assertThat(u1.score("A1")).isEqualByComparingTo("3.5"); // 3 + 1.5 − 2 × 0.5
        assertThat(u1.score("A2.2")).isEqualByComparingTo("2"); // 2 + 0.5, clamped at 2
        assertThat(lines(u1, ExplanationLine.Kind.CLAUSE))
                .extracting(ExplanationLine::code, l -> l.points().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A1.2-LATE", "-0.5"),
                        org.assertj.core.groups.Tuple.tuple("A1-FIND", "-1.0"),
                        org.assertj.core.groups.Tuple.tuple("A2.2-PRAISE", "0.5"));
        assertThat(lines(u1, ExplanationLine.Kind.NODE_CLAMP))
                .singleElement()
                .satisfies(l -> assertThat(l.points()).isEqualByComparingTo("-0.5"));
        assertThat(u1.deductionTotal()).isEqualByComparingTo("1"); // clause cases are not the negative list's
    }

    @Test
    void aClauseNeverTakesMoreThanItsNodeHas() {
        List<CaseInput> cases = new ArrayList<>(u1Cases());
        cases.add(CaseInput.of("U1", "A1-FIND", 20));
        UnitResult u1 = only(u1Items(), cases, List.of());

        assertThat(u1.score("A1")).isEqualByComparingTo("0");
        assertThat(u1.score("A2")).isEqualByComparingTo("4.7"); // its neighbour keeps everything
        assertThat(explained(u1)).isEqualByComparingTo(u1.total());
    }

    @Test
    void aRateItemScoresAgainstTheUnitsOwnTargetRoundedAsStated() {
        UnitResult u1 = only(u1Items(), u1Cases(), List.of());

        assertThat(u1.score("A2.1")).isEqualByComparingTo("2.70"); // 45 ÷ 50 × 3, to 0.01 half up
        ScoringResult zeroTarget = ScoringEngine.score(
                RUBRIC, List.of(U2), List.of(ItemInput.rate("U2", "A2.1", "0", "0")), List.of(), Settings.defaults());
        assertThat(zeroTarget.units().get(0).score("A2.1")).isEqualByComparingTo("3"); // 任务数为0的得满分
    }

    @Test
    void aRateItemWithoutATargetAndATargetOnAnotherItemAreRefused() {
        assertThatThrownBy(() -> ScoringEngine.score(
                        RUBRIC,
                        List.of(U1),
                        List.of(new ItemInput("U1", "A2.1", n("45")), new ItemInput("U1", "A1.1", n("3"), n("5"))),
                        List.of(),
                        Settings.defaults()))
                .isInstanceOfSatisfying(
                        ScoringException.class,
                        e -> assertThat(e.problems())
                                .extracting(ScoringProblem::key)
                                .containsExactly("scoring.error.missingTarget", "scoring.error.targetNotRate"));
    }

    @Test
    void theUnitScoresItsOwnVariantBlockAndOthersTheDefaultBlock() {
        UnitResult u1 = only(u1Items(), u1Cases(), List.of());
        ScoringResult u2 = ScoringEngine.score(
                RUBRIC, List.of(U2), List.of(score("U2", "B-DEF.1", "7")), List.of(), Settings.defaults());

        assertThat(u1.score("B")).isEqualByComparingTo("9");
        assertThat(u1.node("B-DEF").orElseThrow().applicable()).isFalse();
        assertThat(u2.units().get(0).score("B")).isEqualByComparingTo("7");
        assertThat(u2.units().get(0).node("B-U1").orElseThrow().applicable()).isFalse();
    }

    @Test
    void aTaggedSectionAppliesOnlyToTaggedUnitsAndAGateOnAnEarlierNodeCapsIt() {
        UnitResult u1 = only(u1Items(), u1Cases(), List.of());
        assertThat(u1.score("C")).isEqualByComparingTo("8"); // A1 = 3.5, not below 3

        List<CaseInput> cases = new ArrayList<>(u1Cases());
        cases.add(CaseInput.of("U1", "A1-FIND", 2)); // A1 falls to 2.5
        UnitResult gated = only(u1Items(), cases, List.of());
        assertThat(gated.score("C")).isEqualByComparingTo("5");
        assertThat(lines(gated, ExplanationLine.Kind.GATE))
                .singleElement()
                .satisfies(l -> assertThat(l.points()).isEqualByComparingTo("-3"));
    }

    @Test
    void aFactGateTakesTheWholeItemWhileItHolds() {
        UnitResult below = only(u1Items(), List.of(), List.of(FactInput.measured("U1", "SATISFACTION", "85", "问卷")));
        UnitResult unrecorded = only(u1Items(), List.of(), List.of());

        assertThat(below.score("A2.2")).isEqualByComparingTo("0");
        assertThat(lines(below, ExplanationLine.Kind.GATE))
                .singleElement()
                .satisfies(l -> assertThat(l.detail()).contains("SATISFACTION = 85", "问卷", "< 90"));
        assertThat(unrecorded.score("A2.2")).isEqualByComparingTo("2");
    }

    @Test
    void aPrintedTotalThatDoesNotAddUpScoresByTheDeclaredSum() {
        UnitResult u1 = only(u1Items(), u1Cases(), List.of());

        assertThat(u1.score("D")).isEqualByComparingTo("8");
        assertThat(u1.node("D").orElseThrow().max()).isEqualByComparingTo("8");
        assertThat(u1.maxTotal()).isEqualByComparingTo("38"); // 10 + 10 + 10 + 8
    }

    @Test
    void theWholeOfUnitOneAddsUp() {
        UnitResult u1 = only(u1Items(), u1Cases(), List.of(FactInput.measured("U1", "SATISFACTION", "95", "问卷")));

        // A 3.5 + 4.7, B 9, C 8, D 8 = 33.2; FORM1 −1; AWARD 省级 3 (the higher of 省级 and 市级)
        assertThat(u1.total()).isEqualByComparingTo("35.2");
        assertThat(u1.bonusTotal()).isEqualByComparingTo("3");
        assertThat(lines(u1, ExplanationLine.Kind.RESCALE)).isEmpty();
        assertThat(explained(u1)).isEqualByComparingTo(u1.total());
    }

    @Test
    void aUnitWithoutTheTaggedSectionIsRescaledToTheFullPointsAsStatedBeforeTheNegativeList() {
        List<ItemInput> items = List.of(
                score("U2", "A1.1", "3"),
                score("U2", "A1.2", "2"),
                ItemInput.rate("U2", "A2.1", "0", "0"),
                score("U2", "A2.2", "2"),
                score("U2", "B-DEF.1", "10"),
                score("U2", "D1", "5"),
                score("U2", "D2", "3"));
        UnitResult u2 = ScoringEngine.score(
                        RUBRIC,
                        List.of(U2),
                        items,
                        List.of(CaseInput.of("U2", "HARM", 1).withAmount(n("4"))),
                        List.of(FactInput.measured("U2", "SATISFACTION", "85", "问卷")),
                        Settings.defaults())
                .units()
                .get(0);

        // tree 26 of 28 (A2.2 gated to 0); 26 × 38 ÷ 28 = 35.2857… → 35.29; HARM −4 chosen within 3–6
        assertThat(u2.itemsTotal()).isEqualByComparingTo("26");
        assertThat(lines(u2, ExplanationLine.Kind.RESCALE))
                .singleElement()
                .satisfies(l -> assertThat(l.points()).isEqualByComparingTo("9.29"));
        assertThat(u2.total()).isEqualByComparingTo("31.29");
        assertThat(u2.maxTotal()).isEqualByComparingTo("38");
        assertThat(explained(u2)).isEqualByComparingTo(u2.total());
    }

    @Test
    void anAmountOutsideItsRangeAndAnUnknownLevelAreRefused() {
        assertThatThrownBy(() -> ScoringEngine.score(
                        RUBRIC,
                        List.of(U1),
                        List.of(),
                        List.of(
                                CaseInput.of("U1", "HARM", 1).withAmount(n("7")),
                                CaseInput.of("U1", "HARM", 1),
                                CaseInput.of("U1", "AWARD", 1).withLevel("县级"),
                                CaseInput.of("U1", "FORM1", 1).withAmount(n("1"))),
                        Settings.defaults()))
                .isInstanceOfSatisfying(
                        ScoringException.class,
                        e -> assertThat(e.problems())
                                .extracting(ScoringProblem::key)
                                .containsExactly(
                                        "scoring.error.amountOutside",
                                        "scoring.error.amountMissing",
                                        "scoring.error.levelUnknown",
                                        "scoring.error.amountNotRange"));
    }

    @Test
    void aStreetsDeductionsAreMultipliedAndAFactVetoZeroesItsTotal() {
        List<ItemInput> items = List.of(score("U3", "A1.1", "3"), score("U3", "C1", "10"));
        UnitResult street = ScoringEngine.score(
                        RUBRIC,
                        List.of(U3),
                        items,
                        List.of(CaseInput.of("U3", "FORM1", 2)),
                        List.of(),
                        Settings.defaults())
                .units()
                .get(0);
        assertThat(street.deductionTotal()).isEqualByComparingTo("3"); // 2 × 1 × 1.5

        UnitResult vetoed = ScoringEngine.score(
                        RUBRIC,
                        List.of(U3),
                        items,
                        List.of(),
                        List.of(FactInput.yes("U3", "MAJOR_ACCIDENT", "区应急局通报〔2025〕3号")),
                        Settings.defaults())
                .units()
                .get(0);
        assertThat(vetoed.total()).isEqualByComparingTo("0");
        assertThat(vetoed.vetoes()).containsExactly("发生重大安全事故");
        assertThat(explained(vetoed)).isEqualByComparingTo("0");
    }

    @Test
    void vetoedUnitsRankAfterAllOthersWhenTheCampaignSaysSo() {
        List<ItemInput> items = new ArrayList<>(u1Items());
        items.add(score("U2", "A1.1", "1"));
        List<FactInput> facts = List.of(FactInput.yes("U1", "LATE_REPORT", "通报"));

        ScoringResult byTotal =
                ScoringEngine.score(RUBRIC, List.of(U1, U2), items, List.of(), facts, Settings.defaults());
        ScoringResult vetoedLast = ScoringEngine.score(
                RUBRIC,
                List.of(U1, U2),
                items,
                List.of(),
                facts,
                Settings.defaults().withVetoedLast(true));

        assertThat(byTotal.units()).extracting(r -> r.unit().code()).containsExactly("U1", "U2");
        assertThat(byTotal.units().get(0).grade()).isEqualTo("不合格");
        assertThat(vetoedLast.units())
                .extracting(r -> r.unit().code(), UnitResult::rank)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("U2", 1), org.assertj.core.groups.Tuple.tuple("U1", 2));
    }

    @Test
    void undeclaredAndDoubledFactsAreRefused() {
        assertThatThrownBy(() -> ScoringEngine.score(
                        RUBRIC,
                        List.of(U1),
                        List.of(),
                        List.of(),
                        List.of(
                                FactInput.yes("U1", "FLOOD", "通报"),
                                new FactInput("U1", "MAJOR_ACCIDENT", n("2"), "通报"),
                                FactInput.measured("U1", "SATISFACTION", "80", "问卷"),
                                FactInput.measured("U1", "SATISFACTION", "90", "问卷")),
                        Settings.defaults()))
                .isInstanceOfSatisfying(
                        ScoringException.class,
                        e -> assertThat(e.problems())
                                .extracting(ScoringProblem::key)
                                .containsExactly(
                                        "scoring.error.unknownFact",
                                        "scoring.error.factYesNo",
                                        "scoring.error.factTwice"));
    }

    @Test
    void onlyTheHighestLevelCountsWhateverTheOrderOfTheCases() {
        List<CaseInput> cases = List.of(
                CaseInput.of("U1", "AWARD", 1).withLevel("市级"),
                CaseInput.of("U1", "AWARD", 2).withLevel("国家级"),
                CaseInput.of("U1", "AWARD", 1).withLevel("省级"));
        UnitResult u1 = only(u1Items(), cases, List.of());

        assertThat(u1.bonusTotal()).isEqualByComparingTo("5");
        assertThat(u1.bonuses()).extracting(a -> a.points().toPlainString()).containsExactly("0", "5", "0");
        assertThat(explained(u1)).isEqualByComparingTo(u1.total());
    }
}
