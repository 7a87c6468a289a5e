package com.qinglian.scoring;

import static com.qinglian.scoring.ScoringFixtures.agency;
import static com.qinglian.scoring.ScoringFixtures.fullMarks;
import static com.qinglian.scoring.ScoringFixtures.seedRubric;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in seed rubric end to end. */
class SeedScoringTest {

    @Test
    void fullMarksScoreOneHundredAndTwoSecondFormCasesPlusDissatisfiedScoreNinetyThree() {
        List<ItemInput> inputs = new ArrayList<>(fullMarks(seedRubric(), "A01"));
        inputs.addAll(fullMarks(seedRubric(), "A02"));
        List<CaseInput> cases = List.of(CaseInput.of("A02", "FORM2", 2), CaseInput.of("A02", "DISSATISFIED", 1));

        ScoringResult result = ScoringEngine.score(
                seedRubric(), List.of(agency("A01"), agency("A02")), inputs, cases, Settings.defaults());

        UnitResult full = result.unit("A01").orElseThrow();
        assertThat(full.total()).isEqualByComparingTo("100");
        assertThat(full.maxTotal()).isEqualByComparingTo("100");
        assertThat(full.grade()).isEqualTo("优秀");
        assertThat(full.missingItems()).isEmpty();
        assertThat(full.rank()).isEqualTo(1);

        UnitResult penalised = result.unit("A02").orElseThrow();
        assertThat(penalised.itemsTotal()).isEqualByComparingTo("100");
        assertThat(penalised.deductionTotal()).isEqualByComparingTo("7");
        assertThat(penalised.total()).isEqualByComparingTo("93");
        assertThat(penalised.grade()).isEqualTo("优秀");
        assertThat(penalised.rank()).isEqualTo(2);
        assertThat(penalised.explanation())
                .filteredOn(l -> l.kind() == ExplanationLine.Kind.DEDUCTION)
                .extracting(
                        ExplanationLine::code,
                        l -> l.points().stripTrailingZeros().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("FORM2", "-4"),
                        org.assertj.core.groups.Tuple.tuple("DISSATISFIED", "-3"));
        assertThat(penalised.explanation().stream()
                        .map(ExplanationLine::points)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("93");
    }

    @Test
    void everyNodeOfTheSeedIsReportedWithItsScore() {
        ScoringResult result = ScoringEngine.score(
                seedRubric(), List.of(agency("A01")), fullMarks(seedRubric(), "A01"), List.of(), null);
        UnitResult unit = result.units().get(0);
        assertThat(unit.nodes()).hasSize((int) seedRubric().allNodes().count());
        assertThat(unit.score("A")).isEqualByComparingTo("65");
        assertThat(unit.score("A1")).isEqualByComparingTo("20");
    }
}
