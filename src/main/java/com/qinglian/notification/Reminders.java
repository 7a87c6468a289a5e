package com.qinglian.notification;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.notification.internal.ReminderRepository;
import com.qinglian.notification.internal.ReminderRepository.Candidate;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders (催办) to units that have not submitted their self-assessment. Guarantees: only participants
 * that have not submitted are reminded, only while the campaign is in self-assessment; every reporter of a
 * reminded unit gets an in-app message; e-mail and the group robot are used when configured; the action is
 * audited.
 */
@Service
public class Reminders {

    static final Locale OUTBOUND = Locale.SIMPLIFIED_CHINESE;

    private final ReminderRepository repository;
    private final Campaigns campaigns;
    private final Notifications notifications;
    private final Deliveries deliveries;
    private final MessageSource messages;
    private final AuditTrail audit;

    Reminders(
            ReminderRepository repository,
            Campaigns campaigns,
            Notifications notifications,
            Deliveries deliveries,
            MessageSource messages,
            AuditTrail audit) {
        this.repository = repository;
        this.campaigns = campaigns;
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.messages = messages;
        this.audit = audit;
    }

    /** A participant that has not submitted, and whether its deadline has passed. */
    public record Pending(String unitCode, String unitName, String unitType, String status, boolean hasEmail) {}

    /** Participants that have not submitted yet, by unit type and code. */
    @Transactional(readOnly = true)
    public List<Pending> pending(String campaignCode) {
        campaigns.get(campaignCode);
        return repository.candidates(campaignCode).stream()
                .filter(c -> !c.submitted())
                .map(c -> new Pending(
                        c.unitCode(),
                        c.unitName(),
                        c.unitType(),
                        c.status() == null ? "NONE" : c.status(),
                        c.email() != null && !c.email().isBlank()))
                .toList();
    }

    /** What a reminder reached. */
    public record Outcome(int units, int recipients, int emails, boolean webhook) implements Serializable {}

    /**
     * Reminds the chosen units, or every unit that has not submitted when {@code all} is set, in one action.
     *
     * @throws InputRejectedException when no unit is chosen, or a chosen unit is no participant or has submitted
     */
    @Transactional
    public Outcome remind(String campaignCode, Collection<String> unitCodes, boolean all, String note) {
        Campaign campaign = campaigns.get(campaignCode);
        if (campaign.status() != CampaignStatus.SELF_ASSESSMENT) {
            throw new ConflictException("campaign " + campaignCode + " is not in self-assessment");
        }
        Map<String, Candidate> byCode = repository.candidates(campaignCode).stream()
                .collect(Collectors.toMap(Candidate::unitCode, Function.identity()));
        Set<String> chosen = new LinkedHashSet<>();
        List<InputProblem> problems = new ArrayList<>();
        if (all) {
            byCode.values().stream()
                    .filter(c -> !c.submitted())
                    .map(Candidate::unitCode)
                    .sorted()
                    .forEach(chosen::add);
        } else if (unitCodes != null) {
            for (String code : unitCodes) {
                Candidate candidate = byCode.get(code);
                if (candidate == null) {
                    problems.add(InputProblem.of(0, "units", "reminder.error.notParticipant", code));
                } else if (candidate.submitted()) {
                    problems.add(InputProblem.of(0, "units", "reminder.error.submitted", candidate.unitName()));
                } else {
                    chosen.add(code);
                }
            }
        }
        if (chosen.isEmpty() && problems.isEmpty()) {
            problems.add(InputProblem.of(0, "units", "reminder.error.noUnits"));
        }
        InputRejectedException.throwIfAny(problems);
        String text = note == null || note.isBlank() ? null : note.strip();
        LocalDate deadline = campaign.deadlines().selfAssessment();
        List<String> args = List.of(campaign.name(), deadline == null ? "" : deadline.toString());
        int recipients = 0;
        int emails = 0;
        for (String code : chosen) {
            recipients += notifications.toUnit(
                    code, NotificationKind.REMINDER, campaignCode, args, text, link(campaignCode, code));
            Candidate unit = byCode.get(code);
            if (unit.email() != null
                    && !unit.email().isBlank()
                    && deliveries.queue(ChannelKind.EMAIL, mail(unit, NotificationKind.REMINDER, args, text))) {
                emails++;
            }
        }
        boolean webhook = deliveries.queue(
                ChannelKind.WEBHOOK,
                group(
                        NotificationKind.REMINDER,
                        args,
                        text,
                        chosen.stream().map(c -> byCode.get(c).unitName()).toList()));
        audit.record(
                AuditEvent.of(AuditActions.REMIND, "campaign", campaignCode, null, Map.of("units", List.copyOf(chosen)))
                        .withReason(text));
        return new Outcome(chosen.size(), recipients, emails, webhook);
    }

    /** Sends the deadline reminder to one unit unless it went out already; returns whether it was sent now. */
    @Transactional
    public boolean remindOfDeadline(
            Campaign campaign, Candidate unit, LocalDate deadline, long daysLeft, java.time.Instant now) {
        if (!repository.recordSent(campaign.code(), unit.unitCode(), "SELF_ASSESSMENT", deadline, now)) {
            return false;
        }
        List<String> args = List.of(campaign.name(), deadline.toString(), String.valueOf(daysLeft));
        notifications.toUnit(
                unit.unitCode(),
                NotificationKind.DEADLINE_APPROACHING,
                campaign.code(),
                args,
                null,
                link(campaign.code(), unit.unitCode()));
        if (unit.email() != null && !unit.email().isBlank()) {
            deliveries.queue(ChannelKind.EMAIL, mail(unit, NotificationKind.DEADLINE_APPROACHING, args, null));
        }
        return true;
    }

    /** One group-robot message naming the units that were just reminded of a deadline. */
    @Transactional
    public void announceDeadline(Campaign campaign, LocalDate deadline, long daysLeft, List<String> unitNames) {
        if (unitNames.isEmpty()) {
            return;
        }
        List<String> args = List.of(campaign.name(), deadline.toString(), String.valueOf(daysLeft));
        deliveries.queue(ChannelKind.WEBHOOK, group(NotificationKind.DEADLINE_APPROACHING, args, null, unitNames));
    }

    private OutboundMessage mail(Candidate unit, NotificationKind kind, List<String> args, String note) {
        String subject = messages.getMessage("notification.subject." + kind.name(), args.toArray(), OUTBOUND);
        String body = unit.unitName() + ":\n\n"
                + messages.getMessage("notification.kind." + kind.name(), args.toArray(), OUTBOUND)
                + (note == null ? "" : "\n\n" + note)
                + "\n\n" + messages.getMessage("notification.signature", null, OUTBOUND);
        return new OutboundMessage(unit.email().strip(), subject, body);
    }

    private OutboundMessage group(NotificationKind kind, List<String> args, String note, List<String> unitNames) {
        String subject = messages.getMessage("notification.subject." + kind.name(), args.toArray(), OUTBOUND);
        String body = messages.getMessage("notification.group.units", new Object[] {unitNames.size()}, OUTBOUND)
                + String.join("、", unitNames)
                + (note == null ? "" : "\n" + note);
        return new OutboundMessage("group", subject, body);
    }

    static String link(String campaignCode, String unitCode) {
        return "/campaigns/" + campaignCode + "/units/" + unitCode + "/self-assessment";
    }
}
