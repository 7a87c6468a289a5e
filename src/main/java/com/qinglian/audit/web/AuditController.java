package com.qinglian.audit.web;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.internal.AuditFilter;
import com.qinglian.audit.internal.AuditLog;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's pages: the filtered trail and the chain verification. */
@Controller
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/audit")
    String list(
            @ModelAttribute("filter") AuditFilterForm form, @RequestParam(defaultValue = "1") int page, Model model) {
        AuditFilter filter = form.toFilter();
        model.addAttribute("page", log.page(filter, page));
        model.addAttribute("actions", AuditActions.KNOWN);
        model.addAttribute("zone", log.zone());
        return "audit/list";
    }

    @GetMapping("/audit/verify")
    String verifyForm() {
        return "audit/verify";
    }

    // A POST, because a full walk of a long chain is work nobody should trigger by prefetching a link.
    @PostMapping("/audit/verify")
    String verify(Model model, Principal auditor) {
        model.addAttribute("result", log.verifyAndRecord(auditor.getName()));
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
