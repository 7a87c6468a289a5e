package com.qinglian.evaluation.web;

import com.qinglian.campaign.CampaignClosedException;
import com.qinglian.campaign.CampaignFinalizedException;
import com.qinglian.evaluation.Evaluations;
import com.qinglian.evaluation.ScoringSheet;
import com.qinglian.ledger.Ledger;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.ImportRejectedException;
import com.qinglian.shared.web.ProblemMessages;
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The evaluator's worklist and the scoring page of a unit, saved item by item with running subtotals. */
@Controller
class ScoringController {

    private final Evaluations evaluations;
    private final Ledger ledger;
    private final ProblemMessages messages;

    ScoringController(Evaluations evaluations, Ledger ledger, ProblemMessages messages) {
        this.evaluations = evaluations;
        this.ledger = ledger;
        this.messages = messages;
    }

    @GetMapping("/evaluations")
    String worklist(Model model) {
        model.addAttribute("work", evaluations.worklist());
        return "evaluation/worklist";
    }

    @GetMapping("/campaigns/{campaign}/units/{unit}/scoring")
    String sheet(@PathVariable String campaign, @PathVariable String unit, Model model) {
        model.addAttribute("sheet", evaluations.sheet(campaign, unit));
        model.addAttribute("inspections", ledger.inspections(campaign, unit));
        model.addAttribute("pastCases", ledger.unitHistory(campaign, unit).cases());
        return "evaluation/sheet";
    }

    @PostMapping("/campaigns/{campaign}/units/{unit}/scores/{item}")
    String save(
            @PathVariable String campaign,
            @PathVariable String unit,
            @PathVariable String item,
            @RequestParam(required = false) String score,
            @RequestParam(required = false) String comment,
            @RequestParam(defaultValue = "-1") int version,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        String problem = null;
        try {
            BigDecimal value = score == null || score.isBlank() ? null : new BigDecimal(score.strip());
            evaluations.save(campaign, unit, item, value, comment, version);
        } catch (NumberFormatException e) {
            problem = messages.text("evaluation.error.notANumber", locale);
        } catch (ImportRejectedException e) {
            problem = String.join(
                    ";",
                    messages.byRow(e.problems(), locale).stream()
                            .map(ProblemMessages.Line::message)
                            .toList());
        } catch (CampaignFinalizedException e) {
            throw e;
        } catch (CampaignClosedException e) {
            problem = messages.text(e.messageKey(), locale);
        } catch (ConflictException e) {
            problem = messages.text("evaluation.error.conflict", locale);
        }
        if (htmx == null) {
            if (problem != null) {
                redirect.addFlashAttribute("problemText", problem);
            } else {
                redirect.addFlashAttribute("success", "evaluation.saved");
            }
            return "redirect:/campaigns/" + campaign + "/units/" + unit + "/scoring#score-" + item;
        }
        ScoringSheet sheet = evaluations.sheet(campaign, unit);
        model.addAttribute("sheet", sheet);
        model.addAttribute(
                "row",
                sheet.rows().stream()
                        .filter(r -> r.item().code().equals(item))
                        .findFirst()
                        .orElseThrow());
        model.addAttribute("problem", problem);
        model.addAttribute("typedScore", problem == null ? null : score);
        model.addAttribute("typedComment", problem == null ? null : comment);
        return "partials/evaluation/score :: saved";
    }
}
