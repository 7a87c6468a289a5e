package com.qinglian.rubric.web;

import com.qinglian.rubric.RubricCatalog;
import com.qinglian.rubric.RubricDrafts;
import com.qinglian.rubric.RubricInvalidException;
import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organiser's work on a draft read from Word or text: settling its doubts, correcting a node. */
@Controller
class RubricDraftController {

    private final RubricCatalog catalog;
    private final RubricDrafts drafts;
    private final RubricShowPage page;

    RubricDraftController(RubricCatalog catalog, RubricDrafts drafts, RubricShowPage page) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.page = page;
    }

    @PostMapping("/rubrics/{code}/{version}/doubts/{number}/settle")
    String settle(
            @PathVariable String code,
            @PathVariable String version,
            @PathVariable int number,
            @RequestParam(name = "note", required = false) String note,
            Principal principal,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            drafts.settle(code, version, number, note, principal.getName());
        } catch (RubricInvalidException e) {
            model.addAttribute("failedDoubt", number);
            return page.refused(catalog.visible(code, version, true), e, locale, model);
        }
        redirect.addFlashAttribute("success", "rubric.doubtSettled");
        return "redirect:/rubrics/" + code + "/" + version + "#doubt-" + number;
    }

    @PostMapping("/rubrics/{code}/{version}/nodes/{node}/edit")
    String editNode(
            @PathVariable String code,
            @PathVariable String version,
            @PathVariable String node,
            @RequestParam(name = "words", required = false) String words,
            @RequestParam(name = "points", required = false) String points,
            Principal principal,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            drafts.editNode(code, version, node, words, points, principal.getName());
        } catch (RubricInvalidException e) {
            model.addAttribute("failedNode", node);
            return page.refused(catalog.visible(code, version, true), e, locale, model);
        }
        redirect.addFlashAttribute("success", "rubric.nodeEdited");
        return "redirect:/rubrics/" + code + "/" + version + "#node-" + node;
    }
}
