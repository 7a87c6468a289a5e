package com.qinglian.results.report;

import com.qinglian.assessment.SelfAssessments;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.Campaigns;
import com.qinglian.evaluation.Evaluations;
import com.qinglian.ledger.Ledger;
import com.qinglian.ledger.cases.LedgerCase;
import com.qinglian.results.Breakdown;
import com.qinglian.results.ExplanationWords;
import com.qinglian.results.IncompleteUnit;
import com.qinglian.results.ResultRun;
import com.qinglian.results.Results;
import com.qinglian.results.UnitOutcome;
import com.qinglian.results.internal.ReportRepository;
import com.qinglian.results.internal.ResultRepository;
import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.NodeLevel;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricTable;
import com.qinglian.scoring.ExplanationLine;
import com.qinglian.shared.NotFoundException;
import com.qinglian.unit.Unit;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads what the reports print, always from the campaign's current stored results (the engine's numbers,
 * never recomputed here), in batches of units so that no report holds a whole large campaign's details.
 */
@Component
class ReportSource implements UnitRows {

    static final int BATCH = 500;

    private static final List<String> CASE_KINDS = List.of(
            ExplanationLine.Kind.DEDUCTION.name(),
            ExplanationLine.Kind.DEDUCTION_CAP.name(),
            ExplanationLine.Kind.BONUS.name(),
            ExplanationLine.Kind.BONUS_CAP.name(),
            ExplanationLine.Kind.CLAUSE.name());

    private final Results results;
    private final ResultRepository resultRepository;
    private final ReportRepository repository;
    private final Campaigns campaigns;
    private final SelfAssessments assessments;
    private final Evaluations evaluations;
    private final Ledger ledger;
    private final UnitDirectory units;
    private final MessageSource messages;

    ReportSource(
            Results results,
            ResultRepository resultRepository,
            ReportRepository repository,
            Campaigns campaigns,
            SelfAssessments assessments,
            Evaluations evaluations,
            Ledger ledger,
            UnitDirectory units,
            MessageSource messages) {
        this.messages = messages;
        this.results = results;
        this.resultRepository = resultRepository;
        this.repository = repository;
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.evaluations = evaluations;
        this.ledger = ledger;
        this.units = units;
    }

    /**
     * A campaign with its rubric and current results; 404 when nothing has been computed yet. {@code words} says the
     * engine's details in Chinese: the reports are Chinese documents whoever downloads them.
     */
    record Context(
            Campaign campaign, Rubric rubric, ResultRun run, ItemApplicability applicability, ExplanationWords words) {}

    Context context(String campaignCode) {
        Campaign campaign = campaigns.get(campaignCode);
        ResultRun run = results.current(campaignCode)
                .orElseThrow(() -> new NotFoundException("no results for " + campaignCode));
        Rubric rubric = campaigns.rubric(campaign);
        return new Context(
                campaign,
                rubric,
                run,
                new ItemApplicability(rubric, this::tagsByUnit),
                ExplanationWords.of(messages, Locale.SIMPLIFIED_CHINESE, rubric));
    }

    /** Every unit's tags, for a rubric that restricts nodes by them (one query, not one per unit). */
    private Map<String, Set<String>> tagsByUnit() {
        return units.find(UnitQuery.ALL).stream().collect(Collectors.toMap(Unit::code, Unit::tagSet));
    }

    /** The incomplete units (未完成) of one type, or of all types for null, by code, as report lines. */
    static List<RankingRow> incompleteRows(ResultRun run, String unitType, int columns) {
        return run.incomplete().stream()
                .filter(u -> unitType == null || u.unitType().equals(unitType))
                .sorted(java.util.Comparator.comparing(IncompleteUnit::unitCode))
                .map(u -> RankingRow.of(u, columns))
                .toList();
    }

    /** The ranking's subtotal columns: each group's dimensions, or the group itself where it has none. */
    static List<RubricNode> subtotalColumns(Rubric rubric) {
        List<RubricNode> columns = new ArrayList<>();
        for (RubricNode group : rubric.nodes()) {
            List<RubricNode> dimensions = group.children().stream()
                    .filter(n -> n.level() == NodeLevel.DIMENSION)
                    .toList();
            if (dimensions.isEmpty()) {
                columns.add(group);
            } else {
                columns.addAll(dimensions);
            }
        }
        return columns;
    }

