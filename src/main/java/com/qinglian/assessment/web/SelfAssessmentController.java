package com.qinglian.assessment.web;

import com.qinglian.assessment.AssessmentSheet;
import com.qinglian.assessment.SelfAssessments;
import com.qinglian.security.UnitAccess;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.NotFoundException;
import com.qinglian.shared.web.ItemSaves;
import com.qinglian.shared.web.ProblemMessages;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
    private final ItemSaves saves;

    SelfAssessmentController(SelfAssessments assessments, ProblemMessages messages, ItemSaves saves) {
        this.assessments = assessments;
        this.messages = messages;
        this.saves = saves;
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
            @ModelAttribute("answerForm") AnswerForm form,
            BindingResult binding,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        ItemSaves.Outcome outcome = saves.attempt(
                binding,
                () -> assessments.save(campaign, unit, item, form.draft(), form.getVersion()),
                locale,
                "assessment.error.conflict");
        if (htmx == null) {
            return saves.backTo(
                    outcome,
                    redirect,
                    "assessment.saved",
                    "/campaigns/{c}/units/{u}/self-assessment",
                    "item-{i}",
                    campaign,
                    unit,
                    item);
        }
        AssessmentSheet sheet = assessments.sheet(campaign, unit);
        model.addAttribute("sheet", sheet);
        model.addAttribute(
                "entry",
                sheet.items().stream()
                        .filter(e -> e.item().code().equals(item))
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("no item " + item)));
        model.addAttribute("problem", outcome.conflict() ? null : outcome.problem());
        model.addAttribute("conflict", outcome.conflict());
        return "partials/assessment/item :: autosaved";
    }

    @PostMapping("/campaigns/{campaign}/units/{unit}/submit")
    String submit(
            @PathVariable String campaign, @PathVariable String unit, Locale locale, RedirectAttributes redirect) {
        try {
            assessments.submit(campaign, unit);
            redirect.addFlashAttribute("success", "assessment.submitted");
        } catch (InputRejectedException e) {
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
        } catch (InputRejectedException e) {
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
}
