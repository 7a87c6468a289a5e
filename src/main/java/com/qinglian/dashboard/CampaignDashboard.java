package com.qinglian.dashboard;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.Campaigns;
import com.qinglian.dashboard.internal.DashboardQueries;
import com.qinglian.dashboard.internal.DashboardQueries.Count;
import com.qinglian.dashboard.internal.DashboardQueries.NodeAverage;
import com.qinglian.dashboard.internal.DashboardQueries.Run;
import com.qinglian.dashboard.internal.DashboardQueries.RunTotals;
import com.qinglian.dashboard.internal.DashboardQueries.Shortfall;
import com.qinglian.dashboard.internal.ParticipantGroups;
import com.qinglian.dashboard.internal.RunCache;
import com.qinglian.rubric.ApplicableItems;
import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.NodeLevel;
import com.qinglian.rubric.PlacedItem;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.unit.UnitType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's dashboard: progress of self-assessment and scoring, the distribution of totals, grades,
 * dimension averages, the weakest items and the negative list. Guarantees: every figure is a grouped SQL
 * aggregate; result figures come from the campaign's current stored run (what the results page shows), and
 * are cached per run, since a stored run never changes.
 */
@Service
public class CampaignDashboard {

    static final int WEAKEST = 10;
    static final int DRILL_DOWN_LIMIT = 1000;
    private static final List<String> STATUSES = List.of("NONE", "DRAFT", "RETURNED", "SUBMITTED");

    private final DashboardQueries queries;
    private final ParticipantGroups participantGroups;
    private final Campaigns campaigns;
    private final MessageSource messages;
    private final RunCache cache;

    CampaignDashboard(
            DashboardQueries queries,
            ParticipantGroups participantGroups,
            Campaigns campaigns,
            MessageSource messages,
            RunCache cache) {
        this.participantGroups = participantGroups;
        this.queries = queries;
        this.campaigns = campaigns;
        this.messages = messages;
        this.cache = cache;
    }

    /** The dashboard of a campaign; {@code unitCode} (may be null) adds that unit's radar against its type. */
    public record Dashboard(
            Campaign campaign,
            Instant computedAt,
            long resultUnits,
            BigDecimal averageTotal,
            long participants,
            long submitted,
            List<ChartTable> charts,
            String unitCode) {

        public Optional<ChartTable> chart(String id) {
            return charts.stream().filter(c -> c.id().equals(id)).findFirst();
        }
    }

    @Transactional(readOnly = true)
    public Dashboard load(String campaignCode, String unitCode, Locale locale) {
        Campaign campaign = campaigns.get(campaignCode);
        Rubric rubric = campaigns.rubric(campaign);
        Charts charts = new Charts(messages, locale);
        List<ChartTable> out = new ArrayList<>();
        List<Count> statuses = queries.selfAssessmentByType(campaignCode);
        out.add(progress(charts, statuses));
        out.add(scoring(charts, campaignCode, rubric, statuses));
        out.add(timeline(charts, campaignCode));
        Optional<Run> run = queries.currentRun(campaignCode);
        Optional<RunTotals> totals = run.map(r -> cache.get(r.id(), "totals", () -> queries.runTotals(r.id())));
        if (run.isPresent()) {
            out.addAll(cache.get(
                    run.get().id(),
                    "charts/" + locale.toLanguageTag(),
                    () -> List.copyOf(runCharts(charts, campaignCode, run.get(), rubric))));
            if (unitCode != null && !unitCode.isBlank()) {
                unitRadar(charts, run.get(), rubric, unitCode.strip()).ifPresent(out::add);
            }
        }
        out.add(negative(charts, campaignCode, rubric));
        long participants = statuses.stream().mapToLong(Count::count).sum();
        long submitted = statuses.stream()
                .filter(c -> c.key().equals("SUBMITTED"))
                .mapToLong(Count::count)
                .sum();
        return new Dashboard(
                campaign,
                run.map(Run::computedAt).orElse(null),
                totals.map(RunTotals::units).orElse(0L),
                totals.map(t -> Charts.round(t.averageTotal())).orElse(null),
                participants,
                submitted,
                out,
                unitCode == null || unitCode.isBlank() ? null : unitCode.strip());
    }

