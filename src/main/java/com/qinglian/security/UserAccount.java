package com.qinglian.security;

import java.time.Duration;
import java.time.Instant;

/**
 * A person who signs in. A unit reporter is bound to exactly one unit; nobody else is.
 *
 * @param lockedUntil set after repeated failed sign-ins: the sign-in delay; the account opens again by itself then
 * @param version optimistic-lock counter
 */
public record UserAccount(
        String username,
        String displayName,
        Role role,
        String unitCode,
        boolean active,
        boolean mustChangePassword,
        int failedAttempts,
        Instant lockedUntil,
        int version) {

    public UserAccount {
        if ((role == Role.UNIT_REPORTER) != (unitCode != null)) {
            throw new IllegalArgumentException("exactly the unit reporters belong to a unit");
        }
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a failed sign-in. From the {@code freeAttempts}-th failure in a row on, each failure holds the
     * account back for a delay that doubles, from {@code firstDelay} up to {@code maxDelay}: an attacker is
     * slowed down ever more, but the account is never shut for good, and a success resets the count. A failure
     * refused because of the delay itself neither counts nor extends it.
     */
    public UserAccount failedSignIn(Instant now, int freeAttempts, Duration firstDelay, Duration maxDelay) {
        if (isLocked(now)) {
            return this;
        }
        int attempts = failedAttempts + 1;
        Instant until = lockedUntil;
        if (attempts >= freeAttempts) {
            int doublings = Math.min(attempts - freeAttempts, 30);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            until = now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
        }
        return new UserAccount(
                username, displayName, role, unitCode, active, mustChangePassword, attempts, until, version);
    }

    public UserAccount succeededSignIn() {
        return new UserAccount(username, displayName, role, unitCode, active, mustChangePassword, 0, null, version);
    }

    public UserAccount passwordChanged() {
        return new UserAccount(username, displayName, role, unitCode, active, false, 0, null, version);
    }

    public UserAccount passwordReset() {
        return new UserAccount(username, displayName, role, unitCode, active, true, 0, null, version);
    }

    public UserAccount withActive(boolean newActive) {
        return new UserAccount(
                username,
                displayName,
                role,
                unitCode,
                newActive,
                mustChangePassword,
                failedAttempts,
                lockedUntil,
                version);
    }
}
