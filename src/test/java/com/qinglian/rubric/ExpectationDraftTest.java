package com.qinglian.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExpectationDraftTest {

    @Test
    void aCountNeedsAPeriodAndAWholeNumberFromOneToAHundred() {
        EvidenceExpectation e =
                new ExpectationDraft("COUNT", "QUARTER", "2", null, " 监督检查记录 ").confirm("A1.1.1", "每季度不少于1次");
        assertThat(e.kind()).isEqualTo(ExpectationKind.COUNT);
        assertThat(e.period()).isEqualTo(ExpectationPeriod.QUARTER);
        assertThat(e.perPeriod()).isEqualTo(2);
        assertThat(e.evidenceName()).isEqualTo("监督检查记录");
        assertThat(e.phrase()).isEqualTo("每季度不少于1次");
        assertThat(e.confirmed()).isTrue();
        assertThat(e.checkable()).isTrue();

        assertThat(fields(new ExpectationDraft("COUNT", "WEEK", "0", null, null)))
                .containsExactly("period", "perPeriod");
        assertThat(fields(new ExpectationDraft("COUNT", "YEAR", "101", null, null)))
                .containsExactly("perPeriod");
        assertThat(fields(new ExpectationDraft("COUNT", "YEAR", "1.5", null, null)))
                .containsExactly("perPeriod");
        assertThat(new ExpectationDraft("COUNT", "YEAR", "3", null, null)
                        .confirm("X", null)
                        .perPeriod())
                .as("full-width digits read by NFKC")
                .isEqualTo(3);
    }

    @Test
    void aRateLiesAboveZeroAndAtMostAHundred() {
        assertThat(new ExpectationDraft("RATE", null, null, "95%", null)
                        .confirm("X", null)
                        .ratePercent())
                .isEqualByComparingTo(BigDecimal.valueOf(95));
        assertThat(new ExpectationDraft("RATE", null, null, "100.00", null)
                        .confirm("X", null)
                        .fullCoverage())
                .isTrue();
        assertThat(new ExpectationDraft("RATE", null, null, "99.5", null)
                        .confirm("X", null)
                        .fullCoverage())
                .isFalse();
        assertThat(fields(new ExpectationDraft("RATE", null, null, "0", null))).containsExactly("ratePercent");
        assertThat(fields(new ExpectationDraft("RATE", null, null, "100.5", null)))
                .containsExactly("ratePercent");
        assertThat(fields(new ExpectationDraft("RATE", null, null, "abc", null)))
                .containsExactly("ratePercent");
    }

    @Test
    void noneKeepsNothingAndAnUnknownKindIsRefused() {
        EvidenceExpectation none = new ExpectationDraft("NONE", "YEAR", "3", "9", null).confirm("X", null);
        assertThat(none.period()).isNull();
        assertThat(none.perPeriod()).isNull();
        assertThat(none.ratePercent()).isNull();
        assertThat(none.checkable()).isFalse();
        assertThat(fields(new ExpectationDraft("SOMETIMES", null, null, null, null)))
                .containsExactly("kind");
        assertThat(fields(new ExpectationDraft(null, null, null, null, null))).containsExactly("kind");
        assertThat(fields(new ExpectationDraft("NONE", null, null, null, "名".repeat(41))))
                .containsExactly("evidenceName");
    }

    @Test
    void aProposalFillsTheFormItCameFrom() {
        EvidenceExpectation proposal = EvidenceExpectation.count("A1.4.2", ExpectationPeriod.HALF_YEAR, 1, "每半年至少召开1次");
        ExpectationDraft draft = ExpectationDraft.of(proposal);
        assertThat(draft.confirm("A1.4.2", proposal.phrase())).isEqualTo(proposal.asConfirmed());
    }

    private static java.util.List<String> fields(ExpectationDraft draft) {
        try {
            draft.confirm("X", null);
        } catch (InputRejectedException e) {
            return e.problems().stream().map(InputProblem::column).toList();
        }
        throw new AssertionError("expected the draft to be refused");
    }
}
