package com.qinglian.scoring;

import static com.qinglian.scoring.ScoringFixtures.agency;
import static com.qinglian.scoring.ScoringFixtures.n;
import static com.qinglian.scoring.ScoringFixtures.smallFullMarks;
import static com.qinglian.scoring.ScoringFixtures.smallRubric;
import static com.qinglian.scoring.ScoringFixtures.station;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Applicability (group S applies to stations only) together with competition ranking. */
class RankingTest {

    private static List<ItemInput> inputs(String unit, String stationScore, String m1) {
        List<ItemInput> inputs = new ArrayList<>(smallFullMarks(unit));
        inputs.removeIf(i -> i.itemCode().equals("S1") || i.itemCode().equals("M1"));
        inputs.add(ItemInput.score(unit, "M1", m1));
        if (stationScore != null) {
            inputs.add(ItemInput.score(unit, "S1", stationScore));
        }
        return inputs;
    }

    @Test
    void inapplicableNodesAreSkippedAndLowerTheMaximum() {
        List<ItemInput> all = inputs("A1", "5", "2");
        ScoringResult result =
                ScoringEngine.score(smallRubric(), List.of(agency("A1")), all, List.of(), Settings.defaults());
        UnitResult agency = result.units().get(0);
        assertThat(agency.maxTotal()).isEqualByComparingTo("20");
        assertThat(agency.total()).isEqualByComparingTo("20");
        assertThat(agency.node("S").orElseThrow().applicable()).isFalse();
        assertThat(agency.node("S1").orElseThrow().applicable()).isFalse();
        assertThat(agency.missingItems()).doesNotContain("S1");
    }

    @Test
    void competitionRanksOverallAndWithinTypeWithTiesByCode() {
        List<ScoredUnit> units = List.of(agency("A2"), agency("A1"), agency("A3"), station("S2"), station("S1"));
        List<ItemInput> inputs = new ArrayList<>();
        inputs.addAll(inputs("A1", null, "2"));
        inputs.addAll(inputs("A2", null, "2"));
        inputs.addAll(inputs("A3", null, "1"));
        inputs.addAll(inputs("S1", "0", "2"));
        inputs.addAll(inputs("S2", "5", "0"));

        ScoringResult result = ScoringEngine.score(smallRubric(), units, inputs, List.of(), Settings.defaults());

        assertThat(result.units())
                .extracting(
                        u -> u.unit().code(),
                        u -> u.total().stripTrailingZeros().toPlainString(),
                        UnitResult::rank,
                        UnitResult::rankInType)
                .containsExactly(
                        tuple("S2", "23", 1, 1),
                        tuple("A1", "20", 2, 1),
                        tuple("A2", "20", 2, 1),
                        tuple("S1", "20", 2, 2),
                        tuple("A3", "19", 5, 3));
    }

    @Test
    void normalisedTotalsLetUnitsWithDifferentMaximaCompare() {
        List<ScoredUnit> units = List.of(agency("A1"), station("S1"));
        List<ItemInput> inputs = new ArrayList<>(inputs("A1", null, "1"));
        inputs.addAll(inputs("S1", "4", "2"));
        Settings to100 = Settings.defaults().withNormaliseTo(n("100"));

        ScoringResult result = ScoringEngine.score(smallRubric(), units, inputs, List.of(), to100);

        UnitResult agency = result.unit("A1").orElseThrow();
        UnitResult station = result.unit("S1").orElseThrow();
        assertThat(agency.normalisedTotal()).isEqualByComparingTo("95.00");
        assertThat(station.normalisedTotal()).isEqualByComparingTo("96.00");
        assertThat(station.rank()).isEqualTo(1);
        assertThat(agency.rank()).isEqualTo(2);
        assertThat(agency.grade()).isEqualTo("优秀");
    }
}
