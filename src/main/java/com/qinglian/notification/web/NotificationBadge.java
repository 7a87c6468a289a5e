package com.qinglian.notification.web;

import com.qinglian.notification.Notifications;
import org.springframework.stereotype.Component;

/** The unread count in the page header, asked for by the layout only when it renders a full page. */
@Component("notificationBadge")
class NotificationBadge {

    private final Notifications notifications;

    NotificationBadge(Notifications notifications) {
        this.notifications = notifications;
    }

    public int unread() {
        return notifications.unreadCount();
    }
}
