package com.qinglian.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Two application nodes on one database, as behind a load balancer: a user signed in on one node works on the
 * other; the one-time password, the lockout and "a new password ends the other sessions" hold across nodes; a
 * scheduled job runs on one node only.
 */
@Tag("db")
class TwoNodesIntegrationTest {

    private static final String LOCK_AFTER = "3";
    private static TwoNodes nodes;
    private static String a;
    private static String b;

    @BeforeAll
    static void start() {
        nodes = TwoNodes.start(Map.of("qinglian.security.max-failed-sign-ins", LOCK_AFTER));
        a = TwoNodes.baseUrl(nodes.first);
        b = TwoNodes.baseUrl(nodes.second);
    }

    @AfterAll
    static void stop() {
        if (nodes != null) {
            nodes.close();
        }
    }

    /** A new leader, created on the first node; returns the one-time password. */
    private static String newLeader(String username) {
        return nodes.first
                .getBean(UserAccounts.class)
                .create(new UserAccounts.NewUser(username, "两节点领导", Role.LEADER, null))
                .password();
    }

    private static WebClient.Answer signIn(WebClient client, String node, String username, String password)
            throws Exception {
        client.get(node + "/login");
        return client.post(node + "/login", Map.of("username", username, "password", password));
    }

    private static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void signedInOnOneNodeWorkingOnTheOtherAndTheOneTimePasswordHoldsEverywhere() throws Exception {
        String username = uniqueName("nodes");
        String oneTime = newLeader(username);
        WebClient browser = new WebClient();

        assertThat(signIn(browser, a, username, oneTime).location()).isEqualTo("/");
        assertThat(browser.cookie("SESSION")).as("the session cookie").isNotBlank();

        assertThat(browser.get(b + "/campaigns").location())
                .as("the other node knows the session, and that the one-time password must be changed")
                .isEqualTo("/account/password");
        assertThat(browser.get(b + "/account/password").status()).isEqualTo(200);
        WebClient.Answer changed = browser.post(
                b + "/account/password",
                Map.of(
                        "currentPassword",
                        oneTime,
                        "newPassword",
                        "Two-Nodes-Pass-5",
                        "confirmPassword",
                        "Two-Nodes-Pass-5"));
        assertThat(changed.location()).isEqualTo("/");

        WebClient.Answer campaigns = browser.get(a + "/campaigns");
        assertThat(campaigns.status())
                .as("back on the first node, the password requirement is lifted")
                .isEqualTo(200);
        assertThat(campaigns.body()).contains(username);
        assertThat(nodes.first
                        .getBean(JdbcTemplate.class)
                        .queryForObject(
                                "SELECT COUNT(*) FROM spring_session WHERE principal_name = ?",
                                Integer.class,
                                username))
                .as("the session is a row in the database, not in either node's memory")
                .isEqualTo(1);

        assertThat(browser.post(b + "/logout", Map.of()).location()).isEqualTo("/login?logout");
        assertThat(browser.get(a + "/campaigns").location())
                .as("signed out on one node is signed out on all")
                .endsWith("/login");
    }

    @Test
    void aPasswordChangedOnOneNodeEndsTheSessionsOnTheOther() throws Exception {
        String username = uniqueName("revoke");
        String oneTime = newLeader(username);
        nodes.first.getBean(UserAccounts.class).changePassword(username, oneTime, "Two-Nodes-Pass-6");
        WebClient office = new WebClient();
        WebClient home = new WebClient();
        assertThat(signIn(office, a, username, "Two-Nodes-Pass-6").location()).isEqualTo("/");
        assertThat(signIn(home, b, username, "Two-Nodes-Pass-6").location()).isEqualTo("/");
        assertThat(office.get(b + "/campaigns").status()).isEqualTo(200);
        Thread.sleep(5);

        home.get(b + "/account/password");
        WebClient.Answer changed = home.post(
                b + "/account/password",
                Map.of(
                        "currentPassword",
                        "Two-Nodes-Pass-6",
                        "newPassword",
                        "Two-Nodes-Pass-7",
                        "confirmPassword",
                        "Two-Nodes-Pass-7"));
        assertThat(changed.location()).isEqualTo("/");

        assertThat(office.get(a + "/campaigns").location())
                .as("the office session ends on whichever node it next asks")
                .isEqualTo("/login?expired");
        assertThat(home.get(a + "/campaigns").status())
                .as("the session that changed the password carries on")
                .isEqualTo(200);
    }

