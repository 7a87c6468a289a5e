package com.qinglian.evaluation;

import com.qinglian.assessment.AssessmentSheet;
import com.qinglian.assessment.SelfAssessments;
import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.campaign.Assignment;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignInputs;
import com.qinglian.campaign.CampaignSettingsFormat;
import com.qinglian.campaign.Campaigns;
import com.qinglian.evaluation.internal.FinalInputs;
import com.qinglian.evaluation.internal.ScoreRepository;
import com.qinglian.rubric.ApplicableItems;
import com.qinglian.rubric.PlacedItem;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.scoring.ItemInput;
import com.qinglian.scoring.Settings;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UnitAccess;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.Page;
import com.qinglian.shared.SortKeys;
import com.qinglian.shared.TextInput;
import com.qinglian.unit.Unit;
import com.qinglian.unit.UnitDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluator scoring. Guarantees: an evaluator scores only the units and rubric subtrees assigned to
 * them, organiser-only items only administrators; scores only while the campaign is in review; each
 * evaluator's score is their own and never overwrites anyone's; a score below the unit's self score
 * needs a comment; a save based on a stale version is refused; every change is audited.
 */
@Service
public class Evaluations {

    /** Longest evaluator comment, in characters: a page of text, and well within an Excel cell. */
    public static final int MAX_COMMENT = 2000;

    private final ScoreRepository repository;
    private final Campaigns campaigns;
    private final UnitDirectory units;
    private final SelfAssessments assessments;
    private final UnitAccess access;
    private final CampaignSettingsFormat settingsFormat;
    private final AuditTrail audit;
    private final Clock clock;
    private final CampaignInputs inputs;

    Evaluations(
            ScoreRepository repository,
            Campaigns campaigns,
            UnitDirectory units,
            SelfAssessments assessments,
            UnitAccess access,
            CampaignSettingsFormat settingsFormat,
            AuditTrail audit,
            Clock clock,
            CampaignInputs inputs) {
        this.repository = repository;
        this.inputs = inputs;
        this.campaigns = campaigns;
        this.units = units;
        this.assessments = assessments;
        this.access = access;
        this.settingsFormat = settingsFormat;
        this.audit = audit;
        this.clock = clock;
    }

    /** The units the signed-in evaluator (or administrator) scores in campaigns under review. */
    @Transactional(readOnly = true)
    public List<WorkItem> worklist() {
        CurrentUser user = requireUser();
        List<WorkItem> out = new ArrayList<>();
        for (Campaign campaign : campaigns.list()) {
            if (!campaign.acceptsReturns()) {
                continue;
            }
            List<String> mine = campaigns.assignmentsOf(campaign.code(), user.getUsername()).stream()
                    .map(Assignment::unitCode)
                    .distinct()
                    .toList();
            Rubric rubric = campaigns.rubric(campaign);
            Map<String, Long> scoredByUnit = repository.countsOf(campaign.code(), user.getUsername());
            for (String unitCode : mine) {
                Unit unit = units.get(unitCode);
                long scorable = scope(campaign, rubric, unit, user).size();
                out.add(new WorkItem(campaign, unit, scoredByUnit.getOrDefault(unitCode, 0L), scorable));
            }
        }
        return out;
    }

    /** The scoring page of one unit, for its evaluators, administrators and leaders. Reads only. */
    @Transactional(readOnly = true)
    public ScoringSheet sheet(String campaignCode, String unitCode) {
        access.requireRead(campaignCode, unitCode);
        CurrentUser user = requireUser();
        if (user.role() == Role.UNIT_REPORTER) {
            throw new AccessDeniedException("units see evaluators' scores only with their published results");
        }
        Campaign campaign = campaigns.get(campaignCode);
        Unit unit = units.get(unitCode);
        Rubric rubric = campaigns.rubric(campaign);
        AssessmentSheet self = assessments.sheet(campaignCode, unitCode);
        List<String> scorable = scope(campaign, rubric, unit, user).stream()
                .map(e -> e.item().code())
                .toList();
        Map<String, List<EvaluatorScore>> scores = repository.forUnit(campaignCode, unitCode).stream()
                .collect(Collectors.groupingBy(EvaluatorScore::itemCode));
        List<ScoringSheet.Row> rows = new ArrayList<>();
        Map<String, BigDecimal> subtotals = new HashMap<>();
        for (PlacedItem entry : applicableTo(rubric, unit)) {
            String code = entry.item().code();
            List<EvaluatorScore> all = scores.getOrDefault(code, List.of());
            EvaluatorScore mine = all.stream()
                    .filter(s -> s.evaluator().equals(user.getUsername()))
                    .findFirst()
                    .orElse(null);
            List<EvaluatorScore> others = all.stream()
                    .filter(s -> !s.evaluator().equals(user.getUsername()))
                    .toList();
            rows.add(new ScoringSheet.Row(
                    entry,
                    self.answers().get(code),
                    self.evidenceOf(code),
                    mine,
                    others,
                    scorable.contains(code),
                    self.expectation(code),
                    self.check(code)));
            if (mine != null) {
                entry.path().forEach(node -> subtotals.merge(node.code(), mine.score(), BigDecimal::add));
            }
        }
        return new ScoringSheet(
                campaign, unit, rubric.step(), user.getUsername(), campaign.acceptsScores(), rows, subtotals);
    }

