package com.qinglian.notification;

import java.time.Instant;

/** One outbound message and how its delivery went. */
public record Delivery(
        long id,
        ChannelKind channel,
        String recipient,
        String subject,
        String body,
        Status status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt) {

    /** PENDING waits for its next attempt; SENDING is claimed by one node; FAILED gave up and needs a person. */
    public enum Status {
        PENDING,
        SENDING,
        SENT,
        FAILED
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
