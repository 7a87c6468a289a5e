package com.qinglian.scoring;

import static com.qinglian.scoring.ScoringFixtures.agency;
import static com.qinglian.scoring.ScoringFixtures.n;
import static com.qinglian.scoring.ScoringFixtures.smallFullMarks;
import static com.qinglian.scoring.ScoringFixtures.smallRubric;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Negative list and bonus of the small rubric, on an agency with full marks (20). */
class CaseRulesTest {

    private static UnitResult withCases(Settings settings, CaseInput... cases) {
        return ScoringEngine.score(smallRubric(), List.of(agency("U1")), smallFullMarks("U1"), List.of(cases), settings)
                .units()
                .get(0);
    }

    private static UnitResult withCases(CaseInput... cases) {
        return withCases(Settings.defaults(), cases);
    }

    private static BigDecimal explained(UnitResult result) {
        return result.explanation().stream().map(ExplanationLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void perCaseDeductionsMultiplyByCount() {
        UnitResult result = withCases(CaseInput.of("U1", "FORM1", 2), CaseInput.of("U1", "FORM2", 1));
        assertThat(result.deductionTotal()).isEqualByComparingTo("4");
        assertThat(result.total()).isEqualByComparingTo("16");
        assertThat(result.deductions()).hasSize(2);
    }

    @Test
    void multiplierAggravatesOrMitigates() {
        CaseInput aggravated = new CaseInput("U1", "FORM1", 1, n("2"), null, "案-1");
        CaseInput mitigated = new CaseInput("U1", "FORM1", 1, n("0.5"), null, "案-2");
        UnitResult result = withCases(aggravated, mitigated);
        assertThat(result.deductionTotal()).isEqualByComparingTo("2.5");
        assertThat(result.explanation()).anySatisfy(l -> assertThat(l.detail()).isEqualTo("1 × 1 × 2, 案-1"));
    }

    @Test
    void ruleCapLimitsOneRule() {
        UnitResult result = withCases(CaseInput.of("U1", "FORM2", 3));
        assertThat(result.deductionTotal()).isEqualByComparingTo("5");
        assertThat(result.explanation()).anySatisfy(l -> {
            assertThat(l.kind()).isEqualTo(ExplanationLine.Kind.DEDUCTION_CAP);
            assertThat(l.points()).isEqualByComparingTo("1");
        });
        assertThat(explained(result)).isEqualByComparingTo(result.total());
    }

    @Test
    void fixedRuleCountsOnceHoweverManyCases() {
        UnitResult result = withCases(CaseInput.of("U1", "DISSATISFIED", 2), CaseInput.of("U1", "DISSATISFIED", 1));
        assertThat(result.deductionTotal()).isEqualByComparingTo("3");
    }

    @Test
    void overallCapLimitsTheWholeList() {
        UnitResult result = withCases(
                CaseInput.of("U1", "FORM1", 4), CaseInput.of("U1", "FORM2", 3), CaseInput.of("U1", "DISSATISFIED", 1));
        assertThat(result.deductionTotal()).isEqualByComparingTo("10");
        assertThat(result.total()).isEqualByComparingTo("10");
        assertThat(explained(result)).isEqualByComparingTo("10");
    }

    @Test
    void totalFloorStopsDeductionsAndIsExplained() {
        UnitResult result = withCases(CaseInput.of("U1", "FORM4", 2));
        assertThat(result.rawTotal()).isEqualByComparingTo("10");
        assertThat(withCases(Settings.defaults().withFloor(n("12")), CaseInput.of("U1", "FORM4", 2))
                        .total())
                .isEqualByComparingTo("12");
        UnitResult floored = withCases(
                Settings.defaults(),
                CaseInput.of("U1", "FORM4", 1),
                CaseInput.of("U1", "FORM1", 4),
                CaseInput.of("U1", "FORM2", 3));
        assertThat(floored.deductionTotal()).isEqualByComparingTo("10");
        assertThat(floored.total()).isEqualByComparingTo("10");
    }

    @Test
    void floorRaisesANegativeRawTotal() {
        List<ItemInput> nothing = List.of();
        UnitResult result = ScoringEngine.score(
                        smallRubric(),
                        List.of(agency("U1")),
                        nothing,
                        List.of(CaseInput.of("U1", "FORM2", 1)),
                        Settings.defaults())
                .units()
                .get(0);
        assertThat(result.rawTotal())
                .as("only the untouched deduct-from-base indicator D (4) scores")
                .isEqualByComparingTo("2");
        UnitResult empty = ScoringEngine.score(
                        smallRubric(),
                        List.of(agency("U1")),
                        List.of(ItemInput.count("U1", "DA", 2), ItemInput.count("U1", "DB", 2)),
                        List.of(CaseInput.of("U1", "FORM1", 9)),
                        Settings.defaults())
                .units()
                .get(0);
        assertThat(empty.rawTotal()).as("D floored at 1, minus 9").isEqualByComparingTo("-8");
        assertThat(empty.total()).isEqualByComparingTo("0");
        assertThat(empty.explanation()).anySatisfy(l -> {
            assertThat(l.kind()).isEqualTo(ExplanationLine.Kind.TOTAL_FLOOR);
            assertThat(l.points()).isEqualByComparingTo("8");
        });
        assertThat(explained(empty)).isEqualByComparingTo("0");
    }

    @Test
    void bonusHasPerRuleAndOverallCaps() {
        UnitResult result = withCases(CaseInput.of("U1", "AWARD", 5), CaseInput.of("U1", "HONOUR", 1));
        assertThat(result.bonusTotal()).isEqualByComparingTo("3");
        assertThat(result.total()).isEqualByComparingTo("23");
        assertThat(result.bonuses()).hasSize(2);
        assertThat(explained(result)).isEqualByComparingTo("23");
    }

    @Test
    void casesOutsideThePeriodAreIgnoredAndReported() {
        Settings year = Settings.defaults().withPeriod(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
        UnitResult result = withCases(
                year,
                CaseInput.on("U1", "FORM1", 1, LocalDate.of(2020, 12, 31)),
                CaseInput.on("U1", "FORM1", 1, LocalDate.of(2021, 1, 1)),
                CaseInput.on("U1", "FORM1", 1, LocalDate.of(2021, 12, 31)),
                CaseInput.on("U1", "FORM1", 1, LocalDate.of(2022, 1, 1)),
                CaseInput.of("U1", "FORM1", 1));
        assertThat(result.deductionTotal()).isEqualByComparingTo("3");
        assertThat(result.ignoredCases())
                .hasSize(2)
                .allSatisfy(i -> assertThat(i.reason()).contains("outside the period"));
    }
}
