package com.qinglian.ledger.web;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.Campaigns;
import com.qinglian.evidence.EvidenceDownloads;
import com.qinglian.evidence.EvidenceRejectedException;
import com.qinglian.ledger.Ledger;
import com.qinglian.ledger.cases.CaseEntry;
import com.qinglian.ledger.cases.LedgerCase;
import com.qinglian.ledger.cases.LedgerCases;
import com.qinglian.ledger.cases.RuleGroup;
import com.qinglian.rubric.CaseRule;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.Page;
import com.qinglian.shared.SortKeys;
import com.qinglian.shared.web.ListParams;
import com.qinglian.shared.web.ProblemMessages;
import com.qinglian.unit.UnitDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisers' negative-list ledger of a campaign: the case list, the case form, attachments. */
@Controller
class LedgerController {

    private final Ledger ledger;
    private final LedgerCases cases;
    private final Campaigns campaigns;
    private final UnitDirectory units;
    private final EvidenceDownloads downloads;
    private final ProblemMessages messages;

    LedgerController(
            Ledger ledger,
            LedgerCases cases,
            Campaigns campaigns,
            UnitDirectory units,
            EvidenceDownloads downloads,
            ProblemMessages messages) {
        this.ledger = ledger;
        this.cases = cases;
        this.campaigns = campaigns;
        this.units = units;
        this.downloads = downloads;
        this.messages = messages;
    }

    /**
     * A campaign's cases come with their attachments and are few (dozens, at most hundreds), so the list is
     * sorted and paged in memory after one read.
     */
    static final SortKeys<Comparator<CaseEntry>> SORTS = SortKeys.<Comparator<CaseEntry>>of(
                    "date", Comparator.comparing(e -> e.ledgerCase().date()))
            .and("unit", Comparator.comparing(e -> e.ledgerCase().unitCode()))
            .and("rule", Comparator.comparing(e -> e.ledgerCase().ruleCode()))
            .and("count", Comparator.comparingInt(e -> e.ledgerCase().count()))
            .and(
                    "documentNumber",
                    Comparator.comparing(
                            e -> e.ledgerCase().documentNumber(), Comparator.nullsLast(Comparator.naturalOrder())));

    @GetMapping("/campaigns/{campaign}/ledger")
    String list(
            @PathVariable("campaign") String code,
            ListParams params,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String rule,
            Model model) {
        Campaign campaign = campaigns.get(code);
        ListQuery query = params.query(SORTS);
        List<CaseEntry> entries = ledger.entries(code).stream()
                .filter(e -> unit == null
                        || unit.isBlank()
                        || e.ledgerCase().unitCode().equals(unit))
                .filter(e -> rule == null
                        || rule.isBlank()
                        || e.ledgerCase().ruleCode().equals(rule))
                .filter(e -> query.matches(
                        e.ledgerCase().documentNumber(),
                        e.ledgerCase().issuingBody(),
                        e.ledgerCase().description()))
                .toList();
        model.addAttribute("campaign", campaign);
        model.addAttribute("page", Page.of(entries, query, SORTS));
        model.addAttribute("unit", unit);
        model.addAttribute("rule", rule);
        model.addAttribute("writable", !campaign.readOnly());
        addChoices(code, model);
        return "ledger/list";
    }

    @GetMapping("/campaigns/{campaign}/ledger/new")
    String createForm(@PathVariable("campaign") String code, Model model) {
        Campaign campaign = campaigns.get(code);
        campaign.requireNotFinalized();
        return form(campaign, new CaseForm(), null, model);
    }

    @PostMapping("/campaigns/{campaign}/ledger")
    String create(
            @PathVariable("campaign") String code,
            @ModelAttribute("form") CaseForm form,
            BindingResult binding,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        Campaign campaign = campaigns.get(code);
        campaign.requireNotFinalized();
        try {
            rejectBindingErrors(binding);
            LedgerCase saved = cases.record(code, form.details());
            List<String> refused = attach(code, saved.id(), attachments, locale);
            redirect.addFlashAttribute("success", "ledger.saved");
            if (!refused.isEmpty()) {
                redirect.addFlashAttribute("problemText", String.join(";", refused));
                return "redirect:/campaigns/" + code + "/ledger/" + saved.id() + "/edit";
            }
            return "redirect:/campaigns/" + code + "/ledger";
        } catch (InputRejectedException e) {
            model.addAttribute("problems", messages.byField(e.problems(), locale));
            return form(campaign, form, null, model);
        }
    }

    @GetMapping("/campaigns/{campaign}/ledger/{id}/edit")
    String editForm(@PathVariable("campaign") String code, @PathVariable long id, Model model) {
        Campaign campaign = campaigns.get(code);
        CaseEntry entry = cases.get(code, id);
        campaign.requireNotFinalized();
        return form(campaign, CaseForm.of(entry), entry, model);
    }

