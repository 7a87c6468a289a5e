package com.qinglian.results.web;

import com.qinglian.evidence.EvidenceDownloads;
import com.qinglian.results.Appeal;
import com.qinglian.results.AppealTarget;
import com.qinglian.results.Appeals;
import com.qinglian.results.UnitResults;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.NotFoundException;
import com.qinglian.shared.web.ProblemMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Appeal pages: a unit files, the organiser assigns, the reviewer decides; everyone concerned reads. */
@Controller
class AppealController {

    private static final int UNPROCESSABLE = 422;

    private final Appeals appeals;
    private final UnitResults unitResults;
    private final UserAccounts users;
    private final EvidenceDownloads downloads;
    private final ProblemMessages messages;

    AppealController(
            Appeals appeals,
            UnitResults unitResults,
            UserAccounts users,
            EvidenceDownloads downloads,
            ProblemMessages messages) {
        this.appeals = appeals;
        this.unitResults = unitResults;
        this.users = users;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping("/campaigns/{campaign}/units/{unit}/appeals/new")
    String form(
            @PathVariable String campaign,
            @PathVariable String unit,
            @RequestParam String kind,
            @RequestParam String code,
            Model model) {
        model.addAttribute("result", unitResults.of(campaign, unit));
        model.addAttribute("kind", kind(kind));
        model.addAttribute("code", code);
        return "results/appeal-form";
    }

    @PostMapping("/campaigns/{campaign}/units/{unit}/appeals")
    String file(
            @PathVariable String campaign,
            @PathVariable String unit,
            @RequestParam String kind,
            @RequestParam String code,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) List<MultipartFile> files,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        List<Appeals.Upload> uploads = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (!f.isEmpty()) {
                uploads.add(new Appeals.Upload(f.getOriginalFilename(), f.getInputStream()));
            }
        }
        try {
            Appeal appeal = appeals.file(campaign, unit, kind(kind), code, reason, uploads);
            redirect.addFlashAttribute("success", "appeal.filed");
            return "redirect:/campaigns/" + campaign + "/appeals/" + appeal.id();
        } catch (InputRejectedException e) {
            response.setStatus(UNPROCESSABLE);
            model.addAttribute("problems", messages.byRow(e.problems(), locale));
            model.addAttribute("reason", reason);
            return form(campaign, unit, kind, code, model);
        }
    }

    @GetMapping("/campaigns/{campaign}/appeals")
    String list(@PathVariable String campaign, Model model) {
        model.addAttribute("campaignCode", campaign);
        model.addAttribute("appeals", appeals.ofCampaign(campaign));
        model.addAttribute("changed", appeals.changedScores(campaign));
        return "results/appeals";
    }

    @GetMapping("/appeals")
    String mine(Model model) {
        model.addAttribute("appeals", appeals.mine());
        return "results/my-appeals";
    }

    @GetMapping("/campaigns/{campaign}/appeals/{id}")
    String show(@PathVariable String campaign, @PathVariable long id, Model model) {
        model.addAttribute("appeal", appeals.get(campaign, id));
        model.addAttribute("files", appeals.files(campaign, id));
        model.addAttribute("decisions", Appeal.Decision.values());
        model.addAttribute(
                "evaluators",
                users.list().stream()
                        .filter(u -> u.role() == Role.EVALUATOR && u.active())
                        .toList());
        return "results/appeal";
    }

    @PostMapping("/campaigns/{campaign}/appeals/{id}/assign")
    String assign(
            @PathVariable String campaign,
            @PathVariable long id,
            @RequestParam(required = false) String reviewer,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            appeals.assign(campaign, id, reviewer);
            redirect.addFlashAttribute("success", "appeal.assigned");
        } catch (InputRejectedException e) {
            redirect.addFlashAttribute(
                    "problemText", messages.byRow(e.problems(), locale).get(0).message());
        }
        return "redirect:/campaigns/" + campaign + "/appeals/" + id;
    }

    @PostMapping("/campaigns/{campaign}/appeals/{id}/decision")
    String decide(
            @PathVariable String campaign,
            @PathVariable long id,
            @RequestParam(required = false) Appeal.Decision decision,
            @RequestParam(required = false) BigDecimal newScore,
            @RequestParam(required = false) String decisionReason,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            appeals.decide(campaign, id, decision, newScore, decisionReason);
            redirect.addFlashAttribute("success", "appeal.decided");
            return "redirect:/campaigns/" + campaign + "/appeals/" + id;
        } catch (InputRejectedException e) {
            response.setStatus(UNPROCESSABLE);
            model.addAttribute("problems", messages.byRow(e.problems(), locale));
            model.addAttribute("decisionReason", decisionReason);
            return show(campaign, id, model);
        }
    }

    @GetMapping("/campaigns/{campaign}/appeals/{id}/files/{file}")
    ResponseEntity<Resource> download(@PathVariable String campaign, @PathVariable long id, @PathVariable long file)
            throws IOException {
        return downloads.download(appeals.file(campaign, id, file));
    }

    private static AppealTarget.Kind kind(String kind) {
        try {
            return AppealTarget.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no appeal kind " + kind);
        }
    }
}
