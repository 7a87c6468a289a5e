package com.qinglian.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor recorded with a change: the signed-in user, or the system when nobody is signed in. */
class ActorTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSignedInUser() {
        CurrentUser user = SecurityFixtures.signedIn("zhang-san", Role.ADMIN, null);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        assertThat(Actor.current()).isEqualTo("zhang-san");
    }

    @Test
    void theSystemWhenNobodyIsSignedIn() {
        SecurityContextHolder.clearContext();
        assertThat(Actor.current()).isEqualTo(Actor.SYSTEM);
    }
}
