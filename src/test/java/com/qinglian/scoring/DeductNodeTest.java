package com.qinglian.scoring;

import static com.qinglian.scoring.ScoringFixtures.agency;
import static com.qinglian.scoring.ScoringFixtures.smallRubric;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The deduct-from-base indicator D of the small rubric: 4 points, floor 1; DA 1 per case capped at 2, DB 2 per case. */
class DeductNodeTest {

    private static UnitResult withCases(int da, int db) {
        List<ItemInput> inputs = List.of(ItemInput.count("U1", "DA", da), ItemInput.count("U1", "DB", db));
        return ScoringEngine.score(smallRubric(), List.of(agency("U1")), inputs, List.of(), Settings.defaults())
                .units()
                .get(0);
    }

    @Test
    void noCasesKeepsTheBase() {
        assertThat(withCases(0, 0).score("D")).isEqualByComparingTo("4");
    }

    @Test
    void eachCaseTakesItsPoints() {
        UnitResult result = withCases(1, 0);
        assertThat(result.score("DA")).isEqualByComparingTo("3");
        assertThat(result.score("D")).isEqualByComparingTo("3");
    }

    @Test
    void itemCapLimitsTheLossBeforeTheNodeFloor() {
        UnitResult result = withCases(5, 0);
        assertThat(result.score("DA")).isEqualByComparingTo("2");
        assertThat(result.score("D")).isEqualByComparingTo("2");
        assertThat(result.explanation()).anySatisfy(line -> {
            assertThat(line.kind()).isEqualTo(ExplanationLine.Kind.ITEM_LOSS);
            assertThat(line.points()).isEqualByComparingTo("-2");
            assertThat(line.detail()).isEqualTo("5 × 1 capped at 2");
        });
    }

    @Test
    void nodeFloorStopsTheDeductionsAndIsExplained() {
        UnitResult result = withCases(2, 1);
        assertThat(result.score("D")).isEqualByComparingTo("1");
        assertThat(result.explanation())
                .filteredOn(l -> l.kind() == ExplanationLine.Kind.NODE_FLOOR)
                .singleElement()
                .satisfies(l -> assertThat(l.points()).isEqualByComparingTo("1"));
    }

    @Test
    void itemWithoutCapLosesAtMostItsPoints() {
        UnitResult result = withCases(0, 10);
        assertThat(result.score("DB")).isEqualByComparingTo("0");
        assertThat(result.score("D")).isEqualByComparingTo("1");
    }

    @Test
    void fractionalShortfallsDeductExactly() {
        List<ItemInput> inputs = List.of(new ItemInput("U1", "DA", ScoringFixtures.n("1.5")));
        UnitResult result = ScoringEngine.score(
                        smallRubric(), List.of(agency("U1")), inputs, List.of(), Settings.defaults())
                .units()
                .get(0);
        assertThat(result.score("D")).isEqualByComparingTo("2.5");
    }
}
