package com.qinglian.security;

import static com.qinglian.security.SecurityFixtures.uniqueUsername;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A session ends as soon as an administrator deactivates its account or resets its password. */
@DatabaseTest
class RevokedSessionWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDetailsService signIn;

    /** A leader as signing in makes them: loaded from the database after choosing their own password. */
    private CurrentUser leader() {
        String username = uniqueUsername("revoked");
        var issued = accounts.create(new UserAccounts.NewUser(username, "领导", Role.LEADER, null));
        assertThat(accounts.changePassword(username, issued.password(), "Revoked-Pass-3"))
                .isEmpty();
        return (CurrentUser) signIn.loadUserByUsername(username);
    }

    @Test
    void aValidAccountCarriesOn() {
        assertThat(mvc.get().uri("/campaigns").with(user(leader()))).hasStatusOk();
    }

    @Test
    void aDeactivatedAccountIsSignedOutAtItsNextRequest() {
        CurrentUser leader = leader();
        accounts.setActive(leader.getUsername(), false, "调离");
        assertThat(mvc.get().uri("/campaigns").with(user(leader)))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/login?expired");
    }

    @Test
    void aPasswordChangedInAnotherSessionSignsThisOneOut() throws Exception {
        CurrentUser leader = leader();
        Thread.sleep(5);
        assertThat(accounts.changePassword(leader.getUsername(), "Revoked-Pass-3", "Revoked-Pass-4"))
                .isEmpty();
        assertThat(mvc.get().uri("/campaigns").with(user(leader)))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/login?expired");
    }

    @Test
    void aResetPasswordSignsTheOldSessionOut() {
        CurrentUser leader = leader();
        accounts.resetPassword(leader.getUsername(), "疑似泄露");
        assertThat(mvc.get().uri("/campaigns").with(user(leader)))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/login?expired");
    }
}
