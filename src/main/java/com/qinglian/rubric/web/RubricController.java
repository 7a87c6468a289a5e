package com.qinglian.rubric.web;

import com.qinglian.rubric.RubricCatalog;
import com.qinglian.rubric.RubricDrafts;
import com.qinglian.rubric.RubricInvalidException;
import com.qinglian.rubric.RubricProblem;
import com.qinglian.rubric.StoredRubric;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Rubric pages: the list, the published table, import, publish and delete of drafts. */
@Controller
class RubricController {

    private final RubricCatalog catalog;
    private final RubricDrafts drafts;
    private final RubricShowPage page;

    RubricController(RubricCatalog catalog, RubricDrafts drafts, RubricShowPage page) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.page = page;
    }

    @GetMapping("/rubrics")
    String list(Model model, HttpServletRequest request) {
        model.addAttribute("rubrics", catalog.list(request.isUserInRole("ADMIN")));
        return "rubric/list";
    }

    @GetMapping("/rubrics/{code}/{version}")
    String show(
            @PathVariable String code,
            @PathVariable String version,
            Model model,
            Locale locale,
            HttpServletRequest request) {
        boolean admin = request.isUserInRole("ADMIN");
        return page.show(catalog.visible(code, version, admin), admin, locale, model);
    }

    @GetMapping("/rubrics/import")
    String importForm() {
        return "rubric/import";
    }

    /** A file (YAML, Excel, Word or copied text, told apart by content) or pasted text; one of the two. */
    @PostMapping("/rubrics/import")
    String importFile(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "text", required = false) String text,
            Principal principal,
            Locale locale,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        boolean hasFile = file != null && !file.isEmpty();
        boolean hasText = text != null && !text.isBlank();
        try {
            StoredRubric stored;
            if (hasFile && hasText) {
                throw new RubricInvalidException(RubricProblem.of("", "rubric.error.fileOrText"));
            } else if (hasText) {
                stored = drafts.importText(text, principal.getName());
            } else if (hasFile) {
                stored = drafts.importUpload(file.getBytes(), principal.getName());
            } else {
                throw new RubricInvalidException(RubricProblem.of("", "rubric.error.nothingToImport"));
            }
            redirect.addFlashAttribute("success", "rubric.imported");
            return "redirect:/rubrics/" + stored.rubric().code() + "/"
                    + stored.rubric().version();
        } catch (RubricInvalidException e) {
            model.addAttribute("filename", hasFile ? file.getOriginalFilename() : "");
            model.addAttribute("text", hasText ? text : null);
            model.addAttribute("problems", RubricShowPage.problems(e, locale));
            return "rubric/import";
        }
    }

    @PostMapping("/rubrics/{code}/{version}/publish")
    String publish(
            @PathVariable String code,
            @PathVariable String version,
            Principal principal,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            catalog.publish(code, version, principal.getName());
        } catch (RubricInvalidException e) {
            return page.refused(catalog.visible(code, version, true), e, locale, model);
        }
        redirect.addFlashAttribute("success", "rubric.published");
        return "redirect:/rubrics/" + code + "/" + version;
    }

    @PostMapping("/rubrics/{code}/{version}/delete")
    String delete(
            @PathVariable String code, @PathVariable String version, Principal principal, RedirectAttributes redirect) {
        catalog.deleteDraft(code, version, principal.getName());
        redirect.addFlashAttribute("success", "rubric.deleted");
        return "redirect:/rubrics";
    }

    record ProblemView(String location, String message) {}
}