    /**
     * Saves the signed-in user's score for an item, made on {@code expectedVersion} (-1 for a first score).
     *
     * @throws InputRejectedException when the score or comment is wrong
     * @throws ConflictException when someone saved in between, or the campaign is not in review
     */
    @Transactional
    public EvaluatorScore save(
            String campaignCode,
            String unitCode,
            String itemCode,
            BigDecimal score,
            String comment,
            int expectedVersion) {
        access.requireRead(campaignCode, unitCode);
        CurrentUser user = requireUser();
        Campaign campaign = campaigns.get(campaignCode);
        Unit unit = units.get(unitCode);
        Rubric rubric = campaigns.rubric(campaign);
        RubricNode item = scope(campaign, rubric, unit, user).stream()
                .map(PlacedItem::item)
                .filter(i -> i.code().equals(itemCode))
                .findFirst()
                .orElseThrow(() ->
                        new AccessDeniedException("item " + itemCode + " is not scored by " + user.getUsername()));
        campaign.requireNotFinalized();
        campaign.requireAcceptsScores();
        BigDecimal self = assessments.selfScores(campaignCode, unitCode).get(itemCode);
        InputRejectedException.throwIfAny(ScoreChecks.problems(item, rubric.step(), score, comment, self, 0, ""));
        String cleanComment = TextInput.tidy(comment);
        Optional<EvaluatorScore> before = repository.find(campaignCode, unitCode, itemCode, user.getUsername());
        int current = before.map(EvaluatorScore::version).orElse(-1);
        if (current != expectedVersion) {
            throw new ConflictException("score of " + itemCode + " was changed in between");
        }
        EvaluatorScore next =
                new EvaluatorScore(unitCode, itemCode, user.getUsername(), score, cleanComment, current, null);
        boolean saved =
                before.isEmpty() ? insert(campaignCode, next) : repository.update(campaignCode, next, clock.instant());
        if (!saved) {
            throw new ConflictException("score of " + itemCode + " was changed in between");
        }
        if (before.isEmpty()) {
            repository.recountScoredItems(campaignCode, List.of(unitCode));
        }
        EvaluatorScore after = repository
                .find(campaignCode, unitCode, itemCode, user.getUsername())
                .orElseThrow();
        inputs.changed(campaignCode);
        audit.record(AuditEvent.of(
                AuditActions.SCORE,
                "evaluator_score",
                campaignCode + "/" + unitCode + "/" + itemCode,
                before.map(Evaluations::json).orElse(null),
                json(after)));
        return after;
    }

    /** Saves every row of an uploaded scoring sheet, or none; audited as one change. */
    @Transactional
    public int importScores(String campaignCode, ScoringWorkbook.Upload upload) {
        List<SheetRow> rows = upload.rows();
        List<InputProblem> sheetProblems = upload.problems();
        CurrentUser user = requireUser();
        Campaign campaign = campaigns.get(campaignCode);
        campaign.requireAcceptsScores();
        Rubric rubric = campaigns.rubric(campaign);
        Map<String, EvaluatorScore> existing = repository.forCampaign(campaignCode).stream()
                .filter(s -> s.evaluator().equals(user.getUsername()))
                .collect(Collectors.toMap(s -> s.unitCode() + "/" + s.itemCode(), s -> s));
        List<InputProblem> problems = new ArrayList<>(sheetProblems);
        problems.addAll(new SheetUploadChecks(
                        rubric.step(),
                        existing,
                        code -> units.find(code)
                                .filter(u -> campaigns.units(campaignCode).contains(code)
                                        && access.canRead(user, campaignCode, code))
                                .map(u -> scope(campaign, rubric, u, user).stream()
                                        .map(PlacedItem::item)
                                        .collect(Collectors.toMap(
                                                RubricNode::code, n -> n, (x, y) -> x, LinkedHashMap::new)))
                                .orElse(null),
                        code -> assessments.selfScores(campaignCode, code))
                .problems(rows));
        problems.sort(Comparator.comparingInt(InputProblem::row));
        InputRejectedException.throwIfAny(problems);
        int saved = 0;
        Set<String> firstScored = new HashSet<>();
        for (SheetRow row : rows) {
            if (row.score() == null) {
                continue;
            }
            String comment = TextInput.tidy(row.comment());
            Optional<EvaluatorScore> before = Optional.ofNullable(existing.get(row.unitCode() + "/" + row.itemCode()));
            EvaluatorScore next = new EvaluatorScore(
                    row.unitCode(),
                    row.itemCode(),
                    user.getUsername(),
                    row.score(),
                    comment,
                    before.map(EvaluatorScore::version).orElse(-1),
                    null);
            boolean stored = before.isEmpty()
                    ? insert(campaignCode, next)
                    : repository.update(campaignCode, next, clock.instant());
            if (!stored) {
                throw new ConflictException("score of " + row.itemCode() + " was changed in between");
            }
            if (before.isEmpty()) {
                firstScored.add(row.unitCode());
            }
            saved++;
        }
        repository.recountScoredItems(campaignCode, firstScored);
        if (saved > 0) {
            inputs.changed(campaignCode);
        }
        audit.record(AuditEvent.of(
                AuditActions.IMPORT,
                "evaluator_score",
                campaignCode,
                null,
                Map.of("evaluator", user.getUsername(), "scores", saved)));
        return saved;
    }

