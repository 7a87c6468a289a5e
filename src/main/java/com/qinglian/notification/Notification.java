package com.qinglian.notification;

import java.time.Instant;
import java.util.List;

/** One in-app message to one user; unread until {@code readAt} is set. */
public record Notification(
        long id,
        NotificationKind kind,
        String campaignCode,
        String unitCode,
        List<String> args,
        String note,
        String link,
        Instant createdAt,
        Instant readAt) {

    public Notification {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public boolean unread() {
        return readAt == null;
    }

    public String messageKey() {
        return "notification.kind." + kind.name();
    }

    public Object[] messageArgs() {
        return args.toArray();
    }
}
