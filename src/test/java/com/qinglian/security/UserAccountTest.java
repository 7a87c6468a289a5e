package com.qinglian.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Lockout arithmetic: the fifth failure in a row locks for 15 minutes; more failures do not extend it. */
class UserAccountTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    private static UserAccount evaluator() {
        return new UserAccount("lisi", "李四", Role.EVALUATOR, null, true, false, 0, null, 3);
    }

    private static UserAccount failTimes(UserAccount account, int times, Instant at) {
        UserAccount result = account;
        for (int i = 0; i < times; i++) {
            result = result.failedSignIn(at, 5, LOCK);
        }
        return result;
    }

    @Test
    void fourFailuresCountButDoNotLock() {
        UserAccount after = failTimes(evaluator(), 4, T0);
        assertThat(after.failedAttempts()).isEqualTo(4);
        assertThat(after.isLocked(T0)).isFalse();
        assertThat(after.lockedUntil()).isNull();
    }

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        UserAccount after = failTimes(evaluator(), 5, T0);
        assertThat(after.lockedUntil()).isEqualTo(T0.plus(LOCK));
        assertThat(after.isLocked(T0)).isTrue();
        assertThat(after.isLocked(T0.plus(LOCK).minusSeconds(1))).isTrue();
        assertThat(after.isLocked(T0.plus(LOCK))).isFalse();
        assertThat(after.failedAttempts()).isZero();
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        UserAccount locked = failTimes(evaluator(), 5, T0);
        UserAccount later = failTimes(locked, 7, T0.plus(Duration.ofMinutes(10)));
        assertThat(later.lockedUntil()).isEqualTo(T0.plus(LOCK));
        assertThat(later.failedAttempts()).isZero();
    }

    @Test
    void afterTheLockEndsCountingStartsAgain() {
        UserAccount locked = failTimes(evaluator(), 5, T0);
        Instant after = T0.plus(LOCK).plusSeconds(1);
        UserAccount again = failTimes(locked, 4, after);
        assertThat(again.isLocked(after)).isFalse();
        assertThat(again.failedAttempts()).isEqualTo(4);
        assertThat(again.failedSignIn(after, 5, LOCK).lockedUntil()).isEqualTo(after.plus(LOCK));
    }

    @Test
    void aSuccessResetsTheCount() {
        UserAccount reset = failTimes(evaluator(), 4, T0).succeededSignIn();
        assertThat(reset.failedAttempts()).isZero();
        assertThat(reset.lockedUntil()).isNull();
        assertThat(failTimes(reset, 4, T0).isLocked(T0)).isFalse();
    }

    @Test
    void passwordResetForcesAChangeAndUnlocks() {
        UserAccount reset = failTimes(evaluator(), 5, T0).passwordReset();
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
