package com.qinglian.security.internal;

import com.qinglian.security.CurrentUser;
import com.qinglian.security.SecondFactors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for sign-in; a delayed or deactivated account is refused by Spring Security itself. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final SecondFactors secondFactors;
    private final Clock clock;

    private final int passwordMaxAgeDays;

    DatabaseUserDetailsService(
            UserRepository users,
            SecondFactors secondFactors,
            Clock clock,
            @Value("${qinglian.security.password-max-age-days:0}") int passwordMaxAgeDays) {
        this.users = users;
        this.secondFactors = secondFactors;
        this.clock = clock;
        this.passwordMaxAgeDays = passwordMaxAgeDays;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var found = users.find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        String hash = users.passwordHash(username).orElseThrow();
        Instant changed = users.passwordChangedAt(username).orElse(null);
        // Expiry only where the deployment asks for it: an expired password must be changed, like a one-time one.
        boolean expired = passwordMaxAgeDays > 0
                && changed != null
                && changed.plus(Duration.ofDays(passwordMaxAgeDays)).isBefore(clock.instant());
        var account = expired ? found.passwordReset() : found;
        boolean enrolled = secondFactors.isEnrolled(username);
        // The sign-in delay holds back password guessing. An account with a second factor is not held back:
        // a right password alone gets nobody in there, so its owner can always sign in, even under attack.
        return new CurrentUser(
                account,
                hash,
                account.isLocked(clock.instant()) && !enrolled,
                changed,
                enrolled,
                secondFactors.requiredFor(account.role()));
    }
}
