package com.qinglian.ledger.web;

import com.qinglian.evidence.EvidenceDownloads;
import com.qinglian.ledger.Ledger;
import com.qinglian.ledger.cases.LedgerCases;
import java.io.IOException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A unit's ledger history of the last two years, read-only, for organisers, leaders and the unit's evaluators. */
@Controller
class UnitLedgerController {

    private final Ledger ledger;
    private final LedgerCases cases;
    private final EvidenceDownloads downloads;

    UnitLedgerController(Ledger ledger, LedgerCases cases, EvidenceDownloads downloads) {
        this.ledger = ledger;
        this.cases = cases;
        this.downloads = downloads;
    }

    @GetMapping("/campaigns/{campaign}/units/{unit}/ledger")
    String history(@PathVariable String campaign, @PathVariable String unit, Model model) {
        model.addAttribute("history", ledger.unitHistory(campaign, unit));
        model.addAttribute("ruleTitles", LedgerController.titles(cases.rules(campaign)));
        return "ledger/history";
    }

    @GetMapping("/campaigns/{campaign}/units/{unit}/ledger/attachments/{id}")
    ResponseEntity<Resource> download(
            @PathVariable String campaign,
            @PathVariable String unit,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean preview)
            throws IOException {
        var file = ledger.historyAttachment(campaign, unit, id);
        return preview ? downloads.preview(file) : downloads.download(file);
    }
}
