package com.qinglian.notification.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of reminders and outbound channels ({@code qinglian.notification.*}); every channel is off
 * until its address is set.
 *
 * @param reminderDays how many days before a deadline the reminder goes out
 * @param maxAttempts attempts per outbound message before it is marked failed for the organiser
 * @param retryInterval wait after the first failed attempt; doubled after each further one (at most 1 h)
 */
@ConfigurationProperties("qinglian.notification")
public record NotificationProperties(
        int reminderDays, int maxAttempts, Duration retryInterval, Mail mail, Webhook webhook) {

    public NotificationProperties {
        reminderDays = reminderDays <= 0 ? 3 : reminderDays;
        maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
        retryInterval = retryInterval == null ? Duration.ofMinutes(1) : retryInterval;
        mail = mail == null ? new Mail(null, 25, null, null, null, false) : mail;
        webhook = webhook == null ? new Webhook(null, null) : webhook;
    }

    /** SMTP server and sender; e-mail is off while host or from is empty. */
    public record Mail(String host, int port, String username, String password, String from, boolean starttls) {
        public boolean configured() {
            return host != null && !host.isBlank() && from != null && !from.isBlank();
        }
    }

    /** Group robot address, and the robot's signing secret if it has one (钉钉 “加签”). */
    public record Webhook(String url, String secret) {
        public boolean configured() {
            return url != null && !url.isBlank();
        }
    }

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failures. */
    public Duration backoff(int attempts) {
        Duration wait = retryInterval.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 10));
        return wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait;
    }
}