    @Test
    void failedSignInsCountAcrossNodesAndTheLockHoldsOnBoth() throws Exception {
        String username = uniqueName("lockout");
        String oneTime = newLeader(username);
        nodes.first.getBean(UserAccounts.class).changePassword(username, oneTime, "Two-Nodes-Pass-8");
        WebClient attacker = new WebClient();
        int limit = Integer.parseInt(LOCK_AFTER);
        for (int i = 0; i < limit; i++) {
            String node = i % 2 == 0 ? a : b;
            assertThat(signIn(attacker, node, username, "wrong-" + i).location())
                    .isEqualTo("/login?error");
        }
        for (String node : List.of(a, b)) {
            WebClient owner = new WebClient();
            assertThat(signIn(owner, node, username, "Two-Nodes-Pass-8").location())
                    .as("locked on %s after failures spread over both nodes", node)
                    .isEqualTo("/login?error");
            assertThat(owner.get(node + "/campaigns").location()).endsWith("/login");
        }
    }

    @Test
    void aScheduledJobRunsOnOneNodeOnlyWhenBothTryAtOnce() throws Exception {
        Runnable onFirst = scheduled(nodes.first, "verifyChain");
        Runnable onSecond = scheduled(nodes.second, "verifyChain");
        double before = verifications(nodes.first) + verifications(nodes.second);

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs =
                    List.of(pool.submit(() -> await(go, onFirst)), pool.submit(() -> await(go, onSecond)));
            go.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        onSecond.run();
        onFirst.run();

        assertThat(verifications(nodes.first) + verifications(nodes.second) - before)
                .as("four attempts on two nodes within the lock's minimum hold: one run")
                .isEqualTo(1.0);
        assertThat(nodes.second
                        .getBean(JdbcTemplate.class)
                        .queryForObject(
                                "SELECT COUNT(*) FROM shedlock WHERE name = 'audit-chain-verification'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void metricsAreServedOnTheManagementPortOnly() throws Exception {
        WebClient prometheus = new WebClient();
        WebClient.Answer metrics = prometheus.get(TwoNodes.managementUrl(nodes.first) + "/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("qinglian_audit_chain_intact").contains("jvm_memory_used_bytes");
        assertThat(prometheus
                        .get(TwoNodes.managementUrl(nodes.first) + "/actuator/health")
                        .status())
                .isEqualTo(200);

        WebClient outsider = new WebClient();
        WebClient.Answer publicPort = outsider.get(a + "/actuator/prometheus");
        assertThat(publicPort.status())
                .as("the public port does not know the path")
                .isEqualTo(404);
        assertThat(publicPort.body()).doesNotContain("jvm_memory_used_bytes");
    }

    private static void await(CountDownLatch go, Runnable task) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        task.run();
    }

    /** The runnable the node's scheduler would run for the method: through the lock, as in production. */
    private static Runnable scheduled(ConfigurableApplicationContext node, String method) {
        for (ScheduledTaskHolder holder :
                node.getBeansOfType(ScheduledTaskHolder.class).values()) {
            for (ScheduledTask task : holder.getScheduledTasks()) {
                if (task.getTask().getRunnable().toString().endsWith("." + method)) {
                    return task.getTask().getRunnable();
                }
            }
        }
        throw new AssertionError("no scheduled task " + method);
    }

    private static double verifications(ConfigurableApplicationContext node) {
        var counter = node.getBean(MeterRegistry.class)
                .find("qinglian.audit.chain.verifications")
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
