package com.qinglian.results;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignInputs;
import com.qinglian.campaign.CampaignSettingsFormat;
import com.qinglian.campaign.Campaigns;
import com.qinglian.evaluation.Evaluations;
import com.qinglian.ledger.Ledger;
import com.qinglian.ledger.cases.LedgerCase;
import com.qinglian.results.internal.AppealRepository;
import com.qinglian.results.internal.ResultRepository;
import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.scoring.CaseInput;
import com.qinglian.scoring.FactInput;
import com.qinglian.scoring.ItemInput;
import com.qinglian.scoring.ScoredUnit;
import com.qinglian.scoring.ScoringEngine;
import com.qinglian.scoring.ScoringResult;
import com.qinglian.scoring.Settings;
import com.qinglian.security.Actor;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.NotFoundException;
import com.qinglian.shared.Sha256;
import com.qinglian.unit.Unit;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaign results: the scoring engine run over a campaign's scores, measured values and negative-list
 * cases. Guarantees: every stored number comes from the engine; each run records the digest of its
 * inputs, so a result is recomputed whenever its inputs changed, until publicity freezes it.
 */
@Service
public class Results {

    private final ResultRepository repository;
    private final AppealRepository appeals;
    private final Campaigns campaigns;
    private final UnitDirectory units;
    private final Evaluations evaluations;
    private final Ledger ledger;
    private final CampaignSettingsFormat settingsFormat;
    private final AuditTrail audit;
    private final Clock clock;
    private final CampaignInputs revisions;

    Results(
            ResultRepository repository,
            AppealRepository appeals,
            Campaigns campaigns,
            UnitDirectory units,
            Evaluations evaluations,
            Ledger ledger,
            CampaignSettingsFormat settingsFormat,
            AuditTrail audit,
            Clock clock,
            CampaignInputs revisions) {
        this.revisions = revisions;
        this.repository = repository;
        this.appeals = appeals;
        this.campaigns = campaigns;
        this.units = units;
        this.evaluations = evaluations;
        this.ledger = ledger;
        this.settingsFormat = settingsFormat;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything the engine is given for a campaign, and its digest. */
    public record Inputs(
            Rubric rubric,
            List<ScoredUnit> units,
            List<ItemInput> items,
            List<CaseInput> cases,
            List<FactInput> facts,
            Settings settings,
            String sha256) {}

    @Transactional(readOnly = true)
    public Inputs inputs(String campaignCode) {
        Campaign campaign = campaigns.get(campaignCode);
        Rubric rubric = campaigns.rubric(campaign);
        // one query for every unit, not one per participant (a province has tens of thousands)
        Map<String, Unit> byCode = units.find(UnitQuery.ALL).stream().collect(Collectors.toMap(Unit::code, u -> u));
        List<ScoredUnit> participants = campaigns.units(campaignCode).stream()
                .map(code -> Optional.ofNullable(byCode.get(code)).orElseGet(() -> units.get(code)))
                .map(u -> new ScoredUnit(u.code(), u.name(), u.type().key(), u.tagSet()))
                .toList();
        Set<String> measuredItems = rubric.items().stream()
                .filter(i -> !(i.rule() instanceof ItemRule.Manual))
                .map(RubricNode::code)
                .collect(Collectors.toSet());
        List<ItemInput> items = new ArrayList<>(evaluations.finalInputs(campaignCode).stream()
                .filter(i -> !measuredItems.contains(i.itemCode()))
                .toList());
        // a rate item's actual figure comes with the unit's own target (下达任务数); other items have none
        Map<String, Map<String, BigDecimal>> targets = ledger.targets(campaignCode);
        ledger.measuredValues(campaignCode)
                .forEach((unit, values) -> values.forEach((item, value) -> {
                    if (measuredItems.contains(item)) {
                        BigDecimal target = targets.getOrDefault(unit, Map.of()).get(item);
                        items.add(new ItemInput(unit, item, value, target));
                    }
                }));
        List<Appeal> changed = appeals.ofCampaign(campaignCode).stream()
                .filter(Appeal::changedScore)
                .toList();
        for (Appeal a : changed) {
            if (a.target().kind() == AppealTarget.Kind.ITEM) {
                // The score decided on appeal replaces every evaluator's score of the item.
                items.removeIf(i -> i.unitCode().equals(a.unitCode())
                        && i.itemCode().equals(a.target().code()));
                items.add(new ItemInput(a.unitCode(), a.target().code(), a.newScore()));
            }
        }
        Map<String, Integer> caseCounts = changed.stream()
                .filter(a -> a.target().kind() == AppealTarget.Kind.CASE)
                .collect(Collectors.toMap(
                        a -> a.target().code(), a -> a.newScore().intValue(), (x, y) -> y));
        items.sort(Comparator.comparing(ItemInput::unitCode)
                .thenComparing(ItemInput::itemCode)
                .thenComparing(ItemInput::value));
        List<CaseInput> cases = ledger.cases(campaignCode).stream()
                .map(c -> caseInput(c, caseCounts.get(String.valueOf(c.id()))))
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(CaseInput::unitCode)
                        .thenComparing(CaseInput::ruleCode)
                        .thenComparing(c -> String.valueOf(c.date()))
                        .thenComparing(c -> String.valueOf(c.reference())))
                .toList();
        List<FactInput> facts = ledger.facts(campaignCode);
        Settings settings =
                settingsFormat.read(campaign.settings()).withPeriod(campaign.periodStart(), campaign.periodEnd());
        // the text of the inputs is digested piece by piece: for a province it would be a string of hundreds of MB
        Sha256.Text text = Sha256.text()
                .append(rubric.code() + "/" + rubric.version() + "\n" + campaign.settings() + "\n"
                        + campaign.periodStart() + "/" + campaign.periodEnd() + "\n")
                .appendAll(participants)
                .append("\n")
                .appendAll(items)
                .append("\n")
                .appendAll(cases);
        // facts are appended only when there are any: the digest of a campaign without facts stays as it was
        String digest = facts.isEmpty()
                ? text.hex()
                : text.append("\n").appendAll(facts).hex();
        return new Inputs(rubric, participants, items, cases, facts, settings, digest);
    }

