package com.qinglian.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExpectationCheckTest {

    private static final LocalDate AFTER_THE_YEAR = LocalDate.of(2022, 2, 1);
    private final EvidenceExpectation quarterly = EvidenceExpectation.count(
                    "A1.1.1", ExpectationPeriod.QUARTER, 1, "每季度不少于1次")
            .asConfirmed();

    @Test
    void namesTheQuarterWithoutADocument() {
        ExpectationCheck check = ExpectationCheck.of(
                quarterly,
                2021,
                Arrays.asList(date("2021-02-10"), date("2021-05-01"), date("2021-12-31")),
                AFTER_THE_YEAR);

        assertThat(check.met()).isFalse();
        assertThat(check.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.index()).isEqualTo(2);
            assertThat(s.labelKey()).isEqualTo("expectation.periodName.quarter.3");
            assertThat(s.have()).isZero();
            assertThat(s.need()).isEqualTo(1);
        });
    }

    @Test
    void everyQuarterCoveredIsMet() {
        ExpectationCheck check = ExpectationCheck.of(
                quarterly,
                2021,
                Arrays.asList(date("2021-01-01"), date("2021-04-01"), date("2021-09-30"), date("2021-10-01")),
                AFTER_THE_YEAR);
        assertThat(check.met()).isTrue();
    }

    @Test
    void undatedAndOtherYearsCountNowhereButAreReported() {
        ExpectationCheck check = ExpectationCheck.of(
                quarterly, 2021, Arrays.asList(null, date("2020-12-31"), date("2022-01-01")), AFTER_THE_YEAR);
        assertThat(check.shortfalls()).hasSize(4);
        assertThat(check.undated()).isEqualTo(1);
        assertThat(check.outsideYear()).isEqualTo(2);
    }

    @Test
    void twoPerHalfYearCountsDocumentsInEachHalf() {
        EvidenceExpectation twice = EvidenceExpectation.count("X", ExpectationPeriod.HALF_YEAR, 2, null)
                .asConfirmed();
        ExpectationCheck check = ExpectationCheck.of(
                twice, 2021, Arrays.asList(date("2021-03-01"), date("2021-06-30"), date("2021-07-01")), AFTER_THE_YEAR);
        assertThat(check.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.labelKey()).isEqualTo("expectation.periodName.half-year.2");
            assertThat(s.have()).isEqualTo(1);
            assertThat(s.need()).isEqualTo(2);
        });
    }

    @Test
    void periodsNotYetBegunAreNotJudged() {
        ExpectationCheck check =
                ExpectationCheck.of(quarterly, 2021, Arrays.asList(date("2021-02-01")), date("2021-07-15"));
        assertThat(check.shortfalls())
                .extracting(ExpectationCheck.Shortfall::index)
                .containsExactly(1, 2);
    }

    @Test
    void monthsAreNamedByTheirNumber() {
        EvidenceExpectation monthly =
                EvidenceExpectation.count("X", ExpectationPeriod.MONTH, 1, null).asConfirmed();
        ExpectationCheck check = ExpectationCheck.of(monthly, 2021, Arrays.asList(), AFTER_THE_YEAR);
        assertThat(check.shortfalls()).hasSize(12);
        assertThat(check.shortfalls().get(10).labelKey()).isEqualTo("expectation.periodName.month");
        assertThat(check.shortfalls().get(10).labelArgument()).isEqualTo(11);
    }

    @Test
    void ratesAreNotCheckedFromDates() {
        EvidenceExpectation rate =
                EvidenceExpectation.rate("X", BigDecimal.valueOf(100), "全覆盖").asConfirmed();
        assertThat(rate.checkable()).isFalse();
        assertThatThrownBy(() -> ExpectationCheck.of(rate, 2021, Arrays.asList(), AFTER_THE_YEAR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
