package com.qinglian.assessment.web;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.Campaigns;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.UnitAccess;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The start page sends each role to its work: reporters to their unit's self-assessment. */
@Controller
class HomeController {

    private final Campaigns campaigns;

    HomeController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    /** A message flashed to the start page (e.g. after a password change) travels on to where it leads. */
    @GetMapping("/")
    String home(Model model, RedirectAttributes redirect) {
        if (model.getAttribute("success") instanceof String success) {
            redirect.addFlashAttribute("success", success);
        }
        CurrentUser user = UnitAccess.current();
        if (user == null) {
            return "redirect:/rubrics";
        }
        return switch (user.role()) {
            case ADMIN, LEADER -> "redirect:/campaigns";
            case AUDITOR -> "redirect:/audit";
            case EVALUATOR -> "redirect:/evaluations";
            case UNIT_REPORTER -> reporterHome(user);
        };
    }

    private String reporterHome(CurrentUser user) {
        List<Campaign> mine = campaigns.openedFor(user.unitCode());
        return mine.isEmpty()
                ? "redirect:/rubrics"
                : "redirect:/campaigns/" + mine.get(0).code() + "/units/" + user.unitCode() + "/self-assessment";
    }
}
