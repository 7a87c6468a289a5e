package com.qinglian.notification;

import com.qinglian.notification.internal.NotificationRepository;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.UnitAccess;
import com.qinglian.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications (站内消息). Guarantees: a user reads and marks only their own notifications (another
 * user's id answers 404); messages to a unit reach every active reporter of that unit.
 */
@Service
public class Notifications {

    static final int LIST_LIMIT = 200;

    private final NotificationRepository repository;
    private final Clock clock;

    Notifications(NotificationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Notifies every reporter of a unit; returns how many users got it. */
    @Transactional
    public int toUnit(
            String unitCode, NotificationKind kind, String campaignCode, List<String> args, String note, String link) {
        return repository.insertForUnit(unitCode, kind, campaignCode, args, note, link, clock.instant());
    }

    /** Notifies every reporter of every participant of a campaign; {@code {unit}} in the link is their unit. */
    @Transactional
    public int toParticipants(String campaignCode, NotificationKind kind, List<String> args, String linkPattern) {
        return repository.insertForParticipants(campaignCode, kind, args, linkPattern, clock.instant());
    }

    /** Notifies every organiser (ADMIN), e.g. of appeals waiting. */
    @Transactional
    public int toOrganisers(NotificationKind kind, String campaignCode, List<String> args, String link) {
        return repository.insertForRole("ADMIN", kind, campaignCode, args, link, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<Notification> mine() {
        return repository.forRecipient(me().getUsername(), LIST_LIMIT);
    }

    /** The signed-in user's unread count; 0 for anonymous visitors. */
    @Transactional(readOnly = true)
    public int unreadCount() {
        CurrentUser user = UnitAccess.current();
        return user == null ? 0 : repository.unreadCount(user.getUsername());
    }

    /** Marks one of the signed-in user's notifications read; returns its link. */
    @Transactional
    public String markRead(long id) {
        String me = me().getUsername();
        if (!repository.exists(me, id)) {
            throw new NotFoundException("no notification " + id);
        }
        repository.markRead(me, id, clock.instant());
        return repository.forRecipient(me, LIST_LIMIT).stream()
                .filter(n -> n.id() == id)
                .map(Notification::link)
                .findFirst()
                .orElse(null);
    }

    @Transactional
    public int markAllRead() {
        return repository.markAllRead(me().getUsername(), clock.instant());
    }

    private static CurrentUser me() {
        CurrentUser user = UnitAccess.current();
        if (user == null) {
            throw new NotFoundException("not signed in");
        }
        return user;
    }
}
