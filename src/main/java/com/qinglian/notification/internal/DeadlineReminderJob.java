package com.qinglian.notification.internal;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.notification.Reminders;
import com.qinglian.notification.internal.ReminderRepository.Candidate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds units that have not submitted when the self-assessment deadline is near (a configurable number
 * of days before). Each unit and deadline is reminded at most once, in a transaction of its own: the
 * sent-reminders table's unique key refuses a second row, so two nodes running the job at once (or one node
 * running it twice) cannot remind a unit twice.
 */
@Component
public class DeadlineReminderJob {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminderJob.class);

    private final Campaigns campaigns;
    private final ReminderRepository repository;
    private final Reminders reminders;
    private final NotificationProperties properties;
    private final Clock clock;

    DeadlineReminderJob(
            Campaigns campaigns,
            ReminderRepository repository,
            Reminders reminders,
            NotificationProperties properties,
            Clock clock) {
        this.campaigns = campaigns;
        this.repository = repository;
        this.reminders = reminders;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            cron = "${qinglian.notification.reminder-cron:0 0 8 * * *}",
            zone = "${qinglian.notification.zone:Asia/Shanghai}")
    @SchedulerLock(name = "deadline-reminders", lockAtMostFor = "PT30M")
    public void scheduled() {
        int sent = run();
        if (sent > 0) {
            log.info("Deadline reminders sent to {} units", sent);
        }
    }

    /** Reminds every unit whose deadline is near and that was not reminded of it yet; returns how many. */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (Campaign campaign : campaigns.list()) {
            LocalDate deadline = campaign.deadlines().selfAssessment();
            if (campaign.status() != CampaignStatus.SELF_ASSESSMENT
                    || deadline == null
                    || deadline.isBefore(today)
                    || deadline.isAfter(today.plusDays(properties.reminderDays()))) {
                continue;
            }
            long daysLeft = ChronoUnit.DAYS.between(today, deadline);
            List<String> reminded = new ArrayList<>();
            for (Candidate unit : repository.candidates(campaign.code())) {
                if (unit.submitted()) {
                    continue;
                }
                try {
                    if (reminders.remindOfDeadline(campaign, unit, deadline, daysLeft, clock.instant())) {
                        reminded.add(unit.unitName());
                    }
                } catch (DuplicateKeyException e) {
                    // Another node reminded this unit a moment ago: exactly what the unique key is for.
                }
            }
            reminders.announceDeadline(campaign, deadline, daysLeft, reminded);
            sent += reminded.size();
        }
        return sent;
    }
}
