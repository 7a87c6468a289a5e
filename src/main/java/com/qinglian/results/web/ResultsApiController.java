package com.qinglian.results.web;

import com.qinglian.campaign.Campaigns;
import com.qinglian.results.MissingItem;
import com.qinglian.results.RankingRow;
import com.qinglian.results.ResultRun;
import com.qinglian.results.Results;
import com.qinglian.results.UnitOutcome;
import com.qinglian.results.UnitResult;
import com.qinglian.results.UnitResults;
import com.qinglian.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Results as JSON for a district's data platform, with the access rules of the pages: the results and rankings
 * for organisers and leaders, a unit's breakdown also for its own reporter once published. Reads the stored
 * results; never recomputes.
 */
@RestController
@RequestMapping("/api/campaigns/{campaign}")
@Tag(name = "results", description = "考评结果 / Results")
class ResultsApiController {

    private final Results results;
    private final UnitResults unitResults;
    private final Campaigns campaigns;

    ResultsApiController(Results results, UnitResults unitResults, Campaigns campaigns) {
        this.results = results;
        this.unitResults = unitResults;
        this.campaigns = campaigns;
    }

    /** The current run: when, on which inputs, and how many units are complete. */
    record Summary(
            String campaign,
            String status,
            Instant computedAt,
            String inputsSha256,
            int completeUnits,
            int incompleteUnits,
            boolean stale) {}

    /** One ranking line; rank, total and grade are null for an incomplete unit (未完成). */
    record Row(
            String unitCode,
            String unitName,
            String unitType,
            boolean complete,
            Integer rank,
            Integer typeRank,
            BigDecimal itemsTotal,
            BigDecimal deductions,
            BigDecimal bonus,
            BigDecimal total,
            String grade,
            List<String> vetoes,
            List<MissingItem> missing) {

        static Row of(RankingRow r) {
            UnitOutcome o = r.outcome();
            return o == null
                    ? new Row(
                            r.unitCode(),
                            r.unitName(),
                            r.unitType(),
                            false,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            List.of(),
                            r.missing())
                    : new Row(
                            r.unitCode(),
                            r.unitName(),
                            r.unitType(),
                            true,
                            o.rank(),
                            o.typeRank(),
                            o.itemsTotal(),
                            o.deductions(),
                            o.bonus(),
                            o.total(),
                            o.grade(),
                            o.vetoes(),
                            List.of());
        }
    }

    /** A unit's published result item by item, with its cases. */
    record UnitBreakdown(
            String unitCode, String unitName, boolean published, Row result, List<Item> items, List<Case> cases) {}

    record Item(String code, BigDecimal points, BigDecimal score, List<String> comments) {}

    record Case(String rule, String documentNumber, LocalDate date, int count, boolean counted) {}

    @GetMapping("/results")
    @Operation(summary = "The campaign's current results: computed when, on which inputs (SHA-256), how complete")
    Summary summary(@PathVariable String campaign) {
        ResultRun run = results.stored(campaign).orElseThrow(() -> new NotFoundException("no results"));
        return new Summary(
                campaign,
                campaigns.get(campaign).status().name(),
                run.computedAt(),
                run.inputsSha256(),
                run.outcomes().size(),
                run.incomplete().size(),
                results.stale(campaign));
    }

    @GetMapping("/rankings")
    @Operation(summary = "The ranking: complete units by rank (overall, or within type=agency|station), then 未完成 units")
    List<Row> rankings(@PathVariable String campaign, @RequestParam(required = false) String type) {
        return results.rankingRows(campaign, type).stream().map(Row::of).toList();
    }

    @GetMapping("/units/{unit}/breakdown")
    @Operation(summary = "One unit's result item by item with the evaluators' comments and its negative-list cases")
    UnitBreakdown breakdown(@PathVariable String campaign, @PathVariable String unit) {
        UnitResult r = unitResults.of(campaign, unit);
        Row row = r.complete()
                ? Row.of(new RankingRow(unit, r.unitName(), r.outcome().unitType(), r.outcome(), List.of()))
                : null;
        return new UnitBreakdown(
                unit,
                r.unitName(),
                r.published(),
                row,
                r.items().stream()
                        .map(i -> new Item(i.code(), i.points(), i.score(), i.comments()))
                        .toList(),
                r.cases().stream()
                        .map(c -> new Case(
                                c.ruleTitle(),
                                c.ledgerCase().documentNumber(),
                                c.ledgerCase().date(),
                                c.ledgerCase().count(),
                                c.counted()))
                        .toList());
    }
}
