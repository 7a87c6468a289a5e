package com.qinglian.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.qinglian.notification.DeliveryFailedException;
import com.qinglian.notification.OutboundMessage;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbound channels against real servers started in this JVM: an SMTP server (GreenMail) and a small
 * HTTP server playing a 钉钉-style group robot.
 */
class OutboundChannelsTest {

    private GreenMail smtp;
    private HttpServer robot;

    @AfterEach
    void stopServers() {
        if (smtp != null) {
            smtp.stop();
        }
        if (robot != null) {
            robot.stop(0);
        }
    }

    @Test
    void emailArrivesWithChineseSubjectAndBody() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        int port = smtp.getSmtp().getPort();
        EmailChannel channel = new EmailChannel(
                new NotificationProperties.Mail("127.0.0.1", port, null, null, "qinglian@example.gov.cn", false));

        channel.send(new OutboundMessage("lly@example.gov.cn", "【清廉评价】催办:自评尚未提交", "区财政局:\n请尽快提交。"));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("【清廉评价】催办:自评尚未提交");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("lly@example.gov.cn");
        assertThat(GreenMailUtil.getBody(received[0])).isNotEmpty();
        assertThat(received[0].getContent().toString()).contains("区财政局", "请尽快提交。");
    }

    @Test
    void emailToAServerThatIsDownFailsWithTheReason() {
        EmailChannel channel = new EmailChannel(
                new NotificationProperties.Mail("127.0.0.1", freePort(), null, null, "qinglian@example.gov.cn", false));

        assertThatThrownBy(() -> channel.send(new OutboundMessage("lly@example.gov.cn", "主题", "正文")))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageStartingWith("SMTP:");
    }

    @Test
    void unconfiguredChannelsAreOffAndRefuseToSend() {
        EmailChannel mail = new EmailChannel(new NotificationProperties.Mail("", 25, null, null, "", false));
        WebhookChannel webhook = new WebhookChannel(new NotificationProperties.Webhook(" ", null), Clock.systemUTC());

        assertThat(mail.enabled()).isFalse();
        assertThat(webhook.enabled()).isFalse();
        assertThatThrownBy(() -> webhook.send(new OutboundMessage("group", "主题", "正文")))
                .isInstanceOf(DeliveryFailedException.class);
    }

    @Test
    void webhookPostsSignedJsonTextAndChecksTheRobotsAnswer() throws IOException {
        List<String> bodies = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        AtomicInteger errcode = new AtomicInteger(0);
        robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robot.createContext("/robot/send", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            queries.add(exchange.getRequestURI().getRawQuery());
            byte[] answer = ("{\"errcode\":" + errcode.get() + ",\"errmsg\":\"ok\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        robot.start();
        String url = "http://127.0.0.1:" + robot.getAddress().getPort() + "/robot/send?access_token=abc";
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
        WebhookChannel channel = new WebhookChannel(new NotificationProperties.Webhook(url, "SEC123"), clock);

        channel.send(new OutboundMessage("group", "【清廉评价】催办", "以下 2 个单位:区财政局、\"梧田\"站"));

        assertThat(bodies).hasSize(1);
        assertThat(bodies.get(0))
                .isEqualTo("{\"msgtype\":\"text\",\"text\":{\"content\":\"【清廉评价】催办\\n以下 2 个单位:区财政局、\\\"梧田\\\"站\"}}");
        assertThat(queries.get(0)).matches("access_token=abc&timestamp=" + clock.millis() + "&sign=[A-Za-z0-9%]{40,}");

        errcode.set(310000);
        assertThatThrownBy(() -> channel.send(new OutboundMessage("group", "主题", "正文")))
                .as("the robot refused the message (e.g. a wrong signature)")
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("310000");
    }

    @Test
    void webhookAnsweringAnHttpErrorFails() throws IOException {
        robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robot.createContext("/", exchange -> {
            exchange.sendResponseHeaders(502, -1);
            exchange.close();
        });
        robot.start();
        WebhookChannel channel = new WebhookChannel(
                new NotificationProperties.Webhook(
                        "http://127.0.0.1:" + robot.getAddress().getPort() + "/", null),
                Clock.systemUTC());

        assertThatThrownBy(() -> channel.send(new OutboundMessage("group", "主题", "正文")))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("HTTP 502");
    }

    @Test
    void backoffDoublesUpToAnHour() {
        NotificationProperties properties =
                new NotificationProperties(3, 5, java.time.Duration.ofMinutes(1), null, null);
        assertThat(properties.backoff(1)).hasMinutes(1);
        assertThat(properties.backoff(2)).hasMinutes(2);
        assertThat(properties.backoff(3)).hasMinutes(4);
        assertThat(properties.backoff(12)).hasHours(1);
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
