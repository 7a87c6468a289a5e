package com.qinglian.assessment.web;

import com.qinglian.assessment.AssessmentSheet;
import com.qinglian.assessment.ItemEvidence;
import com.qinglian.assessment.SelfAssessments;
import com.qinglian.evidence.EvidenceDownloads;
import com.qinglian.evidence.EvidenceRejectedException;
import com.qinglian.shared.NotFoundException;
import com.qinglian.shared.web.ItemSaves;
import com.qinglian.shared.web.ProblemMessages;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Evidence of self-assessment items: upload (checked by content), download or preview, removal. */
@Controller
class EvidenceController {

    private final ItemEvidence evidence;
    private final SelfAssessments assessments;
    private final EvidenceDownloads downloads;
    private final ProblemMessages messages;

    EvidenceController(
            ItemEvidence evidence, SelfAssessments assessments, EvidenceDownloads downloads, ProblemMessages messages) {
        this.evidence = evidence;
        this.assessments = assessments;
        this.downloads = downloads;
        this.messages = messages;
    }

    @PostMapping("/campaigns/{campaign}/units/{unit}/items/{item}/evidence")
    String upload(
            @PathVariable String campaign,
            @PathVariable String unit,
            @PathVariable String item,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate evidenceDate,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        String problem = null;
        String notice = null;
        try (InputStream content = file.getInputStream()) {
            ItemEvidence.Upload upload =
                    evidence.add(campaign, unit, item, file.getOriginalFilename(), content, evidenceDate);
            notice = upload.duplicate()
                    ? messages.text("evidence.duplicate", locale, upload.file().displayName())
                    : null;
        } catch (EvidenceRejectedException e) {
            problem = messages.text(e.messageKey(), locale, e.args());
        }
        if (htmx == null) {
            if (problem != null) {
                redirect.addFlashAttribute("problemText", problem);
            } else {
                redirect.addFlashAttribute("success", "evidence.uploaded");
            }
            return ItemSaves.redirectTo("/campaigns/{c}/units/{u}/self-assessment", "item-{i}", campaign, unit, item);
        }
        AssessmentSheet sheet = assessments.sheet(campaign, unit);
        model.addAttribute("sheet", sheet);
        model.addAttribute(
                "entry",
                sheet.items().stream()
                        .filter(e -> e.item().code().equals(item))
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("no item " + item)));
        model.addAttribute("problem", problem);
        model.addAttribute("notice", notice);
        model.addAttribute("conflict", false);
        return "partials/assessment/item :: saved";
    }

    @GetMapping("/campaigns/{campaign}/units/{unit}/evidence/{id}")
    ResponseEntity<Resource> download(
            @PathVariable String campaign,
            @PathVariable String unit,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean preview)
            throws IOException {
        var file = evidence.download(campaign, unit, id);
        return preview ? downloads.preview(file) : downloads.download(file);
    }

    @PostMapping("/campaigns/{campaign}/units/{unit}/evidence/{id}/delete")
    String remove(
            @PathVariable String campaign,
            @PathVariable String unit,
            @PathVariable long id,
            RedirectAttributes redirect) {
        evidence.remove(campaign, unit, id);
        redirect.addFlashAttribute("success", "evidence.removed");
        return "redirect:/campaigns/" + campaign + "/units/" + unit + "/self-assessment";
    }
}
