package com.qinglian.rubric.web;

import com.qinglian.rubric.ExpectationDraft;
import com.qinglian.rubric.ExpectationKind;
import com.qinglian.rubric.ExpectationPeriod;
import com.qinglian.rubric.ItemExpectations;
import com.qinglian.rubric.RubricCatalog;
import com.qinglian.rubric.RubricTable;
import com.qinglian.rubric.StoredRubric;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.web.ItemSaves;
import com.qinglian.shared.web.ProblemMessages;
import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser confirms or changes an item's evidence expectation on the rubric page. The rubric's text
 * stays as published; the expectation is advisory metadata of the rubric version (see D-expectations).
 */
@Controller
class ExpectationController {

    private final RubricCatalog catalog;
    private final ItemExpectations expectations;
    private final ProblemMessages messages;

    ExpectationController(RubricCatalog catalog, ItemExpectations expectations, ProblemMessages messages) {
        this.catalog = catalog;
        this.expectations = expectations;
        this.messages = messages;
    }

    /** The rubric page's model: the table, and each item's expectation (decided or proposed). */
    static String showPage(Model model, StoredRubric stored, ItemExpectations expectations, boolean admin) {
        model.addAttribute("admin", admin);
        model.addAttribute("stored", stored);
        model.addAttribute("rubric", stored.rubric());
        model.addAttribute("table", RubricTable.of(stored.rubric()));
        var byItem = expectations.of(stored.rubric().code(), stored.rubric().version());
        model.addAttribute("expectations", byItem);
        model.addAttribute(
                "unconfirmed",
                byItem.values().stream().filter(e -> !e.confirmed()).count());
        model.addAttribute("expectationKinds", ExpectationKind.values());
        model.addAttribute("expectationPeriods", ExpectationPeriod.values());
        return "rubric/show";
    }

    @PostMapping("/rubrics/{code}/{version}/expectations/{item}")
    String confirm(
            @PathVariable String code,
            @PathVariable String version,
            @PathVariable String item,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String perPeriod,
            @RequestParam(required = false) String ratePercent,
            @RequestParam(required = false) String evidenceName,
            Principal principal,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        StoredRubric stored = catalog.visible(code, version, true);
        ExpectationDraft draft = new ExpectationDraft(kind, period, perPeriod, ratePercent, evidenceName);
        try {
            expectations.confirm(code, version, item, draft, principal.getName());
        } catch (InputRejectedException e) {
            model.addAttribute("problemItem", item);
            model.addAttribute("draft", draft);
            model.addAttribute("problems", messages.byField(e.problems(), locale));
            return showPage(model, stored, expectations, true);
        }
        redirect.addFlashAttribute("success", "expectation.saved");
        return ItemSaves.redirectTo("/rubrics/{c}/{v}", "expectation-{i}", code, version, item);
    }
}
