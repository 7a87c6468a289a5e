package com.qinglian.rubric.web;

import com.qinglian.rubric.ExpectationKind;
import com.qinglian.rubric.ExpectationPeriod;
import com.qinglian.rubric.ItemExpectations;
import com.qinglian.rubric.NodeMode;
import com.qinglian.rubric.RubricDrafts;
import com.qinglian.rubric.RubricInvalidException;
import com.qinglian.rubric.RubricTable;
import com.qinglian.rubric.RubricValidator;
import com.qinglian.rubric.StoredRubric;
import com.qinglian.unit.UnitType;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the rubric page: the table, and for a draft read from Word or text its source and doubts. */
@Component
class RubricShowPage {

    static final String VIEW = "rubric/show";

    private final RubricDrafts drafts;
    private final ItemExpectations expectations;
    private final MessageSource messages;

    RubricShowPage(RubricDrafts drafts, ItemExpectations expectations, MessageSource messages) {
        this.drafts = drafts;
        this.expectations = expectations;
        this.messages = messages;
    }

    String show(StoredRubric stored, boolean mayEdit, Locale locale, Model model) {
        model.addAttribute("admin", mayEdit);
        var byItem = expectations.of(stored.rubric().code(), stored.rubric().version());
        model.addAttribute("expectations", byItem);
        model.addAttribute(
                "unconfirmed",
                byItem.values().stream().filter(e -> !e.confirmed()).count());
        model.addAttribute("expectationKinds", ExpectationKind.values());
        model.addAttribute("expectationPeriods", ExpectationPeriod.values());
        model.addAttribute("stored", stored);
        model.addAttribute("rubric", stored.rubric());
        model.addAttribute("table", RubricTable.of(stored.rubric()));
        RubricTermsView terms =
                RubricTermsView.of(stored.rubric(), new RubricTermWords(messages, locale, stored.rubric()));
        model.addAttribute("terms", terms);
        model.addAttribute(
                "warnings",
                RubricValidator.warnings(stored.rubric()).stream()
                        .map(p -> new RubricController.ProblemView(p.location(), p.message(locale)))
                        .toList());
        if (mayEdit && !stored.isPublished()) {
            drafts.review(stored.rubric().code(), stored.rubric().version())
                    .ifPresent(review ->
                            model.addAttribute("review", DraftReviewView.of(stored.rubric(), review, locale)));
            model.addAttribute("unitTypes", UnitType.values());
            model.addAttribute("nodeModes", NodeMode.values());
        }
        return VIEW;
    }

    /** The page again with what was refused, so that the organiser sees it where they acted (answered 422). */
    String refused(StoredRubric stored, RubricInvalidException e, Locale locale, Model model) {
        model.addAttribute("problems", problems(e, locale));
        return show(stored, true, locale, model);
    }

    static List<RubricController.ProblemView> problems(RubricInvalidException e, Locale locale) {
        return e.problems().stream()
                .map(p -> new RubricController.ProblemView(p.location(), p.message(locale)))
                .toList();
    }
}
