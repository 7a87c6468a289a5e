package com.qinglian.security.internal;

import com.qinglian.security.UserAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Turns Spring Security's sign-in events into sign-in delays, the per-address limit and audit entries. */
@Component
class SignInListener {

    private final UserAccounts accounts;
    private final SignInRateLimit rateLimit;

    SignInListener(UserAccounts accounts, SignInRateLimit rateLimit) {
        this.accounts = accounts;
        this.rateLimit = rateLimit;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.recordSignIn(event.getAuthentication().getName(), true, null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            rateLimit.failed(details.getRemoteAddress());
        }
        accounts.recordSignIn(
                String.valueOf(event.getAuthentication().getName()),
                false,
                event.getException().getClass().getSimpleName());
    }
}
