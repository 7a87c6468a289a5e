package com.qinglian.results;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.campaign.PublicityWindow;
import com.qinglian.evaluation.Evaluations;
import com.qinglian.evaluation.EvaluatorScore;
import com.qinglian.ledger.Ledger;
import com.qinglian.ledger.cases.LedgerCase;
import com.qinglian.ledger.facts.UnitFacts;
import com.qinglian.rubric.ApplicableItems;
import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.FactRule;
import com.qinglian.rubric.PlacedItem;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.scoring.ExplanationLine;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UnitAccess;
import com.qinglian.shared.NotFoundException;
import com.qinglian.unit.Unit;
import com.qinglian.unit.UnitDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's own result as published. Guarantees: a reporter reads only their own unit, and only once the results
 * are published (publicity or finalized); organisers and leaders read every unit at any time; evaluators use the
 * scoring pages instead. Reads the stored results; never recomputes.
 */
@Service
public class UnitResults {

    /** The explanation lines the page lists as items or cases; every other kind is an adjustment. */
    private static final Set<String> ITEM_AND_CASE_KINDS = Set.of(
            ExplanationLine.Kind.ITEM.name(),
            ExplanationLine.Kind.NODE_BASE.name(),
            ExplanationLine.Kind.ITEM_LOSS.name(),
            ExplanationLine.Kind.DEDUCTION.name(),
            ExplanationLine.Kind.BONUS.name(),
            ExplanationLine.Kind.CLAUSE.name());

    /** The kinds of the lines of single cases, whose detail ends with the case's 文号. */
    private static final Set<String> CASE_KINDS = Set.of(
            ExplanationLine.Kind.DEDUCTION.name(),
            ExplanationLine.Kind.BONUS.name(),
            ExplanationLine.Kind.CLAUSE.name());

    private final Results results;
    private final Campaigns campaigns;
    private final UnitDirectory units;
    private final Evaluations evaluations;
    private final Ledger ledger;
    private final UnitFacts facts;
    private final Appeals appeals;
    private final UnitAccess access;
    private final Clock clock;