    /**
     * Computes and stores the campaign's results; administrators only, and not after publicity has begun. Units
     * whose result is not complete are stored with what they miss; ranks and grades are over complete units only.
     */
    @Transactional
    public ResultRun compute(String campaignCode) {
        Campaign campaign = campaigns.get(campaignCode);
        if (campaign.resultsFrozen()) {
            throw new ConflictException("results of " + campaignCode + " are frozen in publicity");
        }
        return store(campaignCode, AuditActions.COMPUTE, null);
    }

    /**
     * A case as the engine takes it, with its amount and level, and the count decided on appeal (0: withdrawn,
     * null: no appeal changed it).
     */
    private static CaseInput caseInput(LedgerCase c, Integer appealedCount) {
        CaseInput input = c.toCaseInput();
        if (appealedCount == null) {
            return input;
        }
        return appealedCount == 0
                ? null
                : new CaseInput(
                        input.unitCode(),
                        input.ruleCode(),
                        appealedCount,
                        input.multiplier(),
                        input.date(),
                        input.reference(),
                        input.amount(),
                        input.level());
    }

    /** Runs the engine over the complete units and stores the run; audited under {@code action}. */
    ResultRun store(String campaignCode, String action, String reason) {
        Campaign campaign = campaigns.get(campaignCode);
        // read before the inputs: a change that lands in between shows the run as stale, never the other way round
        long revision = revisions.revision(campaignCode);
        Inputs inputs = inputs(campaignCode);
        CompletenessCheck check = completeness(campaign, inputs);
        List<IncompleteUnit> incomplete = new ArrayList<>();
        List<ScoredUnit> complete = new ArrayList<>();
        for (ScoredUnit unit : inputs.units()) {
            List<MissingItem> missing = check.missing(unit);
            if (missing.isEmpty()) {
                complete.add(unit);
            } else {
                incomplete.add(new IncompleteUnit(unit.code(), unit.name(), unit.type(), missing));
            }
        }
        List<ScoringEngine.UnknownVetoRule> unknown =
                ScoringEngine.unknownVetoRules(inputs.rubric(), inputs.settings());
        if (!unknown.isEmpty()) {
            throw new ConflictException("settings of " + campaignCode + " veto on rules the rubric lacks: " + unknown);
        }
        // Inputs the engine refuses are refused whichever unit they belong to, complete or not.
        ScoringEngine.score(
                inputs.rubric(), inputs.units(), inputs.items(), inputs.cases(), inputs.facts(), inputs.settings());
        Set<String> completeCodes = complete.stream().map(ScoredUnit::code).collect(Collectors.toSet());
        ScoringResult result = ScoringEngine.score(
                inputs.rubric(),
                complete,
                inputs.items().stream()
                        .filter(i -> completeCodes.contains(i.unitCode()))
                        .toList(),
                inputs.cases().stream()
                        .filter(c -> completeCodes.contains(c.unitCode()))
                        .toList(),
                inputs.facts().stream()
                        .filter(f -> completeCodes.contains(f.unitCode()))
                        .toList(),
                inputs.settings());
        String actor = Actor.current();
        long run = repository.insertRun(campaignCode, clock.instant(), actor, inputs.sha256(), revision);
        repository.insertUnits(run, result.units());
        repository.insertNodeSums(run);
        incomplete.forEach(unit -> repository.insertIncomplete(run, unit));
        AuditEvent event = AuditEvent.of(
                action,
                "results",
                campaignCode,
                null,
                Map.of("units", result.units().size(), "incomplete", incomplete.size(), "inputs", inputs.sha256()));
        audit.record(reason == null ? event : event.withReason(reason));
        return repository.current(campaignCode).orElseThrow();
    }

