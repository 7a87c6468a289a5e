package com.qinglian.security.internal;

import com.qinglian.security.CurrentUser;
import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for sign-in; a locked or deactivated account is refused by Spring Security itself. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    DatabaseUserDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var account = users.find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        String hash = users.passwordHash(username).orElseThrow();
        return new CurrentUser(
                account,
                hash,
                account.isLocked(clock.instant()),
                users.passwordChangedAt(username).orElse(null));
    }
}
