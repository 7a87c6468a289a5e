package com.qinglian.security;

import static com.qinglian.security.SecurityFixtures.uniqueUsername;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The second factor as {@code QINGLIAN_MFA=required} makes it: administrators and auditors enrol at first
 * sign-in and then need a code after the password; the owner of a held-back account still signs in with
 * it; an address that used up its failed attempts is refused; another administrator resets a lost factor.
 */
@DatabaseTest
@TestPropertySource(properties = {"qinglian.security.mfa=required", "qinglian.security.sign-in-failures-per-address=5"})
class SecondFactorWebTest {

    private static final String PASSWORD = "Second-Factor-Pass";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    SecondFactors factors;

    @Autowired
    JdbcClient jdbc;

    private static int lastOctet = 1;

    /** A fresh source address per call, so that tests do not share the per-address limit. */
    private static synchronized String anAddress() {
        lastOctet++;
        return "10.20." + (lastOctet / 250) + "." + (lastOctet % 250 + 1);
    }

    private String aUser(Role role) {
        String username = uniqueUsername(role.name().toLowerCase().replace('_', '-'));
        var issued = accounts.create(new UserAccounts.NewUser(username, "双因素测试", role, null));
        assertThat(accounts.changePassword(username, issued.password(), PASSWORD))
                .isEmpty();
        return username;
    }

    /** Enrols the user directly; returns the secret. */
    private String enrolled(String username) {
        String secret = Totp.newSecret();
        assertThat(factors.enrol(username, secret, Totp.code(secret, Totp.step(Instant.now()) - 1)))
                .hasSize(10);
        return secret;
    }

    /** The address each session signed in from: its codes come from there too, as a browser's would. */
    private final Map<MockHttpSession, String> addresses = new WeakHashMap<>();

    private MvcTestResult signIn(String username, String password, MockHttpSession session, String address) {
        addresses.put(session, address);
        return mvc.post()
                .uri("/login")
                .session(session)
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .exchange();
    }

