package com.qinglian.notification.internal;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbound channels, each off until configured, and the scheduler that runs reminders and retries. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
@EnableScheduling
class NotificationConfiguration {

    @Bean
    EmailChannel emailChannel(NotificationProperties properties) {
        return new EmailChannel(properties.mail());
    }

    @Bean
    WebhookChannel webhookChannel(NotificationProperties properties, Clock clock) {
        return new WebhookChannel(properties.webhook(), clock);
    }
}