    private CompletenessCheck completeness(Campaign campaign, Inputs inputs) {
        Map<String, Map<String, BigDecimal>> measured = new HashMap<>();
        Set<String> measuredItems = inputs.rubric().items().stream()
                .filter(i -> !(i.rule() instanceof ItemRule.Manual))
                .map(RubricNode::code)
                .collect(Collectors.toSet());
        inputs.items().stream()
                .filter(i -> measuredItems.contains(i.itemCode()))
                .forEach(i -> measured.computeIfAbsent(i.unitCode(), u -> new HashMap<>())
                        .put(i.itemCode(), i.value()));
        return new CompletenessCheck(
                inputs.rubric(),
                campaign.organiserNodes(),
                campaigns.assignments(campaign.code()),
                inputs.items(),
                appealedItems(campaign.code()),
                measured,
                inputs.settings().multipleScores());
    }

    /** Items whose score was decided on appeal, as {@link CompletenessCheck#key} values. */
    private Set<String> appealedItems(String campaignCode) {
        return appeals.ofCampaign(campaignCode).stream()
                .filter(a -> a.changedScore() && a.target().kind() == AppealTarget.Kind.ITEM)
                .map(a -> CompletenessCheck.key(a.unitCode(), a.target().code()))
                .collect(Collectors.toSet());
    }

    /** The current stored run, as it is: never recomputed. Checks no user rights. */
    @Transactional(readOnly = true)
    public Optional<ResultRun> stored(String campaignCode) {
        return repository.current(campaignCode);
    }

    /** A complete unit's breakdown in the given run; empty for an incomplete or unknown unit. */
    @Transactional(readOnly = true)
    public Optional<Breakdown> breakdownIn(ResultRun run, String unitCode) {
        return repository.breakdown(run.id(), unitCode);
    }

    /** The current run's ranking rows (complete units ranked, then 未完成 ones), without recomputing. */
    @Transactional(readOnly = true)
    public List<RankingRow> rankingRows(String campaignCode, String unitType) {
        campaigns.get(campaignCode);
        return repository.current(campaignCode).map(r -> r.rows(unitType)).orElse(List.of());
    }

    /**
     * The stored results; reading never recomputes (a GET changes nothing). When the inputs changed since,
     * {@link #stale} says so and an administrator computes again.
     */
    @Transactional(readOnly = true)
    public Optional<ResultRun> current(String campaignCode) {
        campaigns.get(campaignCode);
        return repository.current(campaignCode);
    }

    /**
     * Whether the stored results no longer match the campaign's inputs (true without results): whether any input
     * changed since the run was computed, by the campaign's input revision. Only a run stored before revisions
     * were kept is checked by recomputing the digest of every input.
     */
    @Transactional(readOnly = true)
    public boolean stale(String campaignCode) {
        return repository
                .currentRunInputs(campaignCode)
                .map(r -> r.runRevision() == null
                        ? !r.sha256().equals(inputs(campaignCode).sha256())
                        : r.runRevision() != r.campaignRevision())
                .orElse(true);
    }

    /** One unit's breakdown in the current run; reads that unit's rows only, not the run's 50,000. */
    @Transactional(readOnly = true)
    public Breakdown breakdown(String campaignCode, String unitCode) {
        campaigns.get(campaignCode);
        long run = repository
                .currentRunId(campaignCode)
                .orElseThrow(() -> new NotFoundException("no results for " + campaignCode));
        return repository
                .breakdown(run, unitCode)
                .orElseThrow(() -> new NotFoundException("no result for " + unitCode));
    }

    /** The unit's entry among the current run's incomplete units, if it is one (empty without a run). */
    @Transactional(readOnly = true)
    public Optional<IncompleteUnit> incompleteUnit(String campaignCode, String unitCode) {
        campaigns.get(campaignCode);
        return repository.currentRunId(campaignCode).flatMap(run -> repository.incompleteUnit(run, unitCode));
    }
}