    private MvcTestResult code(MockHttpSession session, String code) {
        String address = addresses.computeIfAbsent(session, s -> anAddress());
        return mvc.post()
                .uri("/login/second-factor")
                .session(session)
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })
                .param("code", code)
                .with(csrf())
                .exchange();
    }

    private List<String> actions(String username) {
        return new AuditEntries(jdbc).actionsAbout("user", username);
    }

    @Test
    void anAdministratorWithoutASecondFactorEnrolsBeforeAnythingElse() throws Exception {
        String admin = aUser(Role.ADMIN);
        MockHttpSession session = new MockHttpSession();
        assertThat(signIn(admin, PASSWORD, session, anAddress())).hasRedirectedUrl("/");
        for (String page : new String[] {"/", "/users", "/account", "/account/password"}) {
            assertThat(mvc.get().uri(page).session(session)).as(page).hasRedirectedUrl("/account/second-factor/enrol");
        }
        assertThat(mvc.get().uri("/account/second-factor/enrol").session(session))
                .hasStatusOk()
                .bodyText()
                .contains("您的角色(系统管理员、审计员)必须使用双因素认证", "<svg");
        String secret = session.getAttribute("qinglian.pendingTotpSecret").toString();

        MvcTestResult wrong = mvc.post()
                .uri("/account/second-factor/enrol")
                .session(session)
                .param("code", "000000".equals(Totp.code(secret, Totp.step(Instant.now()))) ? "111111" : "000000")
                .with(csrf())
                .exchange();
        assertThat(wrong).hasStatus(422).bodyText().contains("验证码不正确");
        assertThat(factors.isEnrolled(admin)).isFalse();

        MvcTestResult right = mvc.post()
                .uri("/account/second-factor/enrol")
                .session(session)
                .param("code", Totp.code(secret, Totp.step(Instant.now())))
                .with(csrf())
                .exchange();
        assertThat(right).hasStatusOk().bodyText().contains("恢复码", "recovery-codes");
        assertThat(factors.isEnrolled(admin)).isTrue();
        assertThat(factors.unusedRecoveryCodes(admin)).isEqualTo(10);
        assertThat(mvc.get().uri("/users").session(session)).hasStatusOk();
        assertThat(actions(admin)).containsSubsequence("LOGIN_SUCCESS", "MFA_ENROL");
        String stored = jdbc.sql("SELECT totp_secret FROM app_user WHERE username = ?")
                .param(admin)
                .query(String.class)
                .single();
        assertThat(stored).as("stored encrypted").startsWith("test:").doesNotContain(secret);
    }

    @Test
    void anEnrolledUserNeedsACodeAfterThePasswordAndNoCodeWorksTwice() {
        String auditor = aUser(Role.AUDITOR);
        String secret = enrolled(auditor);
        MockHttpSession session = new MockHttpSession();
        assertThat(signIn(auditor, PASSWORD, session, anAddress())).hasRedirectedUrl("/");
        assertThat(mvc.get().uri("/audit").session(session)).hasRedirectedUrl("/login/second-factor");

        assertThat(code(session, "123")).hasStatus(422).bodyText().contains("验证码不正确");
        String now = Totp.code(secret, Totp.step(Instant.now()));
        String before = session.getId();
        assertThat(code(session, now)).hasRedirectedUrl("/");
        assertThat(session.getId())
                .as("a new session id once the second factor is passed")
                .isNotEqualTo(before);
        assertThat(mvc.get().uri("/audit").session(session)).hasStatusOk();

        MockHttpSession replay = new MockHttpSession();
        signIn(auditor, PASSWORD, replay, anAddress());
        assertThat(code(replay, now))
                .as("the same code again")
                .hasStatus(422)
                .bodyText()
                .contains("验证码不正确");
        assertThat(mvc.get().uri("/audit").session(replay)).hasRedirectedUrl("/login/second-factor");
        assertThat(actions(auditor)).contains("MFA_SUCCESS", "MFA_FAILURE");
    }

    @Test
    void aRecoveryCodeSignsInOnceInsteadOfACode() {
        String admin = aUser(Role.ADMIN);
        String secret = Totp.newSecret();
        List<String> codes = factors.enrol(admin, secret, Totp.code(secret, Totp.step(Instant.now())));
        MockHttpSession session = new MockHttpSession();
        signIn(admin, PASSWORD, session, anAddress());
        assertThat(code(session, codes.get(3).toUpperCase())).hasRedirectedUrl("/");
        assertThat(factors.unusedRecoveryCodes(admin)).isEqualTo(9);

        MockHttpSession again = new MockHttpSession();
        signIn(admin, PASSWORD, again, anAddress());
        assertThat(code(again, codes.get(3))).hasStatus(422).bodyText().contains("验证码不正确");
    }

    @Test
    void theOwnerWithASecondFactorStillSignsInWhileAnAttackerHoldsTheAccountBack() {
        String admin = aUser(Role.ADMIN);
        String secret = enrolled(admin);
        for (int i = 0; i < 8; i++) {
            assertThat(signIn(admin, "Guess-" + i + "-password", new MockHttpSession(), anAddress()))
                    .hasRedirectedUrl("/login?error");
        }
        Instant heldUntil = jdbc.sql("SELECT locked_until FROM app_user WHERE username = ?")
                .param(admin)
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();
        assertThat(heldUntil).as("the attack is slowed down").isAfter(Instant.now());

        MockHttpSession owner = new MockHttpSession();
        assertThat(signIn(admin, PASSWORD, owner, anAddress()))
                .as("the right password passes on to the second factor")
                .hasRedirectedUrl("/");
        assertThat(code(owner, Totp.code(secret, Totp.step(Instant.now())))).hasRedirectedUrl("/");
        assertThat(mvc.get().uri("/users").session(owner)).hasStatusOk();
    }

    @Test
    void anAddressThatUsedUpItsFailedAttemptsIsRefusedEvenWithTheRightPassword() {
        String evaluator = aUser(Role.EVALUATOR);
        String sprayer = anAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(uniqueUsername("spray"), "Spray-password-1", new MockHttpSession(), sprayer))
                    .hasRedirectedUrl("/login?error");
        }
        assertThat(signIn(evaluator, PASSWORD, new MockHttpSession(), sprayer)).hasRedirectedUrl("/login?throttled");
        assertThat(actions(evaluator)).doesNotContain("LOGIN_SUCCESS", "LOGIN_FAILURE");
        assertThat(mvc.get().uri("/login?throttled")).bodyText().contains("登录失败次数过多");

        MockHttpSession elsewhere = new MockHttpSession();
        assertThat(signIn(evaluator, PASSWORD, elsewhere, anAddress())).hasRedirectedUrl("/");
        assertThat(mvc.get().uri("/evaluations").session(elsewhere))
                .as("an evaluator needs no second factor")
                .hasStatusOk();
    }

    @Test
    void anotherAdministratorResetsALostSecondFactorWithAReasonNeverTheirOwn() {
        String admin = aUser(Role.ADMIN);
        String adminSecret = enrolled(admin);
        String lost = aUser(Role.AUDITOR);
        enrolled(lost);
        MockHttpSession session = new MockHttpSession();
        signIn(admin, PASSWORD, session, anAddress());
        code(session, Totp.code(adminSecret, Totp.step(Instant.now())));

        assertThat(mvc.post()
                        .uri("/users/" + lost + "/reset-second-factor")
                        .session(session)
                        .with(csrf()))
                .hasRedirectedUrl("/users");
        assertThat(factors.isEnrolled(lost)).as("no reason, no reset").isTrue();
        assertThat(mvc.post()
                        .uri("/users/" + admin + "/reset-second-factor")
                        .session(session)
                        .param("reason", "自己")
                        .with(csrf()))
                .hasRedirectedUrl("/users");
        assertThat(factors.isEnrolled(admin)).as("never one's own").isTrue();

        assertThat(mvc.post()
                        .uri("/users/" + lost + "/reset-second-factor")
                        .session(session)
                        .param("reason", "手机丢失")
                        .with(csrf()))
                .hasRedirectedUrl("/users");
        assertThat(factors.isEnrolled(lost)).isFalse();
        assertThat(new AuditEntries(jdbc).about("user", lost))
                .filteredOn(e -> e.action().equals("MFA_RESET"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(admin);
                    assertThat(e.reason()).isEqualTo("手机丢失");
                });

        MockHttpSession next = new MockHttpSession();
        signIn(lost, PASSWORD, next, anAddress());
        assertThat(mvc.get().uri("/audit").session(next)).hasRedirectedUrl("/account/second-factor/enrol");
    }
}