    @PostMapping("/campaigns/{campaign}/ledger/{id}")
    String update(
            @PathVariable("campaign") String code,
            @PathVariable long id,
            @ModelAttribute("form") CaseForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Campaign campaign = campaigns.get(code);
        CaseEntry entry = cases.get(code, id);
        try {
            rejectBindingErrors(binding);
            cases.update(code, id, form.details(), form.getVersion(), form.getReason());
            redirect.addFlashAttribute("success", "ledger.saved");
            return "redirect:/campaigns/" + code + "/ledger";
        } catch (InputRejectedException e) {
            model.addAttribute("problems", messages.byField(e.problems(), locale));
            return form(campaign, form, entry, model);
        }
    }

    @PostMapping("/campaigns/{campaign}/ledger/{id}/delete")
    String delete(
            @PathVariable("campaign") String code,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Locale locale,
            RedirectAttributes redirect) {
        cases.get(code, id);
        try {
            cases.delete(code, id, reason);
            redirect.addFlashAttribute("success", "ledger.deleted");
            return "redirect:/campaigns/" + code + "/ledger";
        } catch (InputRejectedException e) {
            redirect.addFlashAttribute(
                    "problemText", messages.byRow(e.problems(), locale).get(0).message());
            return "redirect:/campaigns/" + code + "/ledger/" + id + "/edit";
        }
    }

    @PostMapping("/campaigns/{campaign}/ledger/{id}/attachments")
    String upload(
            @PathVariable("campaign") String code,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) List<MultipartFile> files,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        cases.get(code, id);
        List<String> refused = attach(code, id, files, locale);
        if (refused.isEmpty()) {
            redirect.addFlashAttribute("success", "ledger.attached");
        } else {
            redirect.addFlashAttribute("problemText", String.join(";", refused));
        }
        return "redirect:/campaigns/" + code + "/ledger/" + id + "/edit";
    }

    @PostMapping("/campaigns/{campaign}/ledger/attachments/{id}/delete")
    String detach(@PathVariable("campaign") String code, @PathVariable long id, RedirectAttributes redirect) {
        long caseId = cases.detach(code, id);
        redirect.addFlashAttribute("success", "ledger.detached");
        return "redirect:/campaigns/" + code + "/ledger/" + caseId + "/edit";
    }

    @GetMapping("/campaigns/{campaign}/ledger/attachments/{id}")
    ResponseEntity<Resource> download(
            @PathVariable("campaign") String code,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean preview)
            throws IOException {
        var file = cases.attachment(code, id);
        return preview ? downloads.preview(file) : downloads.download(file);
    }

    private List<String> attach(String code, long caseId, List<MultipartFile> files, Locale locale) throws IOException {
        List<String> refused = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty()
                    && (file.getOriginalFilename() == null
                            || file.getOriginalFilename().isBlank())) {
                continue;
            }
            try (InputStream content = file.getInputStream()) {
                cases.attach(code, caseId, file.getOriginalFilename(), content);
            } catch (EvidenceRejectedException e) {
                refused.add(file.getOriginalFilename() + ":" + messages.text(e.messageKey(), locale, e.args()));
            }
        }
        return refused;
    }

    private String form(Campaign campaign, CaseForm form, CaseEntry entry, Model model) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("form", form);
        model.addAttribute("entry", entry);
        model.addAttribute("creating", entry == null);
        addChoices(campaign.code(), model);
        return "ledger/form";
    }

    private void addChoices(String code, Model model) {
        model.addAttribute(
                "units", campaigns.units(code).stream().map(units::get).toList());
        List<RuleGroup> groups = cases.groups(code);
        List<CaseRule> rules = groups.stream().flatMap(g -> g.rules().stream()).toList();
        model.addAttribute("ruleGroups", groups);
        model.addAttribute("rules", rules);
        model.addAttribute("ruleTitles", titles(rules));
        model.addAttribute(
                "levelRules", rules.stream().filter(r -> r.terms().byLevel()).toList());
    }

    static Map<String, String> titles(List<CaseRule> rules) {
        Map<String, String> titles = new HashMap<>();
        rules.forEach(r -> titles.putIfAbsent(r.code(), r.title()));
        return titles;
    }

    static void rejectBindingErrors(BindingResult binding) {
        if (binding.hasFieldErrors()) {
            throw new InputRejectedException(binding.getFieldErrors().stream()
                    .map(e -> InputProblem.of(
                            0, e.getField(), "ledger.error.format", String.valueOf(e.getRejectedValue())))
                    .toList());
        }
    }
}
