package com.qinglian.notification.web;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.notification.ChannelKind;
import com.qinglian.notification.Deliveries;
import com.qinglian.notification.Reminders;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.web.ProblemMessages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organiser's reminders (催办): choose units that have not submitted and remind them in one action. */
@Controller
class ReminderController {

    private final Reminders reminders;
    private final Deliveries deliveries;
    private final Campaigns campaigns;
    private final ProblemMessages messages;
    private final Clock clock;

    ReminderController(
            Reminders reminders, Deliveries deliveries, Campaigns campaigns, ProblemMessages messages, Clock clock) {
        this.reminders = reminders;
        this.deliveries = deliveries;
        this.campaigns = campaigns;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/campaigns/{campaign}/reminders")
    String form(@PathVariable String campaign, Model model) {
        Campaign c = campaigns.get(campaign);
        LocalDate deadline = c.deadlines().selfAssessment();
        model.addAttribute("campaign", c);
        model.addAttribute("pending", reminders.pending(campaign));
        model.addAttribute("overdue", deadline != null && LocalDate.now(clock).isAfter(deadline));
        model.addAttribute("open", c.status() == CampaignStatus.SELF_ASSESSMENT);
        model.addAttribute("emailOn", deliveries.enabled(ChannelKind.EMAIL));
        model.addAttribute("webhookOn", deliveries.enabled(ChannelKind.WEBHOOK));
        return "notification/reminders";
    }

    @PostMapping("/campaigns/{campaign}/reminders")
    String remind(
            @PathVariable String campaign,
            @RequestParam(required = false) List<String> units,
            @RequestParam(defaultValue = "selected") String scope,
            @RequestParam(required = false) String note,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            Reminders.Outcome outcome = reminders.remind(campaign, units, "all".equals(scope), note);
            deliveries.deliverDue();
            redirect.addFlashAttribute("reminded", outcome);
            redirect.addFlashAttribute("success", "reminder.sent");
            return "redirect:/campaigns/" + campaign + "/reminders";
        } catch (InputRejectedException e) {
            model.addAttribute("problems", messages.byField(e.problems(), locale));
            model.addAttribute("note", note);
            return form(campaign, model);
        }
    }
}
