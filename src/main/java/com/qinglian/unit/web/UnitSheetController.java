package com.qinglian.unit.web;

import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.web.Downloads;
import com.qinglian.shared.web.ProblemMessages;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitQuery;
import com.qinglian.unit.UnitSheet;
import com.qinglian.unit.UnitType;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Units in Excel: the template, the export (personal data: audited) and the all-or-nothing import. */
@Controller
class UnitSheetController {

    private final UnitDirectory units;
    private final ProblemMessages messages;

    UnitSheetController(UnitDirectory units, ProblemMessages messages) {
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/units/template")
    ResponseEntity<byte[]> template() {
        return Downloads.xlsx("单位导入模板.xlsx", UnitSheet.template());
    }

    /** The units the list shows with the same search and filters (all pages), or every unit without any. */
    @GetMapping("/units/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UnitType type,
            @RequestParam(required = false) Boolean active) {
        return Downloads.xlsx(
                "单位名单.xlsx",
                UnitSheet.export(units.exportMatching(new UnitQuery(ListQuery.searchText(q), type, active))));
    }

    @GetMapping("/units/import")
    String importForm() {
        return "unit/import";
    }

    @PostMapping("/units/import")
    String importFile(@RequestParam("file") MultipartFile file, Model model, Locale locale, RedirectAttributes redirect)
            throws IOException {
        try {
            var summary = units.importUnits(UnitSheet.read(file.getBytes()));
            redirect.addFlashAttribute("success", "unit.imported");
            redirect.addFlashAttribute("summary", summary);
            return "redirect:/units";
        } catch (InputRejectedException e) {
            model.addAttribute("filename", file.getOriginalFilename());
            model.addAttribute("problems", messages.byRow(e.problems(), locale));
            return "unit/import";
        }
    }
}