    /** Units below full points on an item in the current run, the largest shortfall first (at most 1,000). */
    @Transactional(readOnly = true)
    public List<DashboardQueries.UnitShortfall> unitsBelow(String campaignCode, String itemCode) {
        return queries.currentRun(campaignCode)
                .map(run -> queries.unitsBelow(run.id(), itemCode, DRILL_DOWN_LIMIT))
                .orElse(List.of());
    }

    private ChartTable progress(Charts c, List<Count> counts) {
        List<String> headers = new ArrayList<>(List.of(c.text("dashboard.col.unitType")));
        STATUSES.forEach(s -> headers.add(c.text("dashboard.status." + s)));
        List<List<Object>> rows = new ArrayList<>();
        for (UnitType type : UnitType.values()) {
            List<Object> row = new ArrayList<>(List.of(c.type(type.name())));
            STATUSES.forEach(s -> row.add(Charts.sum(counts, type.name(), s)));
            rows.add(row);
        }
        return c.table("progress", ChartKind.STACKED_BAR, "dashboard.unit.units", headers, rows, STATUSES.size(), null);
    }

    private static long manual(List<PlacedItem> items) {
        return items.stream()
                .filter(e -> e.item().rule() instanceof ItemRule.Manual)
                .count();
    }

    /** Scored against scorable items per unit type; the participants are counted with their sheets' statuses. */
    private ChartTable scoring(Charts c, String campaignCode, Rubric rubric, List<Count> statuses) {
        List<Count> scored = queries.scoredItemsByType(campaignCode);
        ApplicableItems applicable = new ApplicableItems(rubric);
        Map<String, Long> scorable = new HashMap<>();
        if (applicable.restrictedBeyondType()) {
            // units of one type may differ in their items: count per group of alike participants
            Set<String> named = rubric.allNodes()
                    .flatMap(n -> n.terms().appliesToUnits().stream())
                    .collect(Collectors.toSet());
            for (var group : participantGroups.participantsByRestriction(campaignCode, named)) {
                String type = UnitType.valueOf(group.unitType()).key();
                Set<String> tags =
                        group.tags().isBlank() ? Set.of() : Set.of(group.tags().split(" "));
                scorable.merge(
                        group.unitType(),
                        manual(applicable.of(type, tags, group.namedCode())) * group.count(),
                        Long::sum);
            }
        } else {
            for (UnitType type : UnitType.values()) {
                long units = statuses.stream()
                        .filter(s -> s.unitType().equalsIgnoreCase(type.name()))
                        .mapToLong(Count::count)
                        .sum();
                scorable.put(type.name(), manual(applicable.of(type.key(), Set.of(), "")) * units);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (UnitType type : UnitType.values()) {
            rows.add(List.of(
                    c.type(type.name()),
                    Charts.sum(scored, type.name(), type.name()),
                    scorable.getOrDefault(type.name(), 0L)));
        }
        List<String> headers = List.of(
                c.text("dashboard.col.unitType"),
                c.text("dashboard.col.scoredItems"),
                c.text("dashboard.col.scorableItems"));
        return c.table("scoring", ChartKind.BAR, "dashboard.unit.items", headers, rows, 2, null);
    }

    private ChartTable timeline(Charts c, String campaignCode) {
        Map<String, long[]> byDay = new LinkedHashMap<>();
        for (Count count : queries.firstSubmissionsByDay(campaignCode)) {
            long[] perType = byDay.computeIfAbsent(count.key(), d -> new long[UnitType.values().length]);
            UnitType.parse(count.unitType()).ifPresent(t -> perType[t.ordinal()] += count.count());
        }
        long[] running = new long[UnitType.values().length];
        List<List<Object>> rows = new ArrayList<>();
        byDay.forEach((day, perType) -> {
            List<Object> row = new ArrayList<>(List.of(day));
            for (int i = 0; i < running.length; i++) {
                running[i] += perType[i];
                row.add(running[i]);
            }
            rows.add(row);
        });
        return c.table(
                "timeline",
                ChartKind.LINE,
                "dashboard.unit.units",
                c.typeHeaders("dashboard.col.day"),
                rows,
                UnitType.values().length,
                null);
    }

    private List<ChartTable> runCharts(Charts c, String campaignCode, Run run, Rubric rubric) {
        return List.of(
                distribution(c, run, rubric),
                grades(c, run),
                dimensions(c, run, rubric),
                weakest(c, campaignCode, run, rubric));
    }

    /** Units per 5-point band of the total, from the lowest band holding a unit up to the rubric's total. */
    private ChartTable distribution(Charts c, Run run, Rubric rubric) {
        List<Count> bands = queries.totalsByBand(run.id());
        int last = Math.max(
                        1,
                        rubric.total()
                                .divide(BigDecimal.valueOf(5), 0, RoundingMode.CEILING)
                                .intValue())
                - 1;
        int low = bands.stream()
                .mapToInt(b -> Math.min(Integer.parseInt(b.key()), last))
                .min()
                .orElse(last);
        List<List<Object>> rows = new ArrayList<>();
        for (int band = low; band <= last; band++) {
            int b = band;
            List<Object> row = new ArrayList<>(List.of(band * 5 + "–" + (band * 5 + 5)));
            for (UnitType type : UnitType.values()) {
                row.add(bands.stream()
                        .filter(x -> x.unitType().equalsIgnoreCase(type.name()))
                        .filter(x -> Math.min(Integer.parseInt(x.key()), last) == b)
                        .mapToLong(Count::count)
                        .sum());
            }
            rows.add(row);
        }
        return c.table(
                "distribution",
                ChartKind.STACKED_BAR,
                "dashboard.unit.units",
                c.typeHeaders("dashboard.col.band"),
                rows,
                UnitType.values().length,
                null);
    }

    private ChartTable grades(Charts c, Run run) {
        List<Count> counts = queries.grades(run.id());
        List<List<Object>> rows = new ArrayList<>();
        for (String grade : queries.gradeOrder(run.id())) {
            List<Object> row = new ArrayList<>(List.of(grade));
            for (UnitType type : UnitType.values()) {
                row.add(Charts.sum(counts, type.name(), grade));
            }
            rows.add(row);
        }
        return c.table(
                "grades",
                ChartKind.STACKED_BAR,
                "dashboard.unit.units",
                c.typeHeaders("dashboard.col.grade"),
                rows,
                UnitType.values().length,
                null);
    }

    private ChartTable dimensions(Charts c, Run run, Rubric rubric) {
        List<RubricNode> axes = axes(rubric);
        List<NodeAverage> averages = queries.nodeAverages(
                run.id(), axes.stream().map(RubricNode::code).toList());
        List<List<Object>> rows = new ArrayList<>();
        for (RubricNode axis : axes) {
            List<Object> row = new ArrayList<>(List.of(axis.label(), axis.points()));
            for (UnitType type : UnitType.values()) {
                row.add(averages.stream()
                        .filter(a ->
                                a.nodeCode().equals(axis.code()) && a.unitType().equalsIgnoreCase(type.name()))
                        .map(a -> Charts.round(a.average()))
                        .findFirst()
                        .orElse(BigDecimal.ZERO));
            }
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of(c.text("dashboard.col.dimension"), c.text("dashboard.col.max")));
        headers.addAll(c.typeHeaders("dashboard.col.dimension").subList(1, UnitType.values().length + 1));
        return c.table(
                "dimensions", ChartKind.RADAR, "dashboard.unit.points", headers, rows, UnitType.values().length, null);
    }

    private Optional<ChartTable> unitRadar(Charts c, Run run, Rubric rubric, String unitCode) {
        List<RubricNode> axes = axes(rubric);
        List<String> codes = axes.stream().map(RubricNode::code).toList();
        List<NodeAverage> mine = queries.unitNodes(run.id(), unitCode, codes);
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        String type = mine.get(0).unitType();
        List<NodeAverage> averages = queries.nodeAverages(run.id(), codes);
        List<List<Object>> rows = new ArrayList<>();
        for (RubricNode axis : axes) {
            BigDecimal own = mine.stream()
                    .filter(m -> m.nodeCode().equals(axis.code()))
                    .map(NodeAverage::average)
                    .findFirst()
                    .orElse(BigDecimal.ZERO);
            BigDecimal average = averages.stream()
                    .filter(a ->
                            a.nodeCode().equals(axis.code()) && a.unitType().equals(type))
                    .map(a -> Charts.round(a.average()))
                    .findFirst()
                    .orElse(BigDecimal.ZERO);
            rows.add(List.of(axis.label(), axis.points(), Charts.round(own), average));
        }
        List<String> headers = List.of(
                c.text("dashboard.col.dimension"),
                c.text("dashboard.col.max"),
                unitCode,
                c.text("dashboard.col.typeAverage", c.type(type.toUpperCase(Locale.ROOT))));
        return Optional.of(c.table("unit", ChartKind.RADAR, "dashboard.unit.points", headers, rows, 2, null));
    }

    private ChartTable weakest(Charts c, String campaignCode, Run run, Rubric rubric) {
        Map<String, RubricNode> nodes = rubric.nodesByCode();
        List<List<Object>> rows = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (Shortfall s : queries.weakestItems(
                run.id(), rubric.items().stream().map(RubricNode::code).toList(), WEAKEST)) {
            RubricNode item = nodes.get(s.itemCode());
            String label = s.itemCode() + (item == null ? "" : " " + Charts.shorten(item.label(), 24));
            rows.add(List.of(label, Charts.round(s.average()), s.unitsBelow(), s.units()));
            links.add("/campaigns/" + campaignCode + "/dashboard/items/" + s.itemCode());
        }
        List<String> headers = List.of(
                c.text("dashboard.col.item"),
                c.text("dashboard.col.shortfall"),
                c.text("dashboard.col.unitsBelow"),
                c.text("dashboard.col.unitsScored"));
        return c.table("weakest", ChartKind.HORIZONTAL_BAR, "dashboard.unit.points", headers, rows, 1, links);
    }

    private ChartTable negative(Charts c, String campaignCode, Rubric rubric) {
        List<Count> counts = queries.negativeCases(campaignCode);
        List<List<Object>> rows = new ArrayList<>();
        for (CaseRule rule : rubric.negativeList().rules()) {
            List<Object> row = new ArrayList<>(List.of(Charts.shorten(rule.title(), 20)));
            for (UnitType type : UnitType.values()) {
                row.add(Charts.sum(counts, type.name(), rule.code()));
            }
            rows.add(row);
        }
        return c.table(
                "negative",
                ChartKind.STACKED_BAR,
                "dashboard.unit.cases",
                c.typeHeaders("dashboard.col.rule"),
                rows,
                UnitType.values().length,
                null);
    }

    /** The radar's axes: each group's dimensions, or the group itself when it has none (个性评价指标). */
    static List<RubricNode> axes(Rubric rubric) {
        List<RubricNode> axes = new ArrayList<>();
        for (RubricNode group : rubric.nodes()) {
            List<RubricNode> dimensions = group.children().stream()
                    .filter(n -> n.level() == NodeLevel.DIMENSION)
                    .toList();
            if (dimensions.isEmpty()) {
                axes.add(group);
            } else {
                axes.addAll(dimensions);
            }
        }
        return axes;
    }
}
