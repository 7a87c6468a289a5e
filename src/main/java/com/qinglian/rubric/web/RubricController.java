package com.qinglian.rubric.web;

import com.qinglian.rubric.ItemExpectations;
import com.qinglian.rubric.RubricCatalog;
import com.qinglian.rubric.RubricInvalidException;
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
    private final ItemExpectations expectations;

    RubricController(RubricCatalog catalog, ItemExpectations expectations) {
        this.catalog = catalog;
        this.expectations = expectations;
    }

    @GetMapping("/rubrics")
    String list(Model model, HttpServletRequest request) {
        model.addAttribute("rubrics", catalog.list(request.isUserInRole("ADMIN")));
        return "rubric/list";
    }

    @GetMapping("/rubrics/{code}/{version}")
    String show(@PathVariable String code, @PathVariable String version, Model model, HttpServletRequest request) {
        boolean admin = request.isUserInRole("ADMIN");
        return ExpectationController.showPage(model, catalog.visible(code, version, admin), expectations, admin);
    }

    @GetMapping("/rubrics/import")
    String importForm() {
        return "rubric/import";
    }

    @PostMapping("/rubrics/import")
    String importFile(
            @RequestParam("file") MultipartFile file,
            Principal principal,
            Locale locale,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            StoredRubric stored = catalog.importFile(file.getBytes(), principal.getName());
            redirect.addFlashAttribute("success", "rubric.imported");
            return "redirect:/rubrics/" + stored.rubric().code() + "/"
                    + stored.rubric().version();
        } catch (RubricInvalidException e) {
            model.addAttribute("filename", file.getOriginalFilename());
            model.addAttribute(
                    "problems",
                    e.problems().stream()
                            .map(p -> new ProblemView(p.location(), p.message(locale)))
                            .toList());
            return "rubric/import";
        }
    }

    @PostMapping("/rubrics/{code}/{version}/publish")
    String publish(
            @PathVariable String code, @PathVariable String version, Principal principal, RedirectAttributes redirect) {
        catalog.publish(code, version, principal.getName());
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
