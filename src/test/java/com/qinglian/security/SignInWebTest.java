package com.qinglian.security;

import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static com.qinglian.security.SecurityFixtures.anAuditor;
import static com.qinglian.security.SecurityFixtures.uniqueUsername;
import static com.qinglian.security.SecurityFixtures.withOneTimePassword;
import static com.qinglian.unit.UnitFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Sign-in on the real filter chain: lockout, CSRF, session fixation, forced and voluntary password changes, duties. */
@DatabaseTest
class SignInWebTest {

    private static final String PASSWORD = "Right-Pass-1";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UnitDirectory units;

    @Autowired
    JdbcClient jdbc;

    private AuditEntries audit() {
        return new AuditEntries(jdbc);
    }

    /** An evaluator who has already replaced the one-time password with {@link #PASSWORD}. */
    private String anEvaluatorWithAPassword() {
        String username = uniqueUsername("si");
        var issued = accounts.create(new UserAccounts.NewUser(username, "登录测试", Role.EVALUATOR, null));
        assertThat(accounts.changePassword(username, issued.password(), PASSWORD))
                .isEmpty();
        return username;
    }

    private static int lastOctet = 1;

    /** A fresh source address per call: other test classes in the same context count failures per address too. */
    private static synchronized String anAddress() {
        lastOctet++;
        return "10.30." + (lastOctet / 250) + "." + (lastOctet % 250 + 1);
    }

    private MvcTestResult signIn(String username, String password, MockHttpSession session) {
        String address = anAddress();
        return mvc.post()
                .uri("/login")
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .session(session)
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .exchange();
    }

    private MvcTestResult signIn(String username, String password) {
        return signIn(username, password, new MockHttpSession());
    }

