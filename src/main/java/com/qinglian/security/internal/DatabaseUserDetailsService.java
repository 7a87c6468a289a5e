package com.qinglian.security.internal;

import com.qinglian.security.CurrentUser;
import com.qinglian.security.SecondFactors;
import java.time.Clock;
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

    DatabaseUserDetailsService(UserRepository users, SecondFactors secondFactors, Clock clock) {
        this.users = users;
        this.secondFactors = secondFactors;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var account = users.find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        String hash = users.passwordHash(username).orElseThrow();
        boolean enrolled = secondFactors.isEnrolled(username);
        // The sign-in delay holds back password guessing. An account with a second factor is not held back:
        // a right password alone gets nobody in there, so its owner can always sign in, even under attack.
        return new CurrentUser(
                account,
                hash,
                account.isLocked(clock.instant()) && !enrolled,
                users.passwordChangedAt(username).orElse(null),
                enrolled,
                secondFactors.requiredFor(account.role()));
    }
}
