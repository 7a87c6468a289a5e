package com.qinglian.scoring;

import static com.qinglian.scoring.ScoringFixtures.agency;
import static com.qinglian.scoring.ScoringFixtures.n;
import static com.qinglian.scoring.ScoringFixtures.seedRubric;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vetoes against grade bands, on the seed rubric (full marks 100). */
class VetoTest {

    private static final Veto FORM4_FAILS =
            new Veto("第四种形态一票否决", Veto.Condition.onAnyCaseOf("FORM4"), Veto.Effect.CAP_GRADE, "不合格");
    private static final Veto FORM3_CAPS_AT_PASS =
            new Veto("第三种形态", Veto.Condition.onAnyCaseOf("FORM3"), Veto.Effect.CAP_GRADE, "合格");
    private static final Veto FORM4_ZEROES =
            new Veto("第四种形态清零", Veto.Condition.onAnyCaseOf("FORM4"), Veto.Effect.ZERO_TOTAL, null);
    private static final Veto NOT_RECOGNISED =
            new Veto("不予认定", Veto.Condition.onAnyNegativeCase().orTotalBelow(n("90")), Veto.Effect.SET_GRADE, "不予认定");

    private static UnitResult score(List<Veto> vetoes, List<ItemInput> inputs, CaseInput... cases) {
        return ScoringEngine.score(
                        seedRubric(),
                        List.of(agency("U1")),
                        inputs,
                        List.of(cases),
                        Settings.defaults().withVetoes(vetoes))
                .units()
                .get(0);
    }

    private static List<ItemInput> fullMarks() {
        return ScoringFixtures.fullMarks(seedRubric(), "U1");
    }

    @Test
    void withoutVetoTheBandDecides() {
        UnitResult result = score(List.of(FORM4_FAILS), fullMarks(), CaseInput.of("U1", "FORM1", 1));
        assertThat(result.total()).isEqualByComparingTo("99");
        assertThat(result.grade()).isEqualTo("优秀");
        assertThat(result.vetoed()).isFalse();
    }

    @Test
    void capGradeOverridesABetterBand() {
        UnitResult result = score(List.of(FORM4_FAILS), fullMarks(), CaseInput.of("U1", "FORM4", 1));
        assertThat(result.total()).isEqualByComparingTo("80");
        assertThat(result.grade()).isEqualTo("不合格");
        assertThat(result.vetoes()).containsExactly("第四种形态一票否决");
    }

    @Test
    void capGradeLeavesAWorseBandAlone() {
        List<ItemInput> poor = new ArrayList<>(fullMarks().subList(0, 20));
        UnitResult result = score(List.of(FORM3_CAPS_AT_PASS), poor, CaseInput.of("U1", "FORM3", 1));
        assertThat(result.total()).isLessThan(n("60"));
        assertThat(result.grade()).isEqualTo("不合格");
        assertThat(result.vetoed()).isTrue();
    }

    @Test
    void zeroTotalIsAnExplicitExplanationLine() {
        UnitResult result = score(List.of(FORM4_ZEROES), fullMarks(), CaseInput.of("U1", "FORM4", 1));
        assertThat(result.rawTotal()).isEqualByComparingTo("80");
        assertThat(result.total()).isEqualByComparingTo("0");
        assertThat(result.grade()).isEqualTo("不合格");
        assertThat(result.explanation()).last().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(ExplanationLine.Kind.VETO);
            assertThat(l.points()).isEqualByComparingTo("-80");
        });
    }

    @Test
    void notRecognisedOnAnyNegativeCaseOrLowTotal() {
        assertThat(score(List.of(NOT_RECOGNISED), fullMarks()).grade()).isEqualTo("优秀");
        assertThat(score(List.of(NOT_RECOGNISED), fullMarks(), CaseInput.of("U1", "FORM1", 1))
                        .grade())
                .isEqualTo("不予认定");
        List<ItemInput> belowNinety = fullMarks().subList(10, fullMarks().size());
        UnitResult low = score(List.of(NOT_RECOGNISED), belowNinety);
        assertThat(low.total()).isLessThan(n("90"));
        assertThat(low.grade()).isEqualTo("不予认定");
    }

    @Test
    void ignoredCasesTriggerNoVeto() {
        Settings year = Settings.defaults()
                .withVetoes(List.of(FORM4_FAILS))
                .withPeriod(java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2021, 12, 31));
        UnitResult result = ScoringEngine.score(
                        seedRubric(),
                        List.of(agency("U1")),
                        fullMarks(),
                        List.of(CaseInput.on("U1", "FORM4", 1, java.time.LocalDate.of(2020, 6, 1))),
                        year)
                .units()
                .get(0);
        assertThat(result.vetoed()).isFalse();
        assertThat(result.grade()).isEqualTo("优秀");
    }

    @Test
    void vetoOnAnUnknownRuleOrCappingAtAnUnknownGradeIsRefused() {
        Veto unknownRule = new Veto("x", Veto.Condition.onAnyCaseOf("FORM9"), Veto.Effect.CAP_GRADE, "不合格");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> score(List.of(unknownRule), fullMarks()))
                .hasMessageContaining("FORM9");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Settings.defaults()
                        .withVetoes(List.of(
                                new Veto("y", Veto.Condition.onAnyCaseOf("FORM4"), Veto.Effect.CAP_GRADE, "差"))))
                .hasMessageContaining("no grade band");
    }
}
