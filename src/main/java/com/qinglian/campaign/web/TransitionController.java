package com.qinglian.campaign.web;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.campaign.PublicityWindow;
import com.qinglian.campaign.TransitionIssue;
import com.qinglian.campaign.TransitionRefusedException;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.NotFoundException;
import com.qinglian.shared.web.ProblemMessages;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Status moves: a confirmation page that shows what the checks say (units not submitted, incomplete or stale
 * results, open appeals) and asks for the reason, the override reason where needed and the publicity window.
 */
@Controller
class TransitionController {

    private final Campaigns campaigns;
    private final ProblemMessages messages;

    TransitionController(Campaigns campaigns, ProblemMessages messages) {
        this.campaigns = campaigns;
        this.messages = messages;
    }

    @GetMapping("/campaigns/{campaign}/transition")
    String confirm(@PathVariable("campaign") String code, @RequestParam String target, Model model) {
        Campaign campaign = campaigns.get(code);
        CampaignStatus to = status(target);
        if (!campaign.status().canMoveTo(to)) {
            throw new NotFoundException("no move from " + campaign.status() + " to " + to);
        }
        List<TransitionIssue> issues = campaigns.check(code, to);
        model.addAttribute("campaign", campaign);
        model.addAttribute("target", to);
        model.addAttribute(
                "forward", campaign.status().next().filter(to::equals).isPresent());
        model.addAttribute("issues", issues);
        model.addAttribute("blocked", issues.stream().anyMatch(i -> i.severity() == TransitionIssue.Severity.BLOCKING));
        model.addAttribute(
                "overridable", issues.stream().anyMatch(i -> i.severity() == TransitionIssue.Severity.OVERRIDABLE));
        model.addAttribute("window", campaigns.publicity(code).orElse(null));
        return "campaign/transition";
    }

    @PostMapping("/campaigns/{campaign}/status")
    String move(
            @PathVariable("campaign") String code,
            @RequestParam CampaignStatus target,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String override,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowStart,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowEnd,
            @RequestParam(defaultValue = "false") boolean publicNotice,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            if (target == CampaignStatus.PUBLICITY && campaigns.get(code).status() == CampaignStatus.REVIEW) {
                campaigns.openPublicity(
                        code, new PublicityWindow(windowStart, windowEnd, publicNotice), reason, override);
            } else {
                campaigns.move(code, target, reason, override);
            }
            redirect.addFlashAttribute("success", "campaign.moved");
            return "redirect:/campaigns/" + code;
        } catch (InputRejectedException e) {
            redirect.addFlashAttribute(
                    "problemText",
                    String.join(
                            ";",
                            messages.byRow(e.problems(), locale).stream()
                                    .map(ProblemMessages.Line::message)
                                    .toList()));
        } catch (TransitionRefusedException e) {
            redirect.addFlashAttribute("error", "campaign.guard.refused");
        }
        return "redirect:/campaigns/" + code + "/transition?target=" + target;
    }

    private static CampaignStatus status(String target) {
        try {
            return CampaignStatus.valueOf(target);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no status " + target);
        }
    }
}
