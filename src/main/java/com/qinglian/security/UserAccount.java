package com.qinglian.security;

import java.time.Duration;
import java.time.Instant;

/**
 * A person who signs in. A unit reporter is bound to exactly one unit; nobody else is.
 *
 * @param lockedUntil set after too many failed sign-ins; the account opens again by itself then
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

    /** Counts a failed sign-in; the {@code maxAttempts}-th in a row locks the account for {@code lockFor}. */
    public UserAccount failedSignIn(Instant now, int maxAttempts, Duration lockFor) {
        int attempts = isLocked(now) ? failedAttempts : failedAttempts + 1;
        Instant until = attempts >= maxAttempts && !isLocked(now) ? now.plus(lockFor) : lockedUntil;
        return new UserAccount(
                username,
                displayName,
                role,
                unitCode,
                active,
                mustChangePassword,
                attempts >= maxAttempts ? 0 : attempts,
                until,
                version);
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
