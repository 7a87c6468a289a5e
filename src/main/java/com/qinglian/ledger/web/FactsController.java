package com.qinglian.ledger.web;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.facts.FactDetails;
import com.qinglian.ledger.facts.RateTasks;
import com.qinglian.ledger.facts.TaskDetails;
import com.qinglian.ledger.facts.TaskFigures;
import com.qinglian.ledger.facts.UnitFact;
import com.qinglian.ledger.facts.UnitFacts;
import com.qinglian.rubric.FactRule;
import com.qinglian.rubric.RubricNode;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.web.ProblemMessages;
import com.qinglian.unit.Unit;
import com.qinglian.unit.UnitDirectory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' facts per unit (单位事实) and the figures of rate items (实际完成数, 下达任务数): the lists by unit
 * and a form for each. A campaign's facts are few (facts × units), so they are listed whole, without paging.
 */
@Controller
class FactsController {

    private final UnitFacts facts;
    private final RateTasks tasks;
    private final Campaigns campaigns;
    private final UnitDirectory units;
    private final ProblemMessages messages;

    FactsController(
            UnitFacts facts, RateTasks tasks, Campaigns campaigns, UnitDirectory units, ProblemMessages messages) {
        this.facts = facts;
        this.tasks = tasks;
        this.campaigns = campaigns;
        this.units = units;
        this.messages = messages;
    }

    /** {@code fact} chooses the form's fact (the first by default), {@code unit} fills it with what is recorded. */
    @GetMapping("/campaigns/{campaign}/ledger/facts")
    String page(
            @PathVariable("campaign") String code,
            @RequestParam(required = false) String fact,
            @RequestParam(required = false) String item,
            @RequestParam(required = false) String unit,
            Model model) {
        Campaign campaign = campaigns.get(code);
        List<FactRule> declared = facts.declared(code);
        FactRule chosen = chosenFact(declared, fact);
        FactDetails factDraft = chosen == null || unit == null
                ? new FactDetails(unit, chosen == null ? null : chosen.code(), null, null)
                : facts.find(code, unit, chosen.code())
                        .map(f -> new FactDetails(
                                f.unitCode(), f.factCode(), f.value().toPlainString(), f.basis()))
                        .orElse(new FactDetails(unit, chosen.code(), null, null));
        List<RubricNode> rateItems = tasks.items(code);
        RubricNode chosenItem = rateItems.stream()
                .filter(i -> i.code().equals(item))
                .findFirst()
                .orElse(rateItems.isEmpty() ? null : rateItems.get(0));
        TaskDetails taskDraft = chosenItem == null || unit == null || item == null
                ? new TaskDetails(null, chosenItem == null ? null : chosenItem.code(), null, null, null)
                : tasks.find(code, unit, chosenItem.code())
                        .map(t -> new TaskDetails(
                                t.unitCode(),
                                t.itemCode(),
                                t.actual().toPlainString(),
                                t.target().toPlainString(),
                                t.basis()))
                        .orElse(new TaskDetails(unit, chosenItem.code(), null, null, null));
        return page(campaign, declared, chosen, factDraft, taskDraft, model);
    }

    @PostMapping("/campaigns/{campaign}/ledger/facts")
    String recordFact(
            @PathVariable("campaign") String code,
            @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) String factCode,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) String basis,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Campaign campaign = campaigns.get(code);
        campaign.requireNotFinalized();
        FactDetails details = new FactDetails(unitCode, factCode, value, basis);
        try {
            facts.record(code, details);
            redirect.addFlashAttribute("success", "fact.saved");
            return "redirect:/campaigns/" + code + "/ledger/facts?fact=" + details.factCode();
        } catch (InputRejectedException e) {
            model.addAttribute("problems", messages.byField(e.problems(), locale));
            List<FactRule> declared = facts.declared(code);
            return page(
                    campaign,
                    declared,
                    chosenFact(declared, details.factCode()),
                    details,
                    new TaskDetails(null, null, null, null, null),
                    model);
        }
    }

    @PostMapping("/campaigns/{campaign}/ledger/facts/{id}/delete")
    String deleteFact(@PathVariable("campaign") String code, @PathVariable long id, RedirectAttributes redirect) {
        UnitFact deleted = facts.delete(code, id);
        redirect.addFlashAttribute("success", "fact.deleted");
        return "redirect:/campaigns/" + code + "/ledger/facts?fact=" + deleted.factCode();
    }

    @PostMapping("/campaigns/{campaign}/ledger/tasks")
    String recordTask(
            @PathVariable("campaign") String code,
            @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) String itemCode,
            @RequestParam(required = false) String actual,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) String basis,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Campaign campaign = campaigns.get(code);
        campaign.requireNotFinalized();
        TaskDetails details = new TaskDetails(unitCode, itemCode, actual, target, basis);
        try {
            tasks.record(code, details);
            redirect.addFlashAttribute("success", "task.saved");
            return "redirect:/campaigns/" + code + "/ledger/facts#tasks";
        } catch (InputRejectedException e) {
            // kept apart from the facts form's "problems"; problemText gives the refusal its status and summary
            Map<String, String> byField = messages.byField(e.problems(), locale);
            model.addAttribute("taskProblems", byField);
            model.addAttribute("problemText", String.join(";", byField.values()));
            List<FactRule> declared = facts.declared(code);
            FactRule chosen = chosenFact(declared, null);
            return page(
                    campaign,
                    declared,
                    chosen,
                    new FactDetails(null, chosen == null ? null : chosen.code(), null, null),
                    details,
                    model);
        }
    }

    @PostMapping("/campaigns/{campaign}/ledger/tasks/{id}/delete")
    String deleteTask(@PathVariable("campaign") String code, @PathVariable long id, RedirectAttributes redirect) {
        tasks.delete(code, id);
        redirect.addFlashAttribute("success", "task.deleted");
        return "redirect:/campaigns/" + code + "/ledger/facts#tasks";
    }

    private static FactRule chosenFact(List<FactRule> declared, String code) {
        return declared.stream()
                .filter(f -> f.code().equals(code))
                .findFirst()
                .orElse(declared.isEmpty() ? null : declared.get(0));
    }

    private String page(
            Campaign campaign,
            List<FactRule> declared,
            FactRule chosen,
            FactDetails factDraft,
            TaskDetails taskDraft,
            Model model) {
        String code = campaign.code();
        List<Unit> participants = campaigns.units(code).stream().map(units::get).toList();
        model.addAttribute("campaign", campaign);
        model.addAttribute("units", participants);
        model.addAttribute(
                "unitNames", participants.stream().collect(Collectors.toMap(Unit::code, Unit::name, (a, b) -> a)));
        model.addAttribute("declared", declared);
        model.addAttribute(
                "factRules", declared.stream().collect(Collectors.toMap(FactRule::code, Function.identity())));
        model.addAttribute("chosen", chosen);
        model.addAttribute("factDraft", factDraft);
        Map<String, List<UnitFact>> byUnit = facts.recorded(code).stream()
                .collect(Collectors.groupingBy(UnitFact::unitCode, java.util.TreeMap::new, Collectors.toList()));
        model.addAttribute("factsByUnit", byUnit);
        List<RubricNode> rateItems = tasks.items(code);
        model.addAttribute("rateItems", rateItems);
        model.addAttribute(
                "itemLabels", rateItems.stream().collect(Collectors.toMap(RubricNode::code, RubricNode::label)));
        model.addAttribute("taskDraft", taskDraft);
        List<TaskFigures> figures = tasks.recorded(code);
        model.addAttribute("figures", figures);
        model.addAttribute("writable", !campaign.readOnly());
        return "ledger/facts";
    }
}
