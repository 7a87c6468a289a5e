package com.qinglian.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.ledger.cases.CaseDetails;
import com.qinglian.ledger.cases.LedgerCase;
import com.qinglian.ledger.surveys.SurveyRating;
import com.qinglian.scoring.CaseInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A ledger case as the scoring engine takes it, and the fields a case form checks on their own. */
class LedgerCaseTest {

    @Test
    void becomesTheEngineCaseWithTheDocumentNumberAsReference() {
        LedgerCase c = new LedgerCase(
                7,
                "c2021",
                "A001",
                "FORM2",
                3,
                new BigDecimal("0.5"),
                LocalDate.of(2021, 6, 1),
                "区纪发〔2021〕12号",
                "区纪委区监委",
                "说明");

        assertThat(c.toCaseInput())
                .isEqualTo(new CaseInput(
                        "A001", "FORM2", 3, new BigDecimal("0.5"), LocalDate.of(2021, 6, 1), "区纪发〔2021〕12号"));
    }

    @Test
    void aMissingMultiplierIsOneAndNumbersAreChecked() {
        CaseDetails ok =
                new CaseDetails(" A001 ", "FORM1", 1, null, LocalDate.of(2021, 1, 1), " 区纪发  1号 ", "区纪委", null);
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.multiplier()).isEqualByComparingTo("1");
        assertThat(ok.unitCode()).isEqualTo("A001");
        assertThat(ok.documentNumber()).isEqualTo("区纪发 1号");

        CaseDetails bad = new CaseDetails(null, null, 0, new BigDecimal("-1"), null, " ", null, null);
        assertThat(bad.problems())
                .extracting(p -> p.column())
                .containsExactlyInAnyOrder(
                        "unitCode", "ruleCode", "count", "multiplier", "date", "documentNumber", "issuingBody");
        assertThat(new CaseDetails("A", "FORM1", 1, new BigDecimal("11"), LocalDate.now(), "x", "y", null).problems())
                .extracting(p -> p.key())
                .isEqualTo(List.of("ledger.error.multiplier"));
    }

    @Test
    void ratingsAreReadInChinese() {
        assertThat(SurveyRating.parse("不满意")).contains(SurveyRating.DISSATISFIED);
        assertThat(SurveyRating.parse(" 基本满意 ")).contains(SurveyRating.BASICALLY_SATISFIED);
        assertThat(SurveyRating.parse("较满意")).isEmpty();
    }
}
