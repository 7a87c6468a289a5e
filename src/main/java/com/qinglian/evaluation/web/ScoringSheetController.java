package com.qinglian.evaluation.web;

import com.qinglian.evaluation.Evaluations;
import com.qinglian.evaluation.ScoringSheet;
import com.qinglian.evaluation.ScoringWorkbook;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.web.Downloads;
import com.qinglian.shared.web.ProblemMessages;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Offline scoring: download a unit's (or all assigned units') scoring sheet, fill it in Excel, upload it back. */
@Controller
class ScoringSheetController {

    private final Evaluations evaluations;
    private final ProblemMessages messages;

    ScoringSheetController(Evaluations evaluations, ProblemMessages messages) {
        this.evaluations = evaluations;
        this.messages = messages;
    }

    @GetMapping("/campaigns/{campaign}/scoring-sheet")
    ResponseEntity<byte[]> download(@PathVariable String campaign, @RequestParam(required = false) String unit) {
        List<String> units = unit != null
                ? List.of(unit)
                : evaluations.worklist().stream()
                        .filter(w -> w.campaign().code().equals(campaign))
                        .map(w -> w.unit().code())
                        .toList();
        List<ScoringSheet> sheets =
                units.stream().map(u -> evaluations.sheet(campaign, u)).toList();
        return Downloads.xlsx(
                campaign + "-评分表" + (unit == null ? "" : "-" + unit) + ".xlsx", ScoringWorkbook.write(sheets));
    }

    @GetMapping("/campaigns/{campaign}/scoring-sheet/upload")
    String uploadForm(@PathVariable String campaign, Model model) {
        model.addAttribute("campaign", campaign);
        return "evaluation/upload";
    }

    @PostMapping("/campaigns/{campaign}/scoring-sheet/upload")
    String upload(
            @PathVariable String campaign,
            @RequestParam("file") MultipartFile file,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        try {
            int saved = evaluations.importScores(campaign, ScoringWorkbook.read(file.getBytes()));
            redirect.addFlashAttribute("success", "evaluation.imported");
            redirect.addFlashAttribute("importedCount", saved);
            return "redirect:/evaluations";
        } catch (InputRejectedException e) {
            model.addAttribute("campaign", campaign);
            model.addAttribute("filename", file.getOriginalFilename());
            model.addAttribute("problems", messages.byRow(e.problems(), locale));
            return "evaluation/upload";
        }
    }
}
