package com.qinglian.notification.internal;

import com.qinglian.notification.Deliveries;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends due outbound messages and retries failed ones, on every node; each delivery is claimed before sending. */
@Component
class DeliveryJob {

    private final Deliveries deliveries;

    DeliveryJob(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Scheduled(
            fixedDelayString = "${qinglian.notification.delivery-interval:PT30S}",
            initialDelayString = "${qinglian.notification.delivery-interval:PT30S}")
    void deliver() {
        deliveries.deliverDue();
    }
}
