package com.qinglian.notification.internal;

import com.qinglian.notification.ChannelKind;
import com.qinglian.notification.DeliveryFailedException;
import com.qinglian.notification.OutboundChannel;
import com.qinglian.notification.OutboundMessage;
import com.qinglian.shared.JsonText;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A group robot's webhook in the 钉钉 / 浙政钉 style: a JSON text message posted to one URL, signed with
 * the robot's secret when one is set (timestamp and HMAC-SHA256 in the query). The robot answers 200 with
 * {@code errcode} 0 when it accepted the message; anything else is a failed delivery.
 */
public class WebhookChannel implements OutboundChannel {

    private static final Pattern ERRCODE = Pattern.compile("\"errcode\"\\s*:\\s*(-?\\d+)");

    private final NotificationProperties.Webhook settings;
    private final Clock clock;
    private final HttpClient http;

    public WebhookChannel(NotificationProperties.Webhook settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WEBHOOK;
    }

    @Override
    public boolean enabled() {
        return settings.configured();
    }

    @Override
    public void send(OutboundMessage message) {
        if (!enabled()) {
            throw new DeliveryFailedException("webhook is not configured");
        }
        String json = "{\"msgtype\":\"text\",\"text\":{\"content\":"
                + JsonText.quote(message.subject() + "\n" + message.body()) + "}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(signedUrl()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryFailedException("webhook: " + EmailChannel.rootMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("webhook: interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new DeliveryFailedException(
                    "webhook: HTTP " + response.statusCode() + " " + shorten(response.body()));
        }
        Matcher errcode = ERRCODE.matcher(response.body() == null ? "" : response.body());
        if (errcode.find() && !"0".equals(errcode.group(1))) {
            throw new DeliveryFailedException("webhook: " + shorten(response.body()));
        }
    }

    private String signedUrl() {
        String url = settings.url().strip();
        if (settings.secret() == null || settings.secret().isBlank()) {
            return url;
        }
        long timestamp = clock.millis();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] sign = mac.doFinal((timestamp + "\n" + settings.secret()).getBytes(StandardCharsets.UTF_8));
            String encoded = URLEncoder.encode(Base64.getEncoder().encodeToString(sign), StandardCharsets.UTF_8);
            return url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign=" + encoded;
        } catch (GeneralSecurityException e) {
            throw new DeliveryFailedException("webhook: cannot sign", e);
        }
    }

    private static String shorten(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
