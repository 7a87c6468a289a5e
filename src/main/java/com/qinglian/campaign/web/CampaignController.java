package com.qinglian.campaign.web;

import com.qinglian.campaign.AssignmentScope;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignList;
import com.qinglian.campaign.CampaignParticipants;
import com.qinglian.campaign.CampaignSettingsFormat;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.rubric.RubricCatalog;
import com.qinglian.rubric.RubricStatus;
import com.qinglian.rubric.RubricSummary;
import com.qinglian.scoring.Settings;
import com.qinglian.scoring.Veto;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.web.ListParams;
import com.qinglian.shared.web.ProblemMessages;
import com.qinglian.unit.UnitDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Campaign pages for organisers: list, create, edit (draft), copy, status moves and evaluator assignment. */
@Controller
class CampaignController {

    private final Campaigns campaigns;
    private final CampaignList campaignList;
    private final RubricCatalog rubrics;
    private final UnitDirectory units;
    private final UserAccounts users;
    private final ProblemMessages messages;
    private final CampaignSettingsFormat settingsFormat;
    private final CampaignParticipants participants;

    CampaignController(
            Campaigns campaigns,
            CampaignList campaignList,
            RubricCatalog rubrics,
            UnitDirectory units,
            UserAccounts users,
            ProblemMessages messages,
            CampaignSettingsFormat settingsFormat,
            CampaignParticipants participants) {
        this.participants = participants;
        this.campaigns = campaigns;
        this.campaignList = campaignList;
        this.rubrics = rubrics;
        this.units = units;
        this.users = users;
        this.messages = messages;
        this.settingsFormat = settingsFormat;
    }

    @GetMapping("/campaigns")
    String list(ListParams params, @RequestParam(required = false) CampaignStatus status, Model model) {
        model.addAttribute("page", campaignList.page(params.query(CampaignList.SORTS), status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", CampaignStatus.values());
        return "campaign/list";
    }

    @GetMapping("/campaigns/{campaign}")
    String show(@PathVariable("campaign") String code, ListParams params, Model model) {
        return showPage(code, params.query(CampaignParticipants.PARTICIPANT_SORTS), model);
    }

    @GetMapping("/campaigns/new")
    String createForm(Model model) {
        CampaignForm form = new CampaignForm();
        showSettings(form, CampaignSettingsFormat.DEFAULT);
        return form(form, true, model);
    }

    @PostMapping("/campaigns")
    String create(@ModelAttribute("form") CampaignForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            takeSettings(form);
            Campaign campaign = campaigns.create(form.details(), form.chosenUnits());
            redirect.addFlashAttribute("success", "campaign.saved");
            return "redirect:/campaigns/" + campaign.code();
        } catch (InputRejectedException e) {
            model.addAttribute("problems", messages.byField(e.problems(), locale));
            return form(form, true, model);
        }
    }

    @GetMapping("/campaigns/{campaign}/edit")
    String editForm(@PathVariable("campaign") String code, Model model) {
        Campaign campaign = campaigns.get(code);
        campaign.requireDraft();
        CampaignForm form = CampaignForm.of(campaign, campaigns.units(code));
        showSettings(form, campaign.settings());
        return form(form, false, model);
    }

    @PostMapping("/campaigns/{campaign}")
    String update(
            @PathVariable("campaign") String code,
            @ModelAttribute("form") CampaignForm form,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        form.setCode(code);
        try {
            takeSettings(form);
            campaigns.update(form.details(), form.chosenUnits(), form.getVersion());
            redirect.addFlashAttribute("success", "campaign.saved");
            return "redirect:/campaigns/" + code;
        } catch (InputRejectedException e) {
            model.addAttribute("problems", messages.byField(e.problems(), locale));
            return form(form, false, model);
        }
    }

    @PostMapping("/campaigns/{campaign}/copy")
    String copy(
            @PathVariable("campaign") String code,
            @RequestParam String newCode,
            @RequestParam String newName,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            Campaign copy = campaigns.copy(code, newCode, newName);
            redirect.addFlashAttribute("success", "campaign.copied");
            return "redirect:/campaigns/" + copy.code();
        } catch (InputRejectedException e) {
            redirect.addFlashAttribute(
                    "problemText", messages.byRow(e.problems(), locale).get(0).message());
            return "redirect:/campaigns/" + code;
        }
    }

