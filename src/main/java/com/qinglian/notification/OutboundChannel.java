package com.qinglian.notification;

/**
 * One way of sending messages out of the application. Each channel is off unless configured; a send that
 * does not reach its destination throws, and the caller retries it later.
 */
public interface OutboundChannel {

    ChannelKind kind();

    /** Whether the channel is configured; an unconfigured channel is never given a message. */
    boolean enabled();

    /** Sends one message, or throws {@link DeliveryFailedException} saying why it did not arrive. */
    void send(OutboundMessage message);
}
