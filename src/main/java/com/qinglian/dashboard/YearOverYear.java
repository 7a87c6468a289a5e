package com.qinglian.dashboard;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.dashboard.internal.DashboardQueries;
import com.qinglian.dashboard.internal.DashboardQueries.YearAverage;
import com.qinglian.dashboard.internal.DashboardQueries.YearScore;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.unit.UnitType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Year over year, over finalized campaigns only (their results never change): the district's average total
 * per unit type, and one unit's total, dimension and item scores. Nodes are matched across rubric versions
 * by code, so an item that kept its code is one row however its wording changed.
 */
@Service
public class YearOverYear {

    private final DashboardQueries queries;
    private final Campaigns campaigns;
    private final MessageSource messages;

    YearOverYear(DashboardQueries queries, Campaigns campaigns, MessageSource messages) {
        this.queries = queries;
        this.campaigns = campaigns;
        this.messages = messages;
    }

    /** The charts: district averages, and with a unit its totals, dimensions and items by year. */
    @Transactional(readOnly = true)
    public List<ChartTable> charts(String unitCode, Locale locale) {
        Charts c = new Charts(messages, locale);
        List<ChartTable> out = new ArrayList<>();
        out.add(district(c));
        if (unitCode != null && !unitCode.isBlank()) {
            out.addAll(unit(c, unitCode.strip()));
        }
        return out;
    }

    private ChartTable district(Charts c) {
        Map<String, List<Object>> rows = new LinkedHashMap<>();
        for (YearAverage a : queries.finalizedAverages()) {
            List<Object> row = rows.computeIfAbsent(a.campaignCode(), k -> {
                List<Object> r = new ArrayList<>(List.of(a.year() + " (" + a.campaignCode() + ")"));
                for (int i = 0; i < UnitType.values().length; i++) {
                    r.add(BigDecimal.ZERO);
                }
                return r;
            });
            UnitType.parse(a.unitType()).ifPresent(t -> row.set(t.ordinal() + 1, Charts.round(a.average())));
        }
        return c.table(
                "years",
                ChartKind.LINE,
                "dashboard.unit.points",
                c.typeHeaders("dashboard.col.year"),
                new ArrayList<>(rows.values()),
                UnitType.values().length,
                null);
    }

    private List<ChartTable> unit(Charts c, String unitCode) {
        List<YearScore> scores = queries.unitAcrossYears(unitCode);
        Set<String> years = new LinkedHashSet<>();
        scores.forEach(s -> years.add(s.year() + " (" + s.campaignCode() + ")"));
        Optional<Rubric> latest = latestRubric();
        Map<String, RubricNode> nodes = latest.map(Rubric::nodesByCode).orElse(Map.of());
        List<String> dimensionCodes = latest.map(r ->
                        CampaignDashboard.axes(r).stream().map(RubricNode::code).toList())
                .orElse(List.of());
        List<String> yearList = List.copyOf(years);

        List<List<Object>> totals = new ArrayList<>();
        for (String year : yearList) {
            List<Object> row = new ArrayList<>(List.of(year));
            row.add(value(scores, year, null));
            dimensionCodes.forEach(code -> row.add(value(scores, year, code)));
            totals.add(row);
        }
        List<String> headers = new ArrayList<>(List.of(c.text("dashboard.col.year"), c.text("dashboard.col.total")));
        dimensionCodes.forEach(code -> headers.add(nodes.get(code).label()));
        ChartTable trend = c.table(
                "unitYears", ChartKind.LINE, "dashboard.unit.points", headers, totals, 1 + dimensionCodes.size(), null);

        Set<String> itemCodes = new LinkedHashSet<>();
        scores.stream()
                .filter(s -> s.nodeCode() != null
                        && nodes.containsKey(s.nodeCode())
                        && nodes.get(s.nodeCode()).isItem())
                .forEach(s -> itemCodes.add(s.nodeCode()));
        List<List<Object>> items = new ArrayList<>();
        for (String code : itemCodes.stream().sorted().toList()) {
            List<Object> row = new ArrayList<>(
                    List.of(code + " " + Charts.shorten(nodes.get(code).label(), 30)));
            yearList.forEach(year -> row.add(value(scores, year, code)));
            items.add(row);
        }
        List<String> itemHeaders = new ArrayList<>(List.of(c.text("dashboard.col.item")));
        itemHeaders.addAll(yearList);
        ChartTable itemTable =
                c.table("unitItems", ChartKind.BAR, "dashboard.unit.points", itemHeaders, items, 0, null);
        return List.of(trend, itemTable);
    }

    private Optional<Rubric> latestRubric() {
        return campaigns.list().stream()
                .filter(c -> c.status() == CampaignStatus.FINALIZED)
                .findFirst()
                .map(campaigns::rubric);
    }

    /** The score of a node (null: the total) in a year, or null when the unit had none that year. */
    private static BigDecimal value(List<YearScore> scores, String year, String nodeCode) {
        return scores.stream()
                .filter(s -> (s.year() + " (" + s.campaignCode() + ")").equals(year))
                .filter(s -> nodeCode == null ? s.nodeCode() == null : nodeCode.equals(s.nodeCode()))
                .map(s -> Charts.round(s.score()))
                .findFirst()
                .orElse(null);
    }

    /** Finalized campaigns, newest first, for the page's explanation. */
    @Transactional(readOnly = true)
    public List<Campaign> finalized() {
        return campaigns.list().stream()
                .filter(c -> c.status() == CampaignStatus.FINALIZED)
                .toList();
    }
}