    /**
     * Assigns one evaluator to the ticked participants, every agency, every station or every participant,
     * in one request (audited once). A refusal shows the page again with the message and the choices made.
     */
    @PostMapping("/campaigns/{campaign}/assignments")
    String assign(
            @PathVariable("campaign") String code,
            @RequestParam String evaluator,
            @RequestParam(defaultValue = "SELECTED") AssignmentScope scope,
            @RequestParam(required = false) List<String> unitCodes,
            @RequestParam(required = false) String nodeCode,
            @RequestParam(defaultValue = "false") boolean lead,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            List<String> chosen = scope.choose(participants.participants(code), unitCodes);
            campaigns.assign(code, evaluator, chosen, nodeCode, lead);
            redirect.addFlashAttribute("success", "campaign.assigned");
            redirect.addFlashAttribute("assignedCount", chosen.size());
            return "redirect:/campaigns/" + code + "#assignments";
        } catch (InputRejectedException e) {
            model.addAttribute(
                    "problemText",
                    String.join(
                            ";",
                            messages.byRow(e.problems(), locale).stream()
                                    .map(ProblemMessages.Line::message)
                                    .toList()));
            model.addAttribute(
                    "choice",
                    new AssignmentChoice(evaluator, scope, unitCodes == null ? List.of() : unitCodes, nodeCode, lead));
            return showPage(code, ListQuery.first(CampaignParticipants.PARTICIPANT_SORTS), model);
        }
    }

    @PostMapping("/campaigns/{campaign}/assignments/{assignment}/delete")
    String unassign(
            @PathVariable("campaign") String code, @PathVariable("assignment") long id, RedirectAttributes redirect) {
        campaigns.unassign(code, id);
        redirect.addFlashAttribute("success", "campaign.unassigned");
        return "redirect:/campaigns/" + code + "#assignments";
    }

    private String showPage(String code, ListQuery query, Model model) {
        Campaign campaign = campaigns.get(code);
        model.addAttribute("campaign", campaign);
        model.addAttribute("page", participants.participants(code, query));
        model.addAttribute("assignmentTotal", participants.assignmentCount(code));
        model.addAttribute("history", campaigns.history(code));
        model.addAttribute("overrides", campaigns.overrides(code));
        model.addAttribute("window", campaigns.publicity(code).orElse(null));
        model.addAttribute("next", campaign.status().next().orElse(null));
        model.addAttribute("previous", campaign.status().previous().orElse(null));
        model.addAttribute("evaluators", users.active(Role.EVALUATOR));
        model.addAttribute("scopes", AssignmentScope.values());
        if (!model.containsAttribute("choice")) {
            model.addAttribute("choice", AssignmentChoice.NONE);
        }
        return "campaign/show";
    }

    /** Stored settings into the form's fields; settings the fields cannot show (unreadable) open in the YAML mode. */
    private void showSettings(CampaignForm form, String yaml) {
        try {
            SettingsRows.fill(form, settingsFormat.read(yaml));
            form.setSettingsMode(CampaignForm.FORM_MODE);
        } catch (IllegalArgumentException unreadable) {
            form.setSettings(yaml);
            form.setSettingsMode(CampaignForm.YAML_MODE);
        }
    }

    /**
     * The posted settings become the form's YAML; refused fields are refused with the campaign's own checks
     * (so every message shows at once) before anything is written.
     */
    private static void takeSettings(CampaignForm form) {
        SettingsRows.Outcome settings = SettingsRows.read(form);
        if (!settings.problems().isEmpty()) {
            List<InputProblem> problems = new ArrayList<>(form.details().problems());
            problems.addAll(settings.problems());
            throw new InputRejectedException(problems);
        }
        form.setSettings(settings.yaml());
    }

    private String form(CampaignForm form, boolean creating, Model model) {
        SettingsRows.pad(form);
        List<RubricSummary> published = rubrics.list().stream()
                .filter(r -> r.status() == RubricStatus.PUBLISHED)
                .toList();
        List<RuleGroup> groups = published.stream()
                .flatMap(r -> rubrics.findPublished(r.code(), r.version()).stream())
                .map(RuleGroup::of)
                .toList();
        RuleGroup current = groups.stream()
                .filter(g -> g.rubric().equals(form.getRubric()))
                .findFirst()
                .orElse(groups.isEmpty() ? RuleGroup.NONE : groups.get(0));
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("rubrics", published);
        model.addAttribute("ruleGroups", groups);
        model.addAttribute("currentRules", current);
        model.addAttribute("vetoEffects", Veto.Effect.values());
        model.addAttribute("multipleScoreRules", Settings.MultipleScores.values());
        model.addAttribute("allUnits", units.active());
        return "campaign/form";
    }
}
