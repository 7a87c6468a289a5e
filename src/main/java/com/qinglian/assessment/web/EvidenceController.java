package com.qinglian.assessment.web;

import com.qinglian.assessment.AssessmentSheet;
import com.qinglian.assessment.ItemEvidence;
import com.qinglian.assessment.SelfAssessments;
import com.qinglian.evidence.EvidenceDownloads;
import com.qinglian.evidence.EvidenceRejectedException;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.NotFoundException;
import com.qinglian.shared.web.ItemSaves;
import com.qinglian.shared.web.ProblemMessages;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.core.io.Resource;
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

/** Evidence of self-assessment items: upload (checked by content), document dates, download or preview, removal. */
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
            @RequestParam(required = false) String evidenceDate,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        String problem = null;
        String notice = null;
        try (InputStream content = file.getInputStream()) {
            ItemEvidence.Upload upload = evidence.add(
                    campaign, unit, item, file.getOriginalFilename(), content, DocumentDates.parse(evidenceDate));
            notice = upload.duplicate()
                    ? messages.text("evidence.duplicate", locale, upload.file().displayName())
                    : null;
        } catch (EvidenceRejectedException e) {
            problem = messages.text(e.messageKey(), locale, e.args());
        } catch (InputRejectedException e) {
            return refused(
                    campaign, unit, item, htmx, messages.message(e.problems().get(0), locale), model);
        }
        if (htmx == null) {
            if (problem != null) {
                redirect.addFlashAttribute("problemText", problem);
            } else {
                redirect.addFlashAttribute("success", "evidence.uploaded");
            }
            return ItemSaves.redirectTo("/campaigns/{c}/units/{u}/self-assessment", "item-{i}", campaign, unit, item);
        }
        return editor(campaign, unit, item, problem, notice, model);
    }

    /** The unit dates a document (or clears its date) while the item is open to it. */
    @PostMapping("/campaigns/{campaign}/units/{unit}/evidence/{id}/date")
    String redate(
            @PathVariable String campaign,
            @PathVariable String unit,
            @PathVariable long id,
            @RequestParam(required = false) String evidenceDate,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        String item;
        try {
            item = evidence.redate(campaign, unit, id, DocumentDates.parse(evidenceDate))
                    .itemCode();
        } catch (InputRejectedException e) {
            String itemOfFile = evidence.itemOf(campaign, unit, id);
            return refused(
                    campaign,
                    unit,
                    itemOfFile,
                    htmx,
                    messages.message(e.problems().get(0), locale),
                    model);
        }
        if (htmx == null) {
            redirect.addFlashAttribute("success", "evidence.dateSaved");
            return ItemSaves.redirectTo("/campaigns/{c}/units/{u}/self-assessment", "item-{i}", campaign, unit, item);
        }
        return editor(campaign, unit, item, null, messages.text("evidence.dateSaved", locale), model);
    }

    /** A refused date: the item's editor (htmx) or the whole sheet, with the message; 422 either way. */
    private String refused(String campaign, String unit, String item, String htmx, String problem, Model model) {
        if (htmx != null) {
            return editor(campaign, unit, item, problem, null, model);
        }
        model.addAttribute("sheet", assessments.sheet(campaign, unit));
        model.addAttribute("problemText", problem);
        return "assessment/sheet";
    }

    private String editor(String campaign, String unit, String item, String problem, String notice, Model model) {
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
