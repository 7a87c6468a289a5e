package com.qinglian.ledger.web;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.Ledger;
import com.qinglian.ledger.inspections.InspectionDetails;
import com.qinglian.ledger.inspections.InspectionKind;
import com.qinglian.ledger.inspections.InspectionRecord;
import com.qinglian.ledger.inspections.Inspections;
import com.qinglian.rubric.PlacedItem;
import com.qinglian.rubric.RubricNode;
import com.qinglian.shared.ImportRejectedException;
import com.qinglian.shared.web.ProblemMessages;
import com.qinglian.unit.UnitDirectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Daily supervision and mid-year inspection records per unit, with the proposed item scores. */
@Controller
class InspectionController {

    private final Inspections inspections;
    private final Ledger ledger;
    private final Campaigns campaigns;
    private final UnitDirectory units;
    private final ProblemMessages messages;

    InspectionController(
            Inspections inspections,
            Ledger ledger,
            Campaigns campaigns,
            UnitDirectory units,
            ProblemMessages messages) {
        this.inspections = inspections;
        this.ledger = ledger;
        this.campaigns = campaigns;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/campaigns/{campaign}/inspections")
    String page(@PathVariable("campaign") String code, @RequestParam(required = false) String unit, Model model) {
        return page(campaigns.get(code), unit, model);
    }

    @PostMapping("/campaigns/{campaign}/inspections")
    String record(
            @PathVariable("campaign") String code,
            @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) InspectionKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String inspector,
            @RequestParam(required = false) String findings,
            @RequestParam(required = false) String itemCode,
            @RequestParam(required = false) BigDecimal proposedScore,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Campaign campaign = campaigns.get(code);
        campaign.requireNotFinalized();
        InspectionDetails details =
                new InspectionDetails(unitCode, kind, date, inspector, findings, itemCode, proposedScore);
        try {
            inspections.record(code, details);
            redirect.addFlashAttribute("success", "inspection.saved");
            return "redirect:/campaigns/" + code + "/inspections?unit=" + details.unitCode();
        } catch (ImportRejectedException e) {
            model.addAttribute("problems", messages.byField(e.problems(), locale));
            model.addAttribute("draft", details);
            return page(campaign, unitCode, model);
        }
    }

    @PostMapping("/campaigns/{campaign}/inspections/{id}/delete")
    String delete(
            @PathVariable("campaign") String code,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            InspectionRecord deleted = inspections.delete(code, id, reason);
            redirect.addFlashAttribute("success", "inspection.deleted");
            return "redirect:/campaigns/" + code + "/inspections?unit=" + deleted.unitCode();
        } catch (ImportRejectedException e) {
            redirect.addFlashAttribute(
                    "problemText", messages.byRow(e.problems(), locale).get(0).message());
            return "redirect:/campaigns/" + code + "/inspections";
        }
    }

    private String page(Campaign campaign, String unit, Model model) {
        String filter = unit == null || unit.isBlank() ? null : unit.strip();
        Map<String, List<InspectionRecord>> byUnit = ledger.inspections(campaign.code()).stream()
                .filter(r -> filter == null || r.unitCode().equals(filter))
                .collect(Collectors.groupingBy(InspectionRecord::unitCode, TreeMap::new, Collectors.toList()));
        List<RubricNode> items = campaigns.rubric(campaign).placedItems().stream()
                .filter(campaign::isOrganiserOnly)
                .map(PlacedItem::item)
                .toList();
        model.addAttribute("campaign", campaign);
        model.addAttribute("unit", filter);
        model.addAttribute("byUnit", byUnit);
        model.addAttribute(
                "units",
                campaigns.units(campaign.code()).stream().map(units::get).toList());
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("items", items.isEmpty() ? campaigns.rubric(campaign).items() : items);
        model.addAttribute("writable", !campaign.readOnly());
        return "ledger/inspections";
    }
}
