package com.qinglian.evaluation.web;

import com.qinglian.evaluation.Evaluations;
import com.qinglian.evaluation.SavedScore;
import com.qinglian.evaluation.ScoreRows;
import com.qinglian.evaluation.WorkItem;
import com.qinglian.ledger.Ledger;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.Page;
import com.qinglian.shared.SortKeys;
import com.qinglian.shared.web.ItemSaves;
import com.qinglian.shared.web.ListParams;
import java.util.Comparator;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The evaluator's worklist and the scoring page of a unit, saved item by item with running subtotals. */
@Controller
class ScoringController {

    private final Evaluations evaluations;
    private final Ledger ledger;
    private final ItemSaves saves;
    private final ScoreRows rows;

    ScoringController(Evaluations evaluations, Ledger ledger, ItemSaves saves, ScoreRows rows) {
        this.rows = rows;
        this.evaluations = evaluations;
        this.ledger = ledger;
        this.saves = saves;
    }

    /** The worklist is computed (scored and scorable items per unit), so it is sorted and paged in memory. */
    static final SortKeys<Comparator<WorkItem>> WORK_SORTS = SortKeys.<Comparator<WorkItem>>of(
                    "campaign", Comparator.comparing(w -> w.campaign().name()))
            .and("unit", Comparator.comparing(w -> w.unit().code()))
            .and("type", Comparator.comparing(w -> w.unit().type()))
            .and("completion", Comparator.comparingDouble(ScoringController::completion));

    @GetMapping("/evaluations")
    String worklist(ListParams params, Model model) {
        ListQuery query = params.query(WORK_SORTS);
        List<WorkItem> all = evaluations.worklist();
        List<WorkItem> matching = all.stream()
                .filter(w -> query.matches(
                        w.unit().code(), w.unit().name(), w.campaign().name()))
                .toList();
        model.addAttribute("page", Page.of(matching, query, WORK_SORTS));
        model.addAttribute(
                "campaignCodes",
                all.stream().map(w -> w.campaign().code()).distinct().toList());
        return "evaluation/worklist";
    }

    private static double completion(WorkItem w) {
        return w.scorable() == 0 ? 1 : (double) w.scored() / w.scorable();
    }

    @GetMapping("/campaigns/{campaign}/units/{unit}/scoring")
    String sheet(@PathVariable String campaign, @PathVariable String unit, Model model) {
        model.addAttribute("sheet", evaluations.sheet(campaign, unit));
        model.addAttribute("inspections", ledger.inspections(campaign, unit));
        model.addAttribute("pastCases", ledger.unitHistory(campaign, unit).cases());
        model.addAttribute("ruleTitles", ledger.ruleTitles(campaign));
        return "evaluation/sheet";
    }

    @PostMapping("/campaigns/{campaign}/units/{unit}/scores/{item}")
    String save(
            @PathVariable String campaign,
            @PathVariable String unit,
            @PathVariable String item,
            @ModelAttribute("scoreForm") ScoreForm form,
            BindingResult binding,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        ItemSaves.Outcome outcome = saves.attempt(
                binding,
                () -> evaluations.save(campaign, unit, item, form.getScore(), form.getComment(), form.getVersion()),
                locale,
                "evaluation.error.conflict");
        if (htmx == null) {
            return saves.backTo(
                    outcome,
                    redirect,
                    "evaluation.saved",
                    "/campaigns/{c}/units/{u}/scoring",
                    "score-{i}",
                    campaign,
                    unit,
                    item);
        }
        // the row as stored now answers both as the row and as the sheet (progress, subtotals) in the fragment
        SavedScore saved = rows.saved(campaign, unit, item);
        model.addAttribute("sheet", saved);
        model.addAttribute("row", saved);
        model.addAttribute("problem", outcome.problem());
        model.addAttribute("conflict", outcome.conflict());
        return "partials/evaluation/score :: saved";
    }
}
