package com.qinglian.audit.web;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.audit.internal.AuditCheckpoint;
import com.qinglian.audit.internal.AuditCheckpoints;
import com.qinglian.audit.internal.AuditFilter;
import com.qinglian.audit.internal.AuditLog;
import com.qinglian.audit.internal.Receipts;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.NotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The auditor's pages: the filtered trail, the chain verification (against a receipt) and the checkpoints. */
@Controller
class AuditController {

    private final AuditLog log;
    private final AuditCheckpoints checkpoints;
    private final AuditTrail trail;

    AuditController(AuditLog log, AuditCheckpoints checkpoints, AuditTrail trail) {
        this.log = log;
        this.checkpoints = checkpoints;
        this.trail = trail;
    }

    @GetMapping("/audit")
    String list(
            @ModelAttribute("filter") AuditFilterForm form, @RequestParam(required = false) String page, Model model) {
        AuditFilter filter = form.toFilter();
        model.addAttribute("page", log.page(filter, ListQuery.pageNumber(page)));
        model.addAttribute("actions", AuditActions.KNOWN);
        model.addAttribute("zone", log.zone());
        return "audit/list";
    }

    @GetMapping("/audit/verify")
    String verifyForm(Model model) {
        return verifyPage(model);
    }

    // A POST, because a full walk of a long chain is work nobody should trigger by prefetching a link.
    @PostMapping("/audit/verify")
    String verify(@RequestParam(required = false) MultipartFile receipt, Model model, Principal auditor)
            throws IOException {
        if (receipt != null && !receipt.isEmpty()) {
            if (receipt.getSize() > 10_000) {
                model.addAttribute("receiptError", true);
                return verifyPage(model);
            }
            Optional<AuditCheckpoint> checkpoint =
                    Receipts.read(new String(receipt.getBytes(), StandardCharsets.UTF_8));
            if (checkpoint.isEmpty()) {
                model.addAttribute("receiptError", true);
                return verifyPage(model);
            }
            model.addAttribute("result", log.verify(checkpoint.get()));
        } else {
            model.addAttribute("result", log.verifyAndRecord(auditor.getName()));
        }
        return verifyPage(model);
    }

    /** The auditor's signed receipt of one checkpoint, to keep outside the system; its download is audited. */
    @GetMapping("/audit/checkpoints/receipt")
    ResponseEntity<byte[]> receipt(@RequestParam long id) {
        AuditCheckpoint checkpoint =
                checkpoints.find(id).orElseThrow(() -> new NotFoundException("no checkpoint " + id));
        trail.record(AuditEvent.of(AuditActions.EXPORT, "audit-checkpoint", String.valueOf(id), null, null));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("audit-checkpoint-" + id + ".json")
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(checkpoint.receipt().getBytes(StandardCharsets.UTF_8));
    }

    /** A checkpoint now, for the auditor who wants a receipt of the trail as it stands. */
    @PostMapping("/audit/checkpoints")
    String takeCheckpoint() {
        checkpoints.take("auditor");
        return "redirect:/audit/verify";
    }

    private String verifyPage(Model model) {
        model.addAttribute("checkpoints", checkpoints.list());
        model.addAttribute("guarded", log.guardedByTriggers());
        model.addAttribute("zone", log.zone());
        return "audit/verify";
    }

    /** The auditor's start page: recent sensitive actions and the chain's last verification. */
    @GetMapping("/audit/overview")
    String overview(Model model) {
        model.addAttribute("entries", log.sensitive(20));
        model.addAttribute("last", log.lastVerification().orElse(null));
        model.addAttribute("zone", log.zone());
        return "audit/overview";
    }
}
