package com.qinglian.rubric.web;

import com.qinglian.rubric.NodeScopeInput;
import com.qinglian.rubric.RubricCatalog;
import com.qinglian.rubric.RubricDrafts;
import com.qinglian.rubric.RubricInvalidException;
import com.qinglian.rubric.StoredRubric;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The organiser's work on a draft read from Word or text: settling its doubts, correcting a node or a rule, saying
 * which units a node applies to and how it scores, deleting or moving a node, naming the draft.
 */
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

    @PostMapping("/rubrics/{code}/{version}/nodes/{node}/scope")
    String editScope(
            @PathVariable String code,
            @PathVariable String version,
            @PathVariable String node,
            @RequestParam(name = "types", required = false) List<String> types,
            @RequestParam(name = "tags", required = false) String tags,
            @RequestParam(name = "units", required = false) String units,
            @RequestParam(name = "mode", required = false) String mode,
            Principal principal,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            drafts.editScope(
                    code, version, node, NodeScopeInput.read(node, types, tags, units, mode), principal.getName());
        } catch (RubricInvalidException e) {
            model.addAttribute("failedScope", node);
            return page.refused(catalog.visible(code, version, true), e, locale, model);
        }
        redirect.addFlashAttribute("success", "rubric.scopeEdited");
        return "redirect:/rubrics/" + code + "/" + version + "#node-" + node;
    }

    @PostMapping("/rubrics/{code}/{version}/rules/{rule}/edit")
    String editRule(
            @PathVariable String code,
            @PathVariable String version,
            @PathVariable String rule,
            @RequestParam(name = "perCase", required = false) String perCase,
            @RequestParam(name = "fixed", required = false) String fixed,
            @RequestParam(name = "cap", required = false) String cap,
            Principal principal,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            drafts.editRule(code, version, rule, perCase, fixed, cap, principal.getName());
        } catch (RubricInvalidException e) {
            model.addAttribute("failedNode", rule);
            return page.refused(catalog.visible(code, version, true), e, locale, model);
        }
        redirect.addFlashAttribute("success", "rubric.nodeEdited");
        return "redirect:/rubrics/" + code + "/" + version + "#node-" + rule;
    }

    @PostMapping("/rubrics/{code}/{version}/nodes/{node}/delete")
    String deleteNode(
            @PathVariable String code,
            @PathVariable String version,
            @PathVariable String node,
            Principal principal,
            RedirectAttributes redirect) {
        drafts.deleteNode(code, version, node, principal.getName());
        redirect.addFlashAttribute("success", "rubric.nodeDeleted");
        return "redirect:/rubrics/" + code + "/" + version + "#draft-tree";
    }

    @PostMapping("/rubrics/{code}/{version}/nodes/{node}/move")
    String moveNode(
            @PathVariable String code,
            @PathVariable String version,
            @PathVariable String node,
            @RequestParam(name = "direction", required = false) String direction,
            Principal principal,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            drafts.moveNode(code, version, node, direction, principal.getName());
        } catch (RubricInvalidException e) {
            return page.refused(catalog.visible(code, version, true), e, locale, model);
        }
        return "redirect:/rubrics/" + code + "/" + version + "#node-" + node;
    }

    @PostMapping("/rubrics/{code}/{version}/rename")
    String rename(
            @PathVariable String code,
            @PathVariable String version,
            @RequestParam(name = "code", required = false) String newCode,
            @RequestParam(name = "version", required = false) String newVersion,
            @RequestParam(name = "title", required = false) String title,
            Principal principal,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        StoredRubric renamed;
        try {
            renamed = drafts.rename(code, version, newCode, newVersion, title, principal.getName());
        } catch (RubricInvalidException e) {
            model.addAttribute("renameFailed", true);
            return page.refused(catalog.visible(code, version, true), e, locale, model);
        }
        redirect.addFlashAttribute("success", "rubric.renamed");
        return "redirect:"
                + UriComponentsBuilder.fromPath("/rubrics/{c}/{v}")
                        .buildAndExpand(
                                renamed.rubric().code(), renamed.rubric().version())
                        .encode()
                        .toUriString();
    }
}
