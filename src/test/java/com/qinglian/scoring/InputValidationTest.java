package com.qinglian.scoring;

import static com.qinglian.scoring.ScoringFixtures.agency;
import static com.qinglian.scoring.ScoringFixtures.smallRubric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qinglian.rubric.RubricInvalidException;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputValidationTest {

    private static ScoringException refused(List<ScoredUnit> units, List<ItemInput> inputs, List<CaseInput> cases) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(
                ScoringException.class,
                () -> ScoringEngine.score(smallRubric(), units, inputs, cases, Settings.defaults()));
    }

    @Test
    void scoreAboveTheItemsPointsNamesUnitAndItem() {
        ScoringException e = refused(List.of(agency("U1")), List.of(ItemInput.score("U1", "M1", "2.5")), List.of());
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("unit U1, item M1: score 2.5 is outside 0..2");
            assertThat(p.source()).isEqualTo(ScoringProblem.Source.ITEM_INPUT);
            assertThat(p.index()).isZero();
            assertThat(p.field()).isEqualTo("value");
        });
    }

    @Test
    void scoreOffTheStepIsRefused() {
        ScoringException e = refused(List.of(agency("U1")), List.of(ItemInput.score("U1", "M2", "1.25")), List.of());
        assertThat(e.getMessage()).isEqualTo("unit U1, item M2: score 1.25 is not a multiple of the step 0.5");
    }

    @Test
    void negativeScoresAndCountsAreRefused() {
        ScoringException e = refused(
                List.of(agency("U1")),
                List.of(ItemInput.score("U1", "M1", "-1"), ItemInput.count("U1", "DA", -1)),
                List.of());
        assertThat(e.problems()).hasSize(2);
    }

    @Test
    void everyUnknownReferenceIsReportedAtOnce() {
        ScoringException e = refused(
                List.of(agency("U1"), agency("U1")),
                List.of(ItemInput.score("U9", "M1", "1"), ItemInput.score("U1", "X9", "1")),
                List.of(CaseInput.of("U1", "FORM9", 1), CaseInput.of("U8", "FORM1", 1)));
        assertThat(e.problems())
                .extracting(ScoringProblem::message)
                .containsExactly(
                        "duplicate unit U1",
                        "unknown unit U9",
                        "unit U1: unknown item X9",
                        "unit U1: unknown negative-list or bonus rule FORM9",
                        "unknown unit U8");
    }

    @Test
    void severalScoresForOneItemAreRefusedByDefault() {
        ScoringException e = refused(
                List.of(agency("U1")),
                List.of(ItemInput.score("U1", "M1", "1"), ItemInput.score("U1", "M1", "2")),
                List.of());
        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.index()).isEqualTo(1));
    }

    @Test
    void severalScoresForOneItemCanBeAveragedDownToTheStep() {
        Settings average = Settings.defaults().withMultipleScores(Settings.MultipleScores.AVERAGE);
        UnitResult result = ScoringEngine.score(
                        smallRubric(),
                        List.of(agency("U1")),
                        List.of(
                                ItemInput.score("U1", "M2", "3"),
                                ItemInput.score("U1", "M2", "4"),
                                ItemInput.score("U1", "M2", "4")),
                        List.of(),
                        average)
                .units()
                .get(0);
        assertThat(result.score("M2")).isEqualByComparingTo("3.5");
    }

    @Test
    void invalidRubricIsRefusedBeforeScoring() {
        com.qinglian.rubric.Rubric broken = new com.qinglian.rubric.Rubric(
                "x",
                "1",
                "t",
                null,
                ScoringFixtures.n("99"),
                null,
                null,
                null,
                smallRubric().nodes(),
                null,
                null);
        assertThatThrownBy(() -> ScoringEngine.score(broken, List.of(), List.of(), List.of(), null))
                .isInstanceOf(RubricInvalidException.class);
    }
}
