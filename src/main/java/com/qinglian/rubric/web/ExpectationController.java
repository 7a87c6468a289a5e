package com.qinglian.rubric.web;

import com.qinglian.rubric.ExpectationDraft;
import com.qinglian.rubric.ItemExpectations;
import com.qinglian.rubric.RubricCatalog;
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
    private final RubricShowPage page;

    ExpectationController(
            RubricCatalog catalog, ItemExpectations expectations, ProblemMessages messages, RubricShowPage page) {
        this.catalog = catalog;
        this.expectations = expectations;
        this.messages = messages;
        this.page = page;
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
            model.addAttribute("expectationProblems", messages.byField(e.problems(), locale));
            return page.show(stored, true, locale, model);
        }
        redirect.addFlashAttribute("success", "expectation.saved");
        return ItemSaves.redirectTo("/rubrics/{c}/{v}", "expectation-{i}", code, version, item);
    }
}
