package com.qinglian.assessment.web;

import com.qinglian.assessment.AssessmentSheet;
import com.qinglian.assessment.ItemDraft;
import com.qinglian.assessment.ItemEditConflictException;
import com.qinglian.assessment.SelfAssessments;
import com.qinglian.security.UnitAccess;
import com.qinglian.shared.ImportRejectedException;
import com.qinglian.shared.NotFoundException;
import com.qinglian.shared.web.ProblemMessages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The self-assessment page of one unit: the unit's reporter answers item by item (saved as they go,
 * through htmx, or by plain form posts), submits, and sees returns; organisers and evaluators read it
 * and hand items back.
 */
@Controller
class SelfAssessmentController {

    private final SelfAssessments assessments;
    private final ProblemMessages messages;

    SelfAssessmentController(SelfAssessments assessments, ProblemMessages messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    /** A reporter's entry point: their unit's self-assessment in the given campaign. */
    @GetMapping("/campaigns/{campaign}/self-assessment")
    String mine(@PathVariable String campaign) {
        var user = UnitAccess.current();
        if (user == null || user.unitCode() == null) {
            throw new NotFoundException("no unit");
        }
        return "redirect:/campaigns/" + campaign + "/units/" + user.unitCode() + "/self-assessment";
    }

    @GetMapping("/campaigns/{campaign}/units/{unit}/self-assessment")
    String sheet(@PathVariable String campaign, @PathVariable String unit, Model model) {
        model.addAttribute("sheet", assessments.sheet(campaign, unit));
        return "assessment/sheet";
    }

    @PostMapping("/campaigns/{campaign}/units/{unit}/items/{item}")
    String save(
            @PathVariable String campaign,
            @PathVariable String unit,
            @PathVariable String item,
            @RequestParam(required = false) String selfScore,
            @RequestParam(required = false) String explanation,
            @RequestParam(required = false) String noEvidenceReason,
            @RequestParam(defaultValue = "-1") int version,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        String problem = null;
        boolean conflict = false;
        try {
            assessments.save(
                    campaign, unit, item, new ItemDraft(score(selfScore), explanation, noEvidenceReason), version);
        } catch (NumberFormatException e) {
            problem = messages.text("assessment.error.notANumber", locale);
        } catch (ImportRejectedException e) {
            problem = String.join(
                    ";",
                    messages.byRow(e.problems(), locale).stream()
                            .map(ProblemMessages.Line::message)
                            .toList());
        } catch (ItemEditConflictException e) {
            conflict = true;
        }
        if (htmx == null) {
            if (problem != null || conflict) {
                redirect.addFlashAttribute(
                        "problemText", conflict ? messages.text("assessment.error.conflict", locale) : problem);
            } else {
                redirect.addFlashAttribute("success", "assessment.saved");
            }
            return "redirect:/campaigns/" + campaign + "/units/" + unit + "/self-assessment#item-" + item;
        }
        AssessmentSheet sheet = assessments.sheet(campaign, unit);
        model.addAttribute("sheet", sheet);
        model.addAttribute(
                "entry",
                sheet.items().stream()
                        .filter(e -> e.item().code().equals(item))
                        .findFirst()
                        .orElseThrow());
        model.addAttribute("problem", problem);
        model.addAttribute("conflict", conflict);
        return "partials/assessment/item :: autosaved";
    }

    @PostMapping("/campaigns/{campaign}/units/{unit}/submit")
    String submit(
            @PathVariable String campaign, @PathVariable String unit, Locale locale, RedirectAttributes redirect) {
        try {
            assessments.submit(campaign, unit);
            redirect.addFlashAttribute("success", "assessment.submitted");
        } catch (ImportRejectedException e) {
            redirect.addFlashAttribute(
                    "incomplete", e.problems().stream().map(p -> p.column()).toList());
            redirect.addFlashAttribute(
                    "problemText",
                    messages.text(
                            "assessment.error.incompleteSummary",
                            locale,
                            e.problems().size()));
        }
        return "redirect:/campaigns/" + campaign + "/units/" + unit + "/self-assessment";
    }

    @PostMapping("/campaigns/{campaign}/units/{unit}/return")
    String returnItems(
            @PathVariable String campaign,
            @PathVariable String unit,
            @RequestParam(name = "items", required = false) List<String> items,
            @RequestParam(required = false) String reason,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            assessments.returnItems(campaign, unit, items, reason);
            redirect.addFlashAttribute("success", "assessment.returned");
        } catch (ImportRejectedException e) {
            redirect.addFlashAttribute(
                    "problemText",
                    String.join(
                            ";",
                            messages.byRow(e.problems(), locale).stream()
                                    .map(ProblemMessages.Line::message)
                                    .toList()));
        }
        return "redirect:/campaigns/" + campaign + "/units/" + unit + "/self-assessment";
    }

    private static BigDecimal score(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
    }
}
