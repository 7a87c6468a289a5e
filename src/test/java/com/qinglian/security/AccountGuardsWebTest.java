package com.qinglian.security;

import static com.qinglian.security.SecurityFixtures.uniqueUsername;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Guards around accounts and sessions: nobody deactivates themselves or the last administrator; users see
 * and end their sessions, administrators end anyone's; the session limit and lifetime; sign-out clears the
 * browser's data; refused access is logged and, repeated, audited.
 */
@DatabaseTest
class AccountGuardsWebTest {

    private static final String PASSWORD = "Guarded-Pass-12";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private String aUser(Role role) {
        String username = uniqueUsername("guard");
        var issued = accounts.create(new UserAccounts.NewUser(username, "守卫测试", role, null));
        assertThat(accounts.changePassword(username, issued.password(), PASSWORD))
                .isEmpty();
        return username;
    }

    /** Signs in and makes the first request, which opens the session's row in the list. */
    private MockHttpSession signedIn(String username) {
        MockHttpSession session = new MockHttpSession();
        assertThat(mvc.post()
                        .uri("/login")
                        .session(session)
                        .param("username", username)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .hasRedirectedUrl("/");
        assertThat(mvc.get().uri("/account").session(session)).hasStatusOk();
        return session;
    }

    private List<String> openSessions(String username) {
        return jdbc.sql("SELECT id FROM user_session WHERE username = ? AND ended_at IS NULL ORDER BY signed_in_at")
                .param(username)
                .query(String.class)
                .list();
    }

    @Test
    void anAdministratorCannotDeactivateThemselvesNorTheLastActiveAdministrator() {
        String me = aUser(Role.ADMIN);
        MockHttpSession session = signedIn(me);
        assertThat(mvc.post()
                        .uri("/users/" + me + "/deactivate")
                        .session(session)
                        .with(csrf()))
                .hasRedirectedUrl("/users");
        assertThat(accounts.find(me).orElseThrow().active()).isTrue();
        assertThat(mvc.get().uri("/users").session(session)).bodyText().contains("不能停用自己的账号");

        List<String> others = jdbc.sql(
                        "SELECT username FROM app_user WHERE role = 'ADMIN' AND active = TRUE AND username <> ?")
                .param(me)
                .query(String.class)
                .list();
        jdbc.sql("UPDATE app_user SET active = FALSE WHERE role = 'ADMIN' AND username <> ?")
                .param(me)
                .update();
        try {
            assertThat(accounts.find(me).orElseThrow().active()).isTrue();
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> accounts.setActive(me, false, "最后一个")))
                    .isInstanceOf(AccountRuleException.class)
                    .hasMessage("user.error.lastAdministrator");
            assertThat(accounts.find(me).orElseThrow().active()).isTrue();
        } finally {
            for (String other : others) {
                jdbc.sql("UPDATE app_user SET active = TRUE WHERE username = ?")
                        .param(other)
                        .update();
            }
        }
        String second = aUser(Role.ADMIN);
        assertThat(mvc.post()
                        .uri("/users/" + second + "/deactivate")
                        .session(session)
                        .with(csrf()))
                .hasRedirectedUrl("/users");
        assertThat(accounts.find(second).orElseThrow().active())
                .as("another admin, not the last")
                .isFalse();
    }

    @Test
    void aUserSeesTheirSessionsAndEndsOneElsewhere() {
        String username = aUser(Role.LEADER);
        MockHttpSession here = signedIn(username);
        MockHttpSession there = signedIn(username);
        List<String> open = openSessions(username);
        assertThat(open).hasSize(2);
        String thereId = there.getAttribute("qinglian.session").toString();

        assertThat(mvc.get().uri("/account").session(here))
                .bodyText()
                .contains("登录会话", "当前会话", "session-" + thereId.substring(0, 8));
        assertThat(mvc.post()
                        .uri("/account/sessions/" + thereId + "/end")
                        .session(here)
                        .with(csrf()))
                .hasRedirectedUrl("/account");
        assertThat(mvc.get().uri("/campaigns").session(there)).hasRedirectedUrl("/login?ended");
        assertThat(mvc.get().uri("/campaigns").session(here)).hasStatusOk();
        assertThat(new AuditEntries(jdbc).actionsAbout("session", username)).contains("SESSION_END");

        String other = aUser(Role.LEADER);
        String otherSession = signedIn(other).getAttribute("qinglian.session").toString();
        assertThat(mvc.post()
                        .uri("/account/sessions/" + otherSession + "/end")
                        .session(here)
                        .with(csrf()))
                .as("nobody ends another user's session from their account page")
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(openSessions(other)).containsExactly(otherSession);
    }

    @Test
    void anAdministratorEndsEverySessionOfAUser() {
        String username = aUser(Role.EVALUATOR);
        MockHttpSession one = signedIn(username);
        MockHttpSession two = signedIn(username);
        assertThat(mvc.post()
                        .uri("/users/" + username + "/end-sessions")
                        .with(user(SecurityFixtures.anAdministrator()))
                        .with(csrf()))
                .hasRedirectedUrl("/users");
        assertThat(openSessions(username)).isEmpty();
        assertThat(mvc.get().uri("/evaluations").session(one)).hasRedirectedUrl("/login?ended");
        assertThat(mvc.get().uri("/evaluations").session(two)).hasRedirectedUrl("/login?ended");
    }

    @Test
    void theOldestSessionEndsBeyondTheLimitAndNoneOutlivesItsLifetime() {
        String username = aUser(Role.LEADER);
        MockHttpSession first = signedIn(username);
        signedIn(username);
        signedIn(username);
        MockHttpSession fourth = signedIn(username);
        assertThat(openSessions(username)).hasSize(3);
        assertThat(mvc.get().uri("/campaigns").session(first)).hasRedirectedUrl("/login?ended");

        jdbc.sql("UPDATE user_session SET signed_in_at = ? WHERE id = ?")
                .params(
                        OffsetDateTime.now(ZoneOffset.UTC).minusHours(13),
                        fourth.getAttribute("qinglian.session").toString())
                .update();
        assertThat(mvc.get().uri("/campaigns").session(fourth))
                .as("past the absolute lifetime, however active")
                .hasRedirectedUrl("/login?ended");
    }

    @Test
    void signingOutClearsTheBrowsersDataAndEndsTheSessionRow() {
        String username = aUser(Role.LEADER);
        MockHttpSession session = signedIn(username);
        var out = mvc.post().uri("/logout").session(session).with(csrf()).exchange();
        assertThat(out).hasRedirectedUrl("/login?logout");
        assertThat(out.getResponse().getHeader("Clear-Site-Data")).isEqualTo("\"cache\", \"cookies\", \"storage\"");
        assertThat(openSessions(username)).isEmpty();
    }

    @Test
    void everyPageSendsAContentSecurityPolicyWithoutInlineStyles() {
        String csp = mvc.get().uri("/login").exchange().getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("style-src 'self'").doesNotContain("unsafe-inline");
    }

    @Test
    void refusedAccessIsLoggedAndRepeatedRefusalsAreAudited() {
        var evaluator = SecurityFixtures.anEvaluator();
        for (int i = 0; i < 10; i++) {
            assertThat(mvc.get().uri("/users").with(user(evaluator))).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(new AuditEntries(jdbc).about("security", "user " + evaluator.getUsername()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("ACCESS_REFUSED_REPEATED");
                    assertThat(e.afterJson()).contains("GET /users");
                });
        var reporter = SecurityFixtures.aReporterOf(com.qinglian.unit.UnitFixtures.uniqueCode("RF"));
        for (int i = 0; i < 10; i++) {
            assertThat(mvc.get().uri("/units/NO-SUCH-UNIT").with(user(reporter)))
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(new AuditEntries(jdbc).about("security", "user " + reporter.getUsername()))
                .as("404 from the data-level rules counts too")
                .hasSize(1);
    }
}
