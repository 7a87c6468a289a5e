package com.qinglian.scoring;

import static com.qinglian.scoring.ScoringFixtures.agency;
import static com.qinglian.scoring.ScoringFixtures.n;
import static com.qinglian.scoring.ScoringFixtures.smallRubric;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemRulesTest {

    private static UnitResult scoreWith(ItemInput... inputs) {
        return ScoringEngine.score(
                        smallRubric(), List.of(agency("U1")), List.of(inputs), List.of(), Settings.defaults())
                .units()
                .get(0);
    }

    @Test
    void manualItemTakesTheEnteredScore() {
        UnitResult result = scoreWith(ItemInput.score("U1", "M1", "1.5"), ItemInput.score("U1", "M2", "4"));
        assertThat(result.score("M1")).isEqualByComparingTo("1.5");
        assertThat(result.score("I1")).isEqualByComparingTo("5.5");
    }

    @Test
    void missingManualScoreCountsZeroAndIsReported() {
        UnitResult result = scoreWith(ItemInput.score("U1", "M2", "4"));
        assertThat(result.score("M1")).isEqualByComparingTo("0");
        assertThat(result.missingItems()).contains("M1", "T", "P", "R").doesNotContain("M2", "DA", "DB");
    }

    @ParameterizedTest(name = "threshold 95, value {0} → {1}")
    @CsvSource({"94.9, 0", "95, 2", "100, 2", "0, 0"})
    void thresholdIsAllOrNothing(String value, String expected) {
        assertThat(scoreWith(ItemInput.measured("U1", "T", value)).score("T")).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "proportional target 100 of 3 points, value {0} → {1}")
    @CsvSource({"100, 3", "150, 3", "87, 2.5", "50, 1.5", "49.9, 1", "16.6, 0", "16.7, 0.5", "0, 0", "-5, 0"})
    void proportionalRoundsDownToTheStepAndCapsAtPoints(String value, String expected) {
        assertThat(scoreWith(ItemInput.measured("U1", "P", value)).score("P")).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "tiered, value {0} → {1}")
    @CsvSource({"95, 5", "90, 5", "89.99, 3", "60, 3", "10, 1", "0, 1", "-1, 0"})
    void tieredTakesTheHighestBandReached(String value, String expected) {
        assertThat(scoreWith(ItemInput.measured("U1", "R", value)).score("R")).isEqualByComparingTo(expected);
    }

    @Test
    void formulaItemsExplainHowTheyScored() {
        UnitResult result = scoreWith(ItemInput.measured("U1", "P", "87"));
        assertThat(result.explanation()).anySatisfy(line -> {
            assertThat(line.code()).isEqualTo("P");
            assertThat(line.points()).isEqualByComparingTo("2.5");
            assertThat(line.detail()).isEqualTo("87 / 100 × 3");
        });
    }

    @Test
    void itemInputIsReportedOnTheNode() {
        UnitResult result = scoreWith(ItemInput.measured("U1", "R", "75"));
        assertThat(result.node("R").orElseThrow().input()).isEqualByComparingTo("75");
        assertThat(result.node("M1").orElseThrow().input()).isNull();
    }

    @Test
    void additiveNodeIsTheSumOfItsChildren() {
        List<ItemInput> inputs = new ArrayList<>(ScoringFixtures.smallFullMarks("U1"));
        UnitResult result = ScoringEngine.score(
                        smallRubric(), List.of(agency("U1")), inputs, List.of(), Settings.defaults())
                .units()
                .get(0);
        assertThat(result.score("G2")).isEqualByComparingTo("10");
        assertThat(result.score("G1")).isEqualByComparingTo("10");
        assertThat(result.total()).isEqualByComparingTo("20");
        assertThat(result.maxTotal()).isEqualByComparingTo("20");
        assertThat(result.explanation().stream().map(ExplanationLine::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(n("20"));
    }
}
