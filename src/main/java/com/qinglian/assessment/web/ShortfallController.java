package com.qinglian.assessment.web;

import com.qinglian.assessment.EvidenceShortfalls;
import com.qinglian.campaign.Campaigns;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The organisers' view of a campaign's evidence against the confirmed expectations: units short per item. */
@Controller
class ShortfallController {

    private final EvidenceShortfalls shortfalls;
    private final Campaigns campaigns;

    ShortfallController(EvidenceShortfalls shortfalls, Campaigns campaigns) {
        this.shortfalls = shortfalls;
        this.campaigns = campaigns;
    }

    @GetMapping("/campaigns/{campaign}/expectations")
    String shortfalls(@PathVariable String campaign, Model model) {
        model.addAttribute("campaign", campaigns.get(campaign));
        model.addAttribute("lines", shortfalls.of(campaign));
        return "assessment/shortfalls";
    }
}
