package com.qinglian.dashboard.web;

import com.qinglian.dashboard.StartPages;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.UnitAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The start page of each role: organisers see campaigns and to-dos, evaluators their work, unit reporters
 * their unit's sheet; leaders start at the dashboard and auditors at the audit overview.
 */
@Controller
class StartController {

    private final StartPages pages;

    StartController(StartPages pages) {
        this.pages = pages;
    }

    @GetMapping("/")
    String start(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = UnitAccess.current();
        if (user == null) {
            return "redirect:/rubrics";
        }
        return switch (user.role()) {
            case ADMIN -> {
                model.addAttribute("start", pages.organiser());
                yield "start/organiser";
            }
            case EVALUATOR -> {
                model.addAttribute("work", pages.evaluator(status, q));
                model.addAttribute("status", status);
                model.addAttribute("q", q);
                yield "start/evaluator";
            }
            case UNIT_REPORTER -> {
                model.addAttribute("campaigns", pages.reporter(user.unitCode()));
                model.addAttribute("unitCode", user.unitCode());
                yield "start/reporter";
            }
            case LEADER -> carry(model, redirect, "redirect:/dashboard");
            case AUDITOR -> carry(model, redirect, "redirect:/audit/overview");
        };
    }

    /** A message flashed to the start page (e.g. after a password change) travels on to where it leads. */
    private static String carry(Model model, RedirectAttributes redirect, String target) {
        if (model.getAttribute("success") instanceof String success) {
            redirect.addFlashAttribute("success", success);
        }
        return target;
    }
}
