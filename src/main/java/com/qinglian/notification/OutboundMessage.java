package com.qinglian.notification;

/**
 * A message for an outbound channel.
 *
 * @param recipient an e-mail address for {@link ChannelKind#EMAIL}; the configured group for webhooks
 */
public record OutboundMessage(String recipient, String subject, String body) {}
