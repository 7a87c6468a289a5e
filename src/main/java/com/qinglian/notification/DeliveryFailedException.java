package com.qinglian.notification;

/** An outbound message did not arrive; the message says why, for the organiser's list of failed deliveries. */
public class DeliveryFailedException extends RuntimeException {

    public DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public DeliveryFailedException(String message) {
        super(message);
    }
}