    @Override
    public void rows(List<UnitOutcome> outcomes, List<RubricNode> columns, Consumer<List<RankingRow>> batch) {
        List<String> codes = columns.stream().map(RubricNode::code).toList();
        for (int from = 0; from < outcomes.size(); from += BATCH) {
            List<UnitOutcome> slice = outcomes.subList(from, Math.min(outcomes.size(), from + BATCH));
            Map<Long, Map<String, BigDecimal>> scores =
                    repository.nodeScores(slice.stream().map(UnitOutcome::id).toList(), codes);
            batch.accept(slice.stream()
                    .map(o -> {
                        Map<String, BigDecimal> own = scores.getOrDefault(o.id(), Map.of());
                        return RankingRow.of(
                                o,
                                codes.stream()
                                        .map(c -> own.getOrDefault(c, BigDecimal.ZERO))
                                        .toList());
                    })
                    .toList());
        }
    }

    /** The negative-list, bonus and clause lines of a batch of units, by result id. */
    Map<Long, List<ReportRepository.ResultLine>> caseLines(List<UnitOutcome> outcomes) {
        return repository.lines(outcomes.stream().map(UnitOutcome::id).toList(), CASE_KINDS).stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        ReportRepository.ResultLine::resultId,
                        java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toList()));
    }

    /**
     * A unit's score sheet from the current results: a complete unit's with its breakdown, an incomplete one's
     * (未完成) with its self scores, the comments so far and what it lacks; 404 when the unit is in neither.
     */
    UnitSheet unitSheet(Context context, String unitCode) {
        Breakdown breakdown =
                resultRepository.breakdown(context.run().id(), unitCode).orElse(null);
        RankingRow row = breakdown != null
                ? RankingRow.of(breakdown.outcome(), List.of())
                : context.run()
                        .incompleteUnit(unitCode)
                        .map(u -> RankingRow.of(u, 0))
                        .orElseThrow(() -> new NotFoundException("no result for " + unitCode));
        String campaign = context.campaign().code();
        CaseIndex cases = CaseIndex.of(ledger.cases(campaign).stream()
                .filter(c -> c.unitCode().equals(unitCode))
                .toList());
        return new UnitSheet(
                context.campaign(),
                context.rubric(),
                RubricTable.of(context.rubric()),
                row,
                item -> context.applicability().applies(item, row.unitCode(), row.unitType()),
                breakdown,
                assessments.selfScores(campaign, unitCode),
                evaluations.comments(campaign, unitCode),
                breakdown == null
                        ? List.of()
                        : caseLines(context.rubric(), unitCode, breakdown.lines(), cases, context.words()),
                context.words()::words);
    }

    /**
     * The lines the engine applied for cases, each with its ledger case where the engine's reference (the
     * document number) names one; cap lines have no case. The case is found by the engine's detail as stored; a
     * line without a case shows the detail in {@code words}.
     */
    static List<UnitSheet.CaseLine> caseLines(
            Rubric rubric, String unitCode, List<Breakdown.Line> lines, CaseIndex cases, ExplanationWords words) {
        List<UnitSheet.CaseLine> out = new ArrayList<>();
        for (Breakdown.Line line : lines) {
            if (!CASE_KINDS.contains(line.kind())) {
                continue;
            }
            String rule = ruleTitle(rubric, line.code());
            LedgerCase match = cases.named(unitCode, line.code(), line.detail()).orElse(null);
            out.add(new UnitSheet.CaseLine(
                    rule,
                    match == null ? null : match.documentNumber(),
                    match == null ? null : match.date(),
                    CaseIndex.measure(match),
                    match == null ? capText(line, words) : match.description(),
                    line.points()));
        }
        return out;
    }

    /** The rule's words, from the negative list, the bonus or a clause printed inside a node; else its code. */
    static String ruleTitle(Rubric rubric, String code) {
        return rubric.caseRule(code).map(CaseRule::title).orElse(code);
    }

    /** The campaign's ledger cases, to find the one an explanation line names. */
    CaseIndex cases(String campaignCode) {
        return CaseIndex.of(ledger.cases(campaignCode));
    }

    private static String capText(Breakdown.Line line, ExplanationWords words) {
        return line.kind().endsWith("_CAP") ? "超过上限部分" : words.words(line.detail());
    }
}
