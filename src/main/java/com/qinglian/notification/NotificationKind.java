package com.qinglian.notification;

/**
 * What a notification is about. The text is the message {@code notification.kind.<NAME>}, filled with the
 * notification's arguments in the reader's language.
 */
public enum NotificationKind {
    /** {0} campaign name, {1} deadline, {2} days left. */
    DEADLINE_APPROACHING,
    /** {0} campaign name, {1} deadline (or empty); the organiser's note travels along. */
    REMINDER,
    /** {0} campaign name, {1} number of items, {2} reason. */
    ITEMS_RETURNED,
    /** {0} campaign name. */
    PUBLICITY_OPENED,
    /** {0} campaign name, {1} decision. */
    APPEAL_DECIDED,
    /** {0} campaign name, {1} number of appeals waiting. */
    APPEALS_WAITING
}