    UnitResults(
            Results results,
            Campaigns campaigns,
            UnitDirectory units,
            Evaluations evaluations,
            Ledger ledger,
            UnitFacts facts,
            Appeals appeals,
            UnitAccess access,
            Clock clock) {
        this.facts = facts;
        this.results = results;
        this.campaigns = campaigns;
        this.units = units;
        this.evaluations = evaluations;
        this.ledger = ledger;
        this.appeals = appeals;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public UnitResult of(String campaignCode, String unitCode) {
        access.requireRead(campaignCode, unitCode);
        CurrentUser user = UnitAccess.current();
        if (user.role() == Role.EVALUATOR) {
            throw new AccessDeniedException("evaluators read units' scores on the scoring pages");
        }
        Campaign campaign = campaigns.get(campaignCode);
        if (!campaigns.units(campaignCode).contains(unitCode)) {
            throw new NotFoundException("unit " + unitCode + " not in " + campaignCode);
        }
        Unit unit = units.get(unitCode);
        boolean published = campaign.publishedToUnits();
        PublicityWindow window = campaigns.publicity(campaignCode).orElse(null);
        boolean reporter = user.role() == Role.UNIT_REPORTER;
        Optional<ResultRun> run = results.stored(campaignCode);
        if (reporter && !published || run.isEmpty()) {
            return new UnitResult(
                    campaign,
                    unitCode,
                    unit.name(),
                    published,
                    window,
                    null,
                    0,
                    0,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    false);
        }
        Optional<Breakdown> breakdown = results.breakdownIn(run.get(), unitCode);
        UnitOutcome outcome = breakdown.map(Breakdown::outcome).orElse(null);
        List<MissingItem> missing =
                run.get().incompleteUnit(unitCode).map(IncompleteUnit::missing).orElse(List.of());
        Rubric rubric = campaigns.rubric(campaign);
        Map<String, List<EvaluatorScore>> scores = evaluations.scores(campaignCode).stream()
                .filter(s -> s.unitCode().equals(unitCode))
                .collect(Collectors.groupingBy(EvaluatorScore::itemCode));
        List<UnitResult.ItemLine> items = new ArrayList<>();
        for (PlacedItem e : ApplicableItems.forUnit(rubric, unit.type().key(), unit.tagSet(), unit.code())) {
            String code = e.item().code();
            BigDecimal score = breakdown.map(b -> b.node(code).score()).orElse(null);
            List<String> comments = scores.getOrDefault(code, List.of()).stream()
                    .map(EvaluatorScore::comment)
                    .filter(c -> c != null && !c.isBlank())
                    .toList();
            items.add(new UnitResult.ItemLine(
                    code, e.indicator().label(), e.item().text(), e.item().points(), score, comments));
        }
        List<Breakdown.Line> lines = breakdown.map(Breakdown::lines).orElse(List.of());
        List<UnitResult.CaseLine> cases = ledger.cases(campaignCode).stream()
                .filter(c -> c.unitCode().equals(unitCode))
                .map(c -> new UnitResult.CaseLine(
                        c,
                        rubric.caseRule(c.ruleCode()).map(CaseRule::title).orElse(c.ruleCode()),
                        !c.date().isBefore(campaign.periodStart()) && !c.date().isAfter(campaign.periodEnd()),
                        pointsOf(c, lines)))
                .toList();
        List<UnitResult.FactLine> factLines = facts.recorded(campaignCode).stream()
                .filter(f -> f.unitCode().equals(unitCode))
                .flatMap(f -> rubric.terms().fact(f.factCode()).stream()
                        .map(rule -> new UnitResult.FactLine(
                                f.factCode(),
                                rule.title(),
                                rule.kind() == FactRule.Kind.YES_NO,
                                f.value(),
                                rule.unit(),
                                f.basis(),
                                rule.veto() != null)))
                .toList();
        List<UnitResult.Adjustment> adjustments = lines.stream()
                .filter(l -> !ITEM_AND_CASE_KINDS.contains(l.kind()))
                .map(l ->
                        new UnitResult.Adjustment(l.kind(), l.code(), label(rubric, l.code()), l.points(), l.detail()))
                .toList();
        int typeCount = (int) run.get().outcomes().stream()
                .filter(o -> o.unitType().equals(unit.type().key()))
                .count();
        boolean appealable = reporter
                && campaign.status() == CampaignStatus.PUBLICITY
                && window != null
                && window.isOpen(LocalDate.now(clock))
                && outcome != null;
        return new UnitResult(
                campaign,
                unitCode,
                unit.name(),
                published,
                window,
                outcome,
                typeCount,
                run.get().outcomes().size(),
                missing,
                items,
                cases,
                factLines,
                adjustments,
                appeals.ofUnit(campaignCode, unitCode),
                appealable);
    }

    /**
     * What a case counted for in the stored result: the points of the line the engine wrote for it, found by its
     * rule and its 文号 (the engine's reference, at the end of the line's detail); null where no line names it.
     */
    static BigDecimal pointsOf(LedgerCase c, List<Breakdown.Line> lines) {
        if (c.documentNumber() == null) {
            return null;
        }
        return lines.stream()
                .filter(l -> CASE_KINDS.contains(l.kind())
                        && c.ruleCode().equals(l.code())
                        && l.detail() != null
                        && l.detail().endsWith(", " + c.documentNumber()))
                .map(Breakdown.Line::points)
                .findFirst()
                .orElse(null);
    }

    /** The words of a node or case rule named by an explanation line; null for none (a veto, the total). */
    private static String label(Rubric rubric, String code) {
        if (code == null || code.isEmpty()) {
            return null;
        }
        return rubric.node(code)
                .map(RubricNode::label)
                .or(() -> rubric.caseRule(code).map(CaseRule::title))
                .orElse(null);
    }

    /** The public notice of a campaign: its ranking rows, shown without sign-in where the organiser opted in. */
    public record Notice(Campaign campaign, PublicityWindow window, List<RankingRow> rows) {}

    /**
     * The campaign's public notice (names, totals, grades, ranks), only when the organiser opened it and the results
     * are published; otherwise a 404, so that the page does not reveal whether the campaign exists.
     */
    @Transactional(readOnly = true)
    public Notice notice(String campaignCode) {
        Campaign campaign = campaigns.find(campaignCode).orElseThrow(() -> new NotFoundException(campaignCode));
        PublicityWindow window = campaigns
                .publicity(campaignCode)
                .filter(PublicityWindow::publicNotice)
                .orElseThrow(() -> new NotFoundException("no public notice for " + campaignCode));
        if (campaign.status() != CampaignStatus.PUBLICITY && campaign.status() != CampaignStatus.FINALIZED) {
            throw new NotFoundException("no public notice for " + campaignCode);
        }
        ResultRun run = results.stored(campaignCode).orElseThrow(() -> new NotFoundException(campaignCode));
        return new Notice(campaign, window, run.rows(null));
    }
}
