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
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.Page;
import com.qinglian.shared.SortKeys;
import com.qinglian.shared.web.ListParams;
import com.qinglian.shared.web.ProblemMessages;
import com.qinglian.unit.UnitDirectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    String page(
            @PathVariable("campaign") String code,
            @RequestParam(required = false) String unit,
            ListParams params,
            Model model) {
        return page(campaigns.get(code), unit, params.query(SORTS), model);
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
        } catch (InputRejectedException e) {
            model.addAttribute("problems", messages.byField(e.problems(), locale));
            model.addAttribute("draft", details);
            return page(campaign, unitCode, ListQuery.first(SORTS), model);
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
        } catch (InputRejectedException e) {
            redirect.addFlashAttribute(
                    "problemText", messages.byRow(e.problems(), locale).get(0).message());
            return "redirect:/campaigns/" + code + "/inspections";
        }
    }

    /**
     * A campaign's inspection records are few per unit, so they are searched, sorted and paged in memory; the
     * page's records are then shown grouped by unit, in the order the sort puts them.
     */
    static final SortKeys<Comparator<InspectionRecord>> SORTS = SortKeys.<Comparator<InspectionRecord>>of(
                    "unit", Comparator.comparing(InspectionRecord::unitCode).thenComparing(InspectionRecord::date))
            .and("date", Comparator.comparing(InspectionRecord::date))
            .and("kind", Comparator.comparing(InspectionRecord::kind))
            .and("item", Comparator.comparing(InspectionRecord::itemCode))
            .and("score", Comparator.comparing(InspectionRecord::proposedScore));

    private String page(Campaign campaign, String unit, ListQuery query, Model model) {
        String filter = unit == null || unit.isBlank() ? null : unit.strip();
        List<InspectionRecord> matching = ledger.inspections(campaign.code()).stream()
                .filter(r -> filter == null || r.unitCode().equals(filter))
                .filter(r -> query.matches(r.inspector(), r.findings(), r.itemCode()))
                .toList();
        Page<InspectionRecord> page = Page.of(matching, query, SORTS);
        Map<String, List<InspectionRecord>> byUnit = page.rows().stream()
                .collect(Collectors.groupingBy(InspectionRecord::unitCode, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("page", page);
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
