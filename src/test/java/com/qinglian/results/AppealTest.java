package com.qinglian.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qinglian.shared.ConflictException;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The appeal's verb methods guard its flow, without Spring. */
class AppealTest {

    private static final Instant NOW = Instant.parse("2022-01-10T08:00:00Z");
    private static final BigDecimal STEP = new BigDecimal("0.5");

    private static Appeal filed(AppealTarget.Kind kind, String original) {
        return Appeal.file(
                "c2021",
                "A01",
                new AppealTarget(kind, "A1.1.1", "A1.1.1 制度"),
                "已整改",
                new BigDecimal(original),
                List.of("zhang"),
                "lly-a01",
                NOW);
    }

    @Test
    void aReasonIsRequired() {
        assertKeys(
                () -> Appeal.file(
                        "c",
                        "A01",
                        new AppealTarget(AppealTarget.Kind.ITEM, "x", "x"),
                        " ",
                        BigDecimal.ONE,
                        List.of(),
                        "u",
                        NOW),
                "appeal.error.reason");
    }

    @Test
    void theOriginalScorerIsNeverTheReviewer() {
        Appeal appeal = filed(AppealTarget.Kind.ITEM, "1");
        assertKeys(() -> appeal.assignTo("zhang", NOW), "appeal.error.sameEvaluator");
        Appeal assigned = appeal.assignTo("li", NOW);
        assertThat(assigned.status()).isEqualTo(Appeal.Status.ASSIGNED);
        assertThat(assigned.assignTo("wang", NOW).reviewer()).isEqualTo("wang");
    }

    @Test
    void onlyTheReviewerDecidesAndOnlyOnce() {
        Appeal assigned = filed(AppealTarget.Kind.ITEM, "1").assignTo("li", NOW);
        assertKeys(
                () -> assigned.decide("zhang", Appeal.Decision.UPHELD, null, "维持", new BigDecimal("2"), STEP, NOW),
                "appeal.error.notReviewer");
        Appeal upheld = assigned.decide("li", Appeal.Decision.UPHELD, null, "评分无误", new BigDecimal("2"), STEP, NOW);
        assertThat(upheld.changedScore()).isFalse();
        assertThat(upheld.newScore()).isEqualByComparingTo("1");
        assertThat(upheld.open()).isFalse();
        assertThatThrownBy(() ->
                        upheld.decide("li", Appeal.Decision.ACCEPTED, BigDecimal.TEN, "改", BigDecimal.TEN, STEP, NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> upheld.assignTo("wang", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aChangedScoreMustBeOnTheStepWithinThePointsAndDifferent() {
        Appeal assigned = filed(AppealTarget.Kind.ITEM, "1").assignTo("li", NOW);
        BigDecimal max = new BigDecimal("2");
        assertKeys(
                () -> assigned.decide("li", Appeal.Decision.ACCEPTED, null, "采纳", max, STEP, NOW),
                "appeal.error.newScore");
        assertKeys(
                () -> assigned.decide("li", Appeal.Decision.ACCEPTED, new BigDecimal("2.5"), "采纳", max, STEP, NOW),
                "appeal.error.newScore");
        assertKeys(
                () -> assigned.decide("li", Appeal.Decision.PARTIAL, BigDecimal.ONE, "部分", max, STEP, NOW),
                "appeal.error.unchanged");
        assertKeys(
                () -> assigned.decide("li", null, BigDecimal.ONE, " ", max, STEP, NOW),
                "appeal.error.decision",
                "appeal.error.decisionReason");
        Appeal accepted = assigned.decide("li", Appeal.Decision.ACCEPTED, max, "材料充分", max, STEP, NOW);
        assertThat(accepted.changedScore()).isTrue();
        assertThat(accepted.newScore()).isEqualByComparingTo("2");
    }

    @Test
    void acceptingACaseWithdrawsIt() {
        Appeal assigned = filed(AppealTarget.Kind.CASE, "2").assignTo("li", NOW);
        Appeal accepted = assigned.decide(
                "li", Appeal.Decision.ACCEPTED, null, "处分已撤销", new BigDecimal("2"), BigDecimal.ONE, NOW);
        assertThat(accepted.newScore()).isEqualByComparingTo("0");
    }

    private static void assertKeys(Runnable action, String... keys) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::key)
                                .containsExactly(keys));
    }
}