    private OffsetDateTime lockedUntil(String username) {
        return jdbc.sql("SELECT locked_until FROM app_user WHERE username = ?")
                .param(username)
                .query(OffsetDateTime.class)
                .optional()
                .orElse(null);
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private void endTheDelay(String username) {
        jdbc.sql("UPDATE app_user SET locked_until = ? WHERE username = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), username)
                .update();
    }

    @Test
    void fromTheFifthWrongPasswordOnSignInIsHeldBackForAGrowingDelayNeverForGood() throws Exception {
        String username = anEvaluatorWithAPassword();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(username, "Wrong-Pass-" + i))
                    .hasStatus3xxRedirection()
                    .hasRedirectedUrl("/login?error");
        }
        OffsetDateTime first = lockedUntil(username);
        assertThat(first).isNotNull();
        assertThat(first.toInstant())
                .isBetween(Instant.now().plusSeconds(25), Instant.now().plusSeconds(31));

        assertThat(signIn(username, PASSWORD))
                .as("the right password during the delay")
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/login?error");
        assertThat(lockedUntil(username))
                .as("an attempt refused during the delay does not extend it")
                .isEqualTo(first);
        assertThat(mvc.get().uri("/users").param("q", username).with(user(anAdministrator())))
                .bodyText()
                .contains(username, "已锁定");

        endTheDelay(username);
        assertThat(signIn(username, "Wrong-Pass-6")).hasRedirectedUrl("/login?error");
        OffsetDateTime second = lockedUntil(username);
        assertThat(second.toInstant())
                .as("the next delay is twice as long")
                .isBetween(Instant.now().plusSeconds(55), Instant.now().plusSeconds(61));

        List<AuditEntries.Row> trail = audit().about("user", username);
        assertThat(trail)
                .filteredOn(e -> e.action().equals("LOGIN_FAILURE"))
                .extracting(AuditEntries.Row::reason)
                .containsExactly(
                        "BadCredentialsException",
                        "BadCredentialsException",
                        "BadCredentialsException",
                        "BadCredentialsException",
                        "BadCredentialsException",
                        "LockedException",
                        "BadCredentialsException");
        assertThat(trail)
                .filteredOn(e -> e.action().equals("LOCKOUT"))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.afterJson()).contains("lockedUntil"));
        assertThat(trail).extracting(AuditEntries.Row::action).doesNotContain("LOGIN_SUCCESS");

        endTheDelay(username);
        assertThat(signIn(username, PASSWORD)).hasStatus3xxRedirection().hasRedirectedUrl("/");
        assertThat(audit().actionsAbout("user", username)).endsWith("LOGIN_SUCCESS");
        assertThat(jdbc.sql("SELECT failed_attempts FROM app_user WHERE username = ?")
                        .param(username)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theNameOfAFailedSignInIsCleanedOfControlCharactersAndCut() {
        String typed = "evil\r\nLOGIN_SUCCESS admin\u0000\u202e" + "x".repeat(300);
        assertThat(signIn(typed, PASSWORD)).hasRedirectedUrl("/login?error");
        String cleaned = ("evilLOGIN_SUCCESS admin" + "x".repeat(300)).substring(0, 64);
        assertThat(audit().by(cleaned)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("LOGIN_FAILURE");
            assertThat(e.entityId()).isEqualTo(cleaned);
        });
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        String username = anEvaluatorWithAPassword();
        for (int i = 0; i < 4; i++) {
            signIn(username, "Wrong-Pass-" + i);
        }
        assertThat(signIn(username, PASSWORD)).hasRedirectedUrl("/");
        for (int i = 0; i < 4; i++) {
            signIn(username, "Wrong-Pass-" + i);
        }
        assertThat(lockedUntil(username)).isNull();
        assertThat(signIn(username, PASSWORD)).hasRedirectedUrl("/");
    }

    @Test
    void unknownUsersAndDeactivatedAccountsAreRefusedAndAudited() {
        String nobody = uniqueUsername("nobody");
        assertThat(signIn(nobody, PASSWORD)).hasRedirectedUrl("/login?error");
        assertThat(audit().actionsAbout("user", nobody)).containsExactly("LOGIN_FAILURE");

        String username = anEvaluatorWithAPassword();
        accounts.setActive(username, false, "离职");
        assertThat(signIn(username, PASSWORD)).hasRedirectedUrl("/login?error");
        assertThat(audit().about("user", username))
                .last()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("DisabledException"));
    }

    @Test
    void stateChangingRequestsWithoutAValidCsrfTokenAreRefusedAndChangeNothing() {
        String code = uniqueCode("CS");
        var admin = anAdministrator();
        assertThat(mvc.post()
                        .uri("/units")
                        .with(user(admin))
                        .param("code", code)
                        .param("name", "无令牌")
                        .param("type", "AGENCY"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/units")
                        .with(user(admin))
                        .with(csrf().useInvalidToken())
                        .param("code", code)
                        .param("name", "假令牌")
                        .param("type", "AGENCY"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(units.find(code)).isEmpty();

        String username = anEvaluatorWithAPassword();
        assertThat(mvc.post().uri("/users/" + username + "/reset-password").with(user(admin)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/users/" + username + "/deactivate").with(user(admin)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/login").param("username", username).param("password", PASSWORD))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(audit().actionsAbout("user", username)).containsExactly("CREATE", "PASSWORD_CHANGE");
        assertThat(accounts.find(username).orElseThrow().active()).isTrue();
        assertThat(signIn(username, PASSWORD)).hasRedirectedUrl("/");
    }

    @Test
    void theSessionIdChangesAtSignIn() {
        String username = anEvaluatorWithAPassword();
        MockHttpSession session = new MockHttpSession();
        assertThat(mvc.get().uri("/login").session(session)).hasStatusOk();
        String before = session.getId();

        assertThat(signIn(username, PASSWORD, session)).hasRedirectedUrl("/");

        assertThat(session.getId()).isNotEqualTo(before);
        assertThat(mvc.get().uri("/account/password").session(session)).hasStatusOk();
    }

    @Test
    void signingOutEndsTheSession() {
        String username = anEvaluatorWithAPassword();
        MockHttpSession session = new MockHttpSession();
        signIn(username, PASSWORD, session);
        assertThat(mvc.post().uri("/logout").session(session).with(csrf())).hasRedirectedUrl("/login?logout");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aOneTimePasswordLeadsEveryPageToThePasswordFormUntilChanged() throws Exception {
        String unit = uniqueCode("FC");
        units.create(com.qinglian.unit.UnitFixtures.anAgency(unit));
        String username = uniqueUsername("fc");
        String oneTime = accounts.create(new UserAccounts.NewUser(username, "首次登录", Role.UNIT_REPORTER, unit))
                .password();
        MockHttpSession session = new MockHttpSession();
        assertThat(signIn(username, oneTime, session)).hasRedirectedUrl("/");

        for (String page : new String[] {"/", "/rubrics", "/units/" + unit, "/account/passwordx"}) {
            assertThat(mvc.get().uri(page).session(session)).as(page).hasRedirectedUrl("/account/password");
        }
        assertThat(mvc.post()
                        .uri("/units/" + unit + "/deactivate")
                        .session(session)
                        .with(csrf()))
                .hasRedirectedUrl("/account/password");
        assertThat(mvc.get().uri("/account/password").session(session))
                .hasStatusOk()
                .bodyText()
                .contains("您正在使用一次性密码");

        record Attempt(String current, String fresh, String confirm, String message) {}
        for (Attempt attempt : List.of(
                new Attempt(oneTime, "Ab1!", "Ab1!", "密码至少 12 个字符"),
                new Attempt(oneTime, "1qaz2wsx3edc", "1qaz2wsx3edc", "这个密码太常见"),
                new Attempt(oneTime, "X1-" + username, "X1-" + username, "密码不能包含用户名"),
                new Attempt(oneTime, "New-Pass-2-long", "New-Pass-3-long", "两次输入的新密码不一致"),
                new Attempt("Not-The-One-1", "New-Pass-2-long", "New-Pass-2-long", "当前密码不正确"),
                new Attempt(oneTime, oneTime, oneTime, "新密码不能与当前密码相同"))) {
            MvcTestResult refused = mvc.post()
                    .uri("/account/password")
                    .session(session)
                    .with(csrf())
                    .param("currentPassword", attempt.current())
                    .param("newPassword", attempt.fresh())
                    .param("confirmPassword", attempt.confirm())
                    .exchange();
            assertThat(refused).as(attempt.message()).hasStatus(422);
            assertThat(body(refused)).as(attempt.message()).contains(attempt.message(), "您正在使用一次性密码");
        }
        assertThat(mvc.get().uri("/rubrics").session(session)).hasRedirectedUrl("/account/password");

        assertThat(mvc.post()
                        .uri("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", oneTime)
                        .param("newPassword", "New-Pass-2-long")
                        .param("confirmPassword", "New-Pass-2-long"))
                .hasRedirectedUrl("/");
        assertThat(mvc.get().uri("/rubrics").session(session)).hasStatusOk();
        assertThat(mvc.get().uri("/units/" + unit).session(session)).hasStatusOk();
        assertThat(accounts.find(username).orElseThrow().mustChangePassword()).isFalse();

        assertThat(signIn(username, oneTime)).hasRedirectedUrl("/login?error");
        MockHttpSession fresh = new MockHttpSession();
        assertThat(signIn(username, "New-Pass-2-long", fresh)).hasRedirectedUrl("/");
        assertThat(mvc.get().uri("/rubrics").session(fresh)).hasStatusOk();

        List<AuditEntries.Row> trail = audit().about("user", username);
        assertThat(trail)
                .extracting(AuditEntries.Row::action)
                .containsSubsequence("CREATE", "LOGIN_SUCCESS", "PASSWORD_CHANGE");
        assertThat(trail)
                .filteredOn(e -> e.action().equals("PASSWORD_CHANGE"))
                .singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(username));
        assertThat(trail)
                .allSatisfy(e -> assertThat(String.join(
                                "|",
                                String.valueOf(e.beforeJson()),
                                String.valueOf(e.afterJson()),
                                String.valueOf(e.reason())))
                        .doesNotContain(oneTime, "New-Pass-2-long"));
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?")
                .param(username)
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("New-Pass-2-long");
    }

    @Test
    void aUserWithoutAOneTimePasswordChangesItVoluntarily() throws Exception {
        String username = anEvaluatorWithAPassword();
        MockHttpSession session = new MockHttpSession();
        signIn(username, PASSWORD, session);
        assertThat(mvc.get().uri("/account/password").session(session))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("您正在使用一次性密码");
        assertThat(mvc.post()
                        .uri("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "Other-Pass-9")
                        .param("confirmPassword", "Other-Pass-9"))
                .hasRedirectedUrl("/");
        assertThat(signIn(username, "Other-Pass-9")).hasRedirectedUrl("/");
        assertThat(audit().actionsAbout("user", username))
                .filteredOn("PASSWORD_CHANGE"::equals)
                .hasSize(2);
    }

    @Test
    void aSignedInUserWithAOneTimePasswordMayStillSignOut() {
        assertThat(mvc.post()
                        .uri("/logout")
                        .with(user(withOneTimePassword(Role.LEADER, null)))
                        .with(csrf()))
                .hasRedirectedUrl("/login?logout");
    }

    @Test
    void administratorsCannotReadTheAuditTrailAndAuditorsCannotAdministerUsersOrUnits() {
        var admin = anAdministrator();
        for (String page : new String[] {"/audit", "/audit/verify", "/audit/export"}) {
            assertThat(mvc.get().uri(page).with(user(admin))).as(page).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.post().uri("/audit/verify").with(user(admin)).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);

        var auditor = anAuditor();
        for (String page :
                new String[] {"/users", "/users/new", "/users/export", "/units", "/units/new", "/units/export"}) {
            assertThat(mvc.get().uri(page).with(user(auditor))).as(page).hasStatus(HttpStatus.FORBIDDEN);
        }
        String username = uniqueUsername("sod");
        assertThat(mvc.post()
                        .uri("/users")
                        .with(user(auditor))
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "越权")
                        .param("role", "ADMIN"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(accounts.find(username)).isEmpty();
        assertThat(mvc.get().uri("/audit").with(user(auditor))).hasStatusOk();
    }
}
