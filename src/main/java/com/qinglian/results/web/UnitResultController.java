package com.qinglian.results.web;

import com.qinglian.campaign.Campaigns;
import com.qinglian.results.ExplanationWords;
import com.qinglian.results.UnitResult;
import com.qinglian.results.UnitResults;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A unit's own published result, and the public notice page of a campaign (no sign-in, opt-in). */
@Controller
class UnitResultController {

    private final UnitResults unitResults;
    private final Campaigns campaigns;
    private final MessageSource messages;

    UnitResultController(UnitResults unitResults, Campaigns campaigns, MessageSource messages) {
        this.unitResults = unitResults;
        this.campaigns = campaigns;
        this.messages = messages;
    }

    @GetMapping("/campaigns/{campaign}/units/{unit}/result")
    String result(@PathVariable String campaign, @PathVariable String unit, Locale locale, Model model) {
        UnitResult result = unitResults.of(campaign, unit);
        model.addAttribute("result", result);
        // the engine's details (its stored English formulas) in the reader's language; gates name facts and nodes
        // by their titles, so the rubric is read only where there are lines to say
        model.addAttribute(
                "words",
                result.adjustments().isEmpty()
                        ? new ExplanationWords(messages, locale, null)
                        : ExplanationWords.of(messages, locale, campaigns.rubric(result.campaign())));
        return "results/unit";
    }

    @GetMapping("/public/campaigns/{campaign}/notice")
    String notice(@PathVariable String campaign, Model model) {
        model.addAttribute("notice", unitResults.notice(campaign));
        return "results/notice";
    }
}
