package com.qinglian.security.internal;

import com.qinglian.security.UserAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Turns Spring Security's sign-in events into lockout counting and audit entries. */
@Component
class SignInListener {

    private final UserAccounts accounts;

    SignInListener(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.recordSignIn(event.getAuthentication().getName(), true, null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        accounts.recordSignIn(
                String.valueOf(event.getAuthentication().getName()),
                false,
                event.getException().getClass().getSimpleName());
    }
}
