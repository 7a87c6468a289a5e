package com.qinglian.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Sign-in delays: from the fifth failure in a row on, a delay that doubles up to a cap, never a permanent lock. */
class UserAccountTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    private static final Duration FIRST = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofMinutes(15);

    private static UserAccount evaluator() {
        return new UserAccount("lisi", "李四", Role.EVALUATOR, null, true, false, 0, null, 3);
    }

    /** Fails {@code times} times, each attempt made just as the previous delay ran out. */
    private static UserAccount failTimes(UserAccount account, int times) {
        UserAccount result = account;
        for (int i = 0; i < times; i++) {
            Instant at = result.lockedUntil() == null ? T0 : result.lockedUntil();
            result = result.failedSignIn(at, 5, FIRST, MAX);
        }
        return result;
    }

    @Test
    void fourFailuresCountButDoNotDelay() {
        UserAccount after = failTimes(evaluator(), 4);
        assertThat(after.failedAttempts()).isEqualTo(4);
        assertThat(after.isLocked(T0)).isFalse();
    }

    @Test
    void fromTheFifthFailureOnTheDelayDoublesUpToTheCap() {
        UserAccount fifth = failTimes(evaluator(), 5);
        assertThat(fifth.lockedUntil()).isEqualTo(T0.plus(FIRST));
        UserAccount sixth = failTimes(evaluator(), 6);
        assertThat(Duration.between(fifth.lockedUntil(), sixth.lockedUntil())).isEqualTo(Duration.ofSeconds(60));
        UserAccount seventh = failTimes(evaluator(), 7);
        assertThat(Duration.between(sixth.lockedUntil(), seventh.lockedUntil())).isEqualTo(Duration.ofSeconds(120));
        UserAccount many = failTimes(evaluator(), 60);
        UserAccount more = many.failedSignIn(many.lockedUntil(), 5, FIRST, MAX);
        assertThat(Duration.between(many.lockedUntil(), more.lockedUntil())).isEqualTo(MAX);
        assertThat(more.isLocked(more.lockedUntil()))
                .as("never locked for good")
                .isFalse();
    }

    @Test
    void failuresDuringTheDelayNeitherCountNorExtendIt() {
        UserAccount delayed = failTimes(evaluator(), 5);
        UserAccount again = delayed.failedSignIn(T0.plusSeconds(10), 5, FIRST, MAX);
        assertThat(again).isEqualTo(delayed);
    }

    @Test
    void aSuccessResetsTheCount() {
        UserAccount reset = failTimes(evaluator(), 7).succeededSignIn();
        assertThat(reset.failedAttempts()).isZero();
        assertThat(reset.lockedUntil()).isNull();
        assertThat(failTimes(reset, 4).isLocked(T0)).isFalse();
    }

    @Test
    void passwordResetForcesAChangeAndLiftsTheDelay() {
        UserAccount reset = failTimes(evaluator(), 5).passwordReset();
        assertThat(reset.mustChangePassword()).isTrue();
        assertThat(reset.isLocked(T0)).isFalse();
        assertThat(reset.passwordChanged().mustChangePassword()).isFalse();
    }

    @Test
    void exactlyTheUnitReportersBelongToAUnit() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new UserAccount("wangwu", "王五", Role.UNIT_REPORTER, null, true, false, 0, null, 0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new UserAccount("wangwu", "王五", Role.LEADER, "A001", true, false, 0, null, 0));
    }
}
