package com.qinglian.results.web;

import com.qinglian.results.UnitResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A unit's own published result, and the public notice page of a campaign (no sign-in, opt-in). */
@Controller
class UnitResultController {

    private final UnitResults unitResults;

    UnitResultController(UnitResults unitResults) {
        this.unitResults = unitResults;
    }

    @GetMapping("/campaigns/{campaign}/units/{unit}/result")
    String result(@PathVariable String campaign, @PathVariable String unit, Model model) {
        model.addAttribute("result", unitResults.of(campaign, unit));
        return "results/unit";
    }

    @GetMapping("/public/campaigns/{campaign}/notice")
    String notice(@PathVariable String campaign, Model model) {
        model.addAttribute("notice", unitResults.notice(campaign));
        return "results/notice";
    }
}
