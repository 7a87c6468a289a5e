package com.qinglian.notification;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static com.qinglian.security.SecurityFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.security.Role;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A reminder leaves the application by e-mail (to an SMTP server started in this JVM) and to a group robot
 * (a small HTTP server); a robot that keeps failing makes the delivery fail after the configured attempts,
 * the organiser sees it and sends it again once the robot is back.
 */
@DatabaseTest
class OutboundDeliveryIntegrationTest {

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final List<String> ROBOT_BODIES = new CopyOnWriteArrayList<>();
    private static final AtomicInteger ROBOT_STATUS = new AtomicInteger(200);
    private static final HttpServer ROBOT = robot();

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        SMTP.start();
        ROBOT.start();
        registry.add("qinglian.notification.mail.host", () -> "127.0.0.1");
        registry.add("qinglian.notification.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("qinglian.notification.mail.from", () -> "qinglian@example.gov.cn");
        registry.add(
                "qinglian.notification.webhook.url",
                () -> "http://127.0.0.1:" + ROBOT.getAddress().getPort() + "/send");
        registry.add("qinglian.notification.max-attempts", () -> "2");
        registry.add("qinglian.notification.retry-interval", () -> "PT0S");
    }

    @AfterAll
    static void stopServers() {
        SMTP.stop();
        ROBOT.stop(0);
    }

    private static HttpServer robot() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/send", exchange -> {
                ROBOT_BODIES.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] answer = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(ROBOT_STATUS.get(), answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    Reminders reminders;

    @Autowired
    Deliveries deliveries;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void remindersGoOutByMailAndRobotAndAFailedDeliveryIsShownAndSentAgain() throws Exception {
        String unit = UnitFixtures.uniqueCode("OD");
        units.create(UnitFixtures.anAgency(unit));
        jdbc.sql("UPDATE unit SET contact_email = ? WHERE code = ?")
                .params(unit.toLowerCase() + "@example.gov.cn", unit)
                .update();
        String campaign = CampaignFixtures.uniqueCode();
        campaigns.create(CampaignFixtures.seedCampaign(campaign), List.of(unit));
        campaigns.move(campaign, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        var admin = signedIn("admin", Role.ADMIN, null);
        assertThat(deliveries.enabled(ChannelKind.EMAIL)).isTrue();
        assertThat(deliveries.enabled(ChannelKind.WEBHOOK)).isTrue();

        Reminders.Outcome outcome = uploadAs(admin, () -> reminders.remind(campaign, List.of(unit), false, null));
        assertThat(outcome.emails()).isEqualTo(1);
        assertThat(outcome.webhook()).isTrue();
        deliveries.deliverDue();

        MimeMessage mail = List.of(SMTP.getReceivedMessages()).stream()
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().startsWith(unit.toLowerCase());
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow();
        assertThat(mail.getSubject()).startsWith("【清廉评价】催办:");
        assertThat(mail.getContent().toString())
                .contains(UnitFixtures.anAgency(unit).name(), "自评尚未提交");
        assertThat(ROBOT_BODIES)
                .anySatisfy(body -> assertThat(body)
                        .contains(
                                "\"msgtype\":\"text\"",
                                UnitFixtures.anAgency(unit).name()));

        ROBOT_STATUS.set(500);
        uploadAs(admin, () -> reminders.remind(campaign, List.of(unit), false, "第二次催办"));
        deliveries.deliverDue();
        deliveries.deliverDue();
        Delivery failed = deliveries.recent().stream()
                .filter(d -> d.channel() == ChannelKind.WEBHOOK && d.body().contains("第二次催办"))
                .findFirst()
                .orElseThrow();
        assertThat(failed.status()).isEqualTo(Delivery.Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastError()).contains("HTTP 500");
        assertThat(deliveries.failedCount()).isPositive();
        String page = mvc.perform(get("/notifications/deliveries").with(user(anAdministrator())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("发送失败", "HTTP 500", "重新发送");

        ROBOT_STATUS.set(200);
        mvc.perform(post("/notifications/deliveries/" + failed.id() + "/retry")
                .with(csrf())
                .with(user(anAdministrator())));
        Delivery resent = deliveries.recent().stream()
                .filter(d -> d.id() == failed.id())
                .findFirst()
                .orElseThrow();
        assertThat(resent.status()).isEqualTo(Delivery.Status.SENT);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'RETRY' AND entity_id = ?")
                        .param(String.valueOf(failed.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
