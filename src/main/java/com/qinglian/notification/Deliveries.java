package com.qinglian.notification;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.notification.internal.DeliveryRepository;
import com.qinglian.notification.internal.NotificationProperties;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outbound messages. Guarantees: a message is queued in the transaction of the change that caused it and
 * sent after; a failed attempt is retried with growing waits, and after the last attempt the message is
 * marked failed and listed for the organiser, who may send it again; nothing is dropped silently. Each
 * delivery is claimed by one node before it is sent, so several nodes never send it twice.
 */
@Service
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    private static final int BATCH = 100;

    private final DeliveryRepository repository;
    private final Map<ChannelKind, OutboundChannel> channels = new EnumMap<>(ChannelKind.class);
    private final NotificationProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    Deliveries(
            DeliveryRepository repository,
            List<OutboundChannel> channels,
            NotificationProperties properties,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        channels.forEach(c -> this.channels.put(c.kind(), c));
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether a channel is configured; messages for a channel that is off are not queued at all. */
    public boolean enabled(ChannelKind kind) {
        return Optional.ofNullable(channels.get(kind))
                .map(OutboundChannel::enabled)
                .orElse(false);
    }

    /** Queues a message when its channel is on; returns whether it was queued. */
    @Transactional
    public boolean queue(ChannelKind kind, OutboundMessage message) {
        if (!enabled(kind)) {
            return false;
        }
        repository.insert(kind, message, clock.instant());
        return true;
    }

    /** Sends every delivery that is due, one at a time; returns how many were sent. */
    public int deliverDue() {
        int sent = 0;
        for (Long id : repository.due(clock.instant(), BATCH)) {
            if (repository.claim(id, clock.instant()) && attempt(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean attempt(long id) {
        Delivery delivery = repository.find(id).orElseThrow();
        OutboundChannel channel = channels.get(delivery.channel());
        try {
            if (channel == null || !channel.enabled()) {
                throw new DeliveryFailedException(delivery.channel() + " is not configured");
            }
            channel.send(new OutboundMessage(delivery.recipient(), delivery.subject(), delivery.body()));
            repository.markSent(id, clock.instant());
            return true;
        } catch (RuntimeException e) {
            int attempts = delivery.attempts() + 1;
            Instant next = attempts >= properties.maxAttempts()
                    ? null
                    : clock.instant().plus(properties.backoff(attempts));
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            repository.markFailed(id, error, next);
            log.warn(
                    "Delivery {} by {} to {} failed (attempt {}): {}",
                    id,
                    delivery.channel(),
                    delivery.recipient(),
                    attempts,
                    error);
            return false;
        }
    }

    /** Puts a failed delivery back in the queue, due now; audited. */
    @Transactional
    public void retry(long id) {
        Delivery delivery = repository.find(id).orElseThrow(() -> new NotFoundException("no delivery " + id));
        if (!repository.requeue(id, clock.instant())) {
            throw new ConflictException("delivery " + id + " has not failed");
        }
        audit.record(AuditEvent.of(
                AuditActions.RETRY,
                "delivery",
                String.valueOf(id),
                Map.of("status", delivery.status()),
                Map.of("status", Delivery.Status.PENDING)));
    }

    public List<Delivery> recent() {
        return repository.recent(200);
    }

    public int failedCount() {
        return repository.failedCount();
    }
}
