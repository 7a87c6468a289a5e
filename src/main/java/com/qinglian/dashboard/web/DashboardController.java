package com.qinglian.dashboard.web;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.dashboard.CampaignDashboard;
import com.qinglian.dashboard.ChartTable;
import com.qinglian.dashboard.YearOverYear;
import com.qinglian.rubric.RubricNode;
import com.qinglian.shared.NotFoundException;
import com.qinglian.shared.web.Downloads;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The organisers' and leaders' dashboards: a campaign's, and across years; each chart with its Excel file. */
@Controller
class DashboardController {

    private final CampaignDashboard dashboards;
    private final YearOverYear years;
    private final Campaigns campaigns;

    DashboardController(CampaignDashboard dashboards, YearOverYear years, Campaigns campaigns) {
        this.dashboards = dashboards;
        this.years = years;
        this.campaigns = campaigns;
    }

    /** The newest campaign that has started; the page says so when there is none yet. */
    @GetMapping("/dashboard")
    String latest(Model model) {
        return campaigns.list().stream()
                .filter(c -> c.status() != CampaignStatus.DRAFT)
                .findFirst()
                .map(c -> "redirect:/campaigns/" + c.code() + "/dashboard")
                .orElse("dashboard/none");
    }

    @GetMapping("/campaigns/{campaign}/dashboard")
    String campaign(
            @PathVariable String campaign, @RequestParam(required = false) String unit, Locale locale, Model model) {
        CampaignDashboard.Dashboard dashboard = dashboards.load(campaign, unit, locale);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("campaign", dashboard.campaign());
        model.addAttribute("charts", dashboard.charts());
        model.addAttribute("chartJson", ChartJson.write(dashboard.charts()));
        model.addAttribute(
                "campaigns",
                campaigns.list().stream()
                        .filter(c -> c.status() != CampaignStatus.DRAFT)
                        .toList());
        model.addAttribute("exportBase", "/campaigns/" + campaign + "/dashboard/export/");
        return "dashboard/campaign";
    }

    @GetMapping("/campaigns/{campaign}/dashboard/export/{chart}")
    ResponseEntity<byte[]> export(
            @PathVariable String campaign,
            @PathVariable String chart,
            @RequestParam(required = false) String unit,
            Locale locale) {
        ChartTable table = dashboards
                .load(campaign, unit, locale)
                .chart(chart)
                .orElseThrow(() -> new NotFoundException("no chart " + chart));
        return Downloads.xlsx(campaign + "-" + table.title() + ".xlsx", ChartWorkbook.write(table));
    }

    /** The units behind a weak item: every unit below full points on it, the largest shortfall first. */
    @GetMapping("/campaigns/{campaign}/dashboard/items/{item}")
    String item(@PathVariable String campaign, @PathVariable String item, Model model) {
        Campaign c = campaigns.get(campaign);
        RubricNode node = campaigns
                .rubric(c)
                .node(item)
                .filter(RubricNode::isItem)
                .orElseThrow(() -> new NotFoundException("no item " + item));
        model.addAttribute("campaign", c);
        model.addAttribute("item", node);
        model.addAttribute("rows", dashboards.unitsBelow(campaign, item));
        return "dashboard/item";
    }

    @GetMapping("/dashboard/years")
    String years(@RequestParam(required = false) String unit, Locale locale, Model model) {
        List<ChartTable> charts = years.charts(unit, locale);
        model.addAttribute("charts", charts);
        model.addAttribute("chartJson", ChartJson.write(charts));
        model.addAttribute("unit", unit);
        model.addAttribute("finalized", years.finalized());
        model.addAttribute("exportBase", "/dashboard/years/export/");
        return "dashboard/years";
    }

    @GetMapping("/dashboard/years/export/{chart}")
    ResponseEntity<byte[]> exportYears(
            @PathVariable String chart, @RequestParam(required = false) String unit, Locale locale) {
        ChartTable table = years.charts(unit, locale).stream()
                .filter(c -> c.id().equals(chart))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("no chart " + chart));
        return Downloads.xlsx(table.title() + ".xlsx", ChartWorkbook.write(table));
    }
}