    /**
     * Every evaluator's and organiser's score in the campaign. Checks no user rights: callers (results) decide
     * who may see what they build from it.
     */
    @Transactional(readOnly = true)
    public List<EvaluatorScore> scores(String campaignCode) {
        return repository.forCampaign(campaignCode);
    }

    /**
     * The scores the engine gets for a campaign, after its rule for several evaluators: with {@code lead},
     * only the lead evaluator's score where the lead scored; otherwise every score (averaged by the engine).
     */
    @Transactional(readOnly = true)
    public List<ItemInput> finalInputs(String campaignCode) {
        Campaign campaign = campaigns.get(campaignCode);
        Settings settings = settingsFormat.read(campaign.settings());
        Map<String, List<String>> leads = campaigns.assignments(campaignCode).stream()
                .filter(Assignment::lead)
                .collect(Collectors.groupingBy(
                        Assignment::unitCode, Collectors.mapping(Assignment::evaluator, Collectors.toList())));
        FinalInputs inputs = new FinalInputs(leads, settings.multipleScores() == Settings.MultipleScores.LEAD);
        repository.eachScore(campaignCode, inputs);
        return inputs.result();
    }

    /**
     * One page of the items whose evaluators differ by more than {@code threshold} points, for the organiser to look
     * at; units whose code or name contains the query's text. Checks no user rights (the results pages' callers do).
     */
    @Transactional(readOnly = true)
    public Page<Disagreement> disagreements(String campaignCode, BigDecimal threshold, ListQuery query) {
        campaigns.get(campaignCode);
        return repository.disagreements(campaignCode, threshold, query);
    }

    /** What the disagreement list can be sorted by. */
    public static SortKeys<String> disagreementSorts() {
        return ScoreRepository.DISAGREEMENT_SORTS;
    }

    /** The items that apply to the unit: by its type, its tags and its code (see {@link ApplicableItems}). */
    static List<PlacedItem> applicableTo(Rubric rubric, Unit unit) {
        return ApplicableItems.forUnit(rubric, unit.type().key(), unit.tagSet(), unit.code());
    }

    /** The items of a unit that this user scores: administrators everything, evaluators what they cover. */
    List<PlacedItem> scope(Campaign campaign, Rubric rubric, Unit unit, CurrentUser user) {
        List<PlacedItem> all = applicableTo(rubric, unit);
        return switch (user.role()) {
            case ADMIN -> all;
            case EVALUATOR -> campaigns.coveredBy(campaign, user.getUsername(), unit.code(), all);
            default -> List.of();
        };
    }

    /** A first score; false when another request stored this evaluator's first score at the same moment. */
    private boolean insert(String campaignCode, EvaluatorScore score) {
        try {
            repository.insert(campaignCode, score, clock.instant());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private static Map<String, Object> json(EvaluatorScore s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("evaluator", s.evaluator());
        out.put("score", s.score());
        out.put("comment", s.comment());
        return out;
    }

    private static CurrentUser requireUser() {
        CurrentUser user = UnitAccess.current();
        if (user == null) {
            throw new AccessDeniedException("sign in first");
        }
        return user;
    }

    /** The evaluators' comments on a unit's items, by item code (in evaluator order), for its printed score sheet. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> comments(String campaignCode, String unitCode) {
        access.requireRead(campaignCode, unitCode);
        return repository.forUnit(campaignCode, unitCode).stream()
                .filter(s -> s.comment() != null && !s.comment().isBlank())
                .collect(Collectors.groupingBy(
                        EvaluatorScore::itemCode,
                        LinkedHashMap::new,
                        Collectors.mapping(s -> s.comment().strip(), Collectors.toList())));
    }
}
