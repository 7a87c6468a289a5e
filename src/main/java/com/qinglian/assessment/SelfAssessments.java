package com.qinglian.assessment;

import com.qinglian.assessment.internal.AssessmentRepository;
import com.qinglian.assessment.internal.AssessmentRepository.Header;
import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.security.Actor;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UnitAccess;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.ImportProblem;
import com.qinglian.shared.ImportRejectedException;
import com.qinglian.shared.NotFoundException;
import com.qinglian.unit.Unit;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units' self-assessments. Guarantees: a unit's reporter is the only one who writes its answers, and
 * only while the campaign and the item allow it; every save is checked against the version it was
 * based on, so no save silently overwrites another; submitting needs every item complete; returned
 * items alone reopen; every change is audited.
 */
@Service
public class SelfAssessments {

    static final String ENTITY = "self_assessment";

    private final AssessmentRepository repository;
    private final Campaigns campaigns;
    private final UnitDirectory units;
    private final UnitAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    SelfAssessments(
            AssessmentRepository repository,
            Campaigns campaigns,
            UnitDirectory units,
            UnitAccess access,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.campaigns = campaigns;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    static boolean editable(CampaignStatus campaign, AssessmentStatus assessment, ItemStatus item) {
        boolean writing = campaign == CampaignStatus.SELF_ASSESSMENT && assessment == AssessmentStatus.DRAFT;
        boolean returned = item == ItemStatus.RETURNED
                && (campaign == CampaignStatus.SELF_ASSESSMENT || campaign == CampaignStatus.REVIEW);
        return writing || returned;
    }

    static boolean canSubmit(CampaignStatus campaign, AssessmentStatus assessment) {
        return campaign == CampaignStatus.SELF_ASSESSMENT && assessment == AssessmentStatus.DRAFT
                || assessment == AssessmentStatus.RETURNED
                        && (campaign == CampaignStatus.SELF_ASSESSMENT || campaign == CampaignStatus.REVIEW);
    }

    /** The page for one unit; anyone allowed to see the unit's data may read it. */
    @Transactional
    public AssessmentSheet sheet(String campaignCode, String unitCode) {
        Context ctx = readable(campaignCode, unitCode);
        Header header = ensure(ctx);
        CurrentUser user = UnitAccess.current();
        boolean reporter = user != null && user.role() == Role.UNIT_REPORTER && unitCode.equals(user.unitCode());
        Map<String, ItemAnswer> answers = repository.answers(header.id()).stream()
                .collect(Collectors.toMap(ItemAnswer::itemCode, Function.identity()));
        Map<String, List<EvidenceFile>> evidence =
                repository.evidence(header.id()).stream().collect(Collectors.groupingBy(EvidenceFile::itemCode));
        return new AssessmentSheet(
                ctx.campaign,
                ctx.unit,
                ctx.rubric.step(),
                header.status(),
                ctx.items,
                answers,
                evidence,
                repository.events(header.id()),
                reporter,
                mayReturn(ctx.campaign, unitCode),
                organiserItems(ctx));
    }

    /** A unit's self scores by item code, for evaluators; reads only, creates nothing. */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> selfScores(String campaignCode, String unitCode) {
        readable(campaignCode, unitCode);
        return repository.selfScores(campaignCode, unitCode);
    }

    /**
     * Saves the unit's answer to one item, made on {@code expectedVersion}.
     *
     * @throws ItemEditConflictException when someone saved the item in between; nothing is overwritten
     * @throws ImportRejectedException when the score or texts are wrong
     */
    @Transactional
    public ItemAnswer save(
            String campaignCode, String unitCode, String itemCode, ItemDraft draft, int expectedVersion) {
        Context ctx = writable(campaignCode, unitCode);
        Header header = ensure(ctx);
        RubricNode item = ctx.item(itemCode);
        ItemAnswer before = repository.answer(header.id(), itemCode).orElseThrow();
        if (!editable(ctx.campaign.status(), header.status(), before.status())) {
            throw new ConflictException("item " + itemCode + " is not open for changes");
        }
        ImportRejectedException.throwIfAny(draftProblems(draft, item, ctx.rubric.step()));
        if (before.version() != expectedVersion) {
            throw new ItemEditConflictException(before);
        }
        ItemAnswer after = new ItemAnswer(
                itemCode,
                draft.selfScore(),
                draft.explanation(),
                draft.noEvidenceReason(),
                before.status(),
                before.returnReason(),
                before.version(),
                null,
                null);
        if (!repository.saveAnswer(header.id(), after, clock.instant(), Actor.current())) {
            throw new ItemEditConflictException(
                    repository.answer(header.id(), itemCode).orElseThrow());
        }
        ItemAnswer saved = repository.answer(header.id(), itemCode).orElseThrow();
        audit.record(AuditEvent.of(
                AuditActions.UPDATE,
                "self_assessment_item",
                campaignCode + "/" + unitCode + "/" + itemCode,
                answerJson(before),
                answerJson(saved)));
        return saved;
    }

    /** Hands in the whole self-assessment, or after a return the returned items; every item concerned must be complete. */
    @Transactional
    public void submit(String campaignCode, String unitCode) {
        Context ctx = writable(campaignCode, unitCode);
        Header header = ensure(ctx);
        if (!canSubmit(ctx.campaign.status(), header.status())) {
            throw new ConflictException("self-assessment of " + unitCode + " cannot be submitted now");
        }
        AssessmentSheet sheet = sheet(campaignCode, unitCode);
        boolean resubmit = header.status() == AssessmentStatus.RETURNED;
        List<String> concerned = ctx.items.stream()
                .map(e -> e.item().code())
                .filter(code -> !resubmit || sheet.answer(code).status() == ItemStatus.RETURNED)
                .toList();
        List<ImportProblem> problems = concerned.stream()
                .filter(code -> !sheet.isComplete(code))
                .map(code -> ImportProblem.of(0, code, "assessment.error.incomplete", code))
                .toList();
        ImportRejectedException.throwIfAny(problems);
        repository.setItemStatus(header.id(), concerned, ItemStatus.SUBMITTED, null);
        repository.updateStatus(header.id(), AssessmentStatus.SUBMITTED, clock.instant());
        AssessmentEvent.Kind kind = resubmit ? AssessmentEvent.Kind.RESUBMIT : AssessmentEvent.Kind.SUBMIT;
        repository.insertEvent(
                header.id(),
                new AssessmentEvent(kind, resubmit ? concerned : List.of(), null, Actor.current(), clock.instant()));
        audit.record(AuditEvent.of(
                kind.name(),
                ENTITY,
                campaignCode + "/" + unitCode,
                Map.of("status", header.status()),
                Map.of("status", AssessmentStatus.SUBMITTED, "items", concerned.size())));
    }

    /** An administrator or an assigned evaluator hands items back to the unit, with a reason. */
    @Transactional
    public void returnItems(String campaignCode, String unitCode, List<String> itemCodes, String reason) {
        Context ctx = readable(campaignCode, unitCode);
        if (!mayReturn(ctx.campaign, unitCode)) {
            throw new AccessDeniedException("only administrators and assigned evaluators return items");
        }
        Header header = ensure(ctx);
        CampaignStatus status = ctx.campaign.status();
        if (status != CampaignStatus.SELF_ASSESSMENT && status != CampaignStatus.REVIEW
                || header.status() == AssessmentStatus.DRAFT) {
            throw new ConflictException("nothing to return for " + unitCode + " now");
        }
        List<ImportProblem> problems = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            problems.add(ImportProblem.of(0, "reason", "assessment.error.returnReason"));
        }
        if (itemCodes == null || itemCodes.isEmpty()) {
            problems.add(ImportProblem.of(0, "items", "assessment.error.noItems"));
        } else {
            itemCodes.stream()
                    .filter(code ->
                            ctx.items.stream().noneMatch(e -> e.item().code().equals(code)))
                    .forEach(code -> problems.add(ImportProblem.of(0, "items", "assessment.error.unknownItem", code)));
            itemCodes.stream()
                    .filter(code -> !inReturnersScope(ctx, unitCode, code))
                    .forEach(code -> problems.add(ImportProblem.of(0, "items", "assessment.error.notYourItem", code)));
        }
        ImportRejectedException.throwIfAny(problems);
        repository.setItemStatus(header.id(), itemCodes, ItemStatus.RETURNED, reason.strip());
        repository.updateStatus(header.id(), AssessmentStatus.RETURNED, null);
        repository.insertEvent(
                header.id(),
                new AssessmentEvent(
                        AssessmentEvent.Kind.RETURN, itemCodes, reason.strip(), Actor.current(), clock.instant()));
        audit.record(AuditEvent.of(
                        AuditActions.RETURN, ENTITY, campaignCode + "/" + unitCode, null, Map.of("items", itemCodes))
                .withReason(reason.strip()));
    }

    /** Status and completion of every participating unit, for organisers. */
    @Transactional(readOnly = true)
    public List<UnitProgress> progress(String campaignCode) {
        Campaign campaign = campaigns.get(campaignCode);
        Rubric rubric = campaigns.rubric(campaign);
        Map<String, Unit> byCode =
                units.find(UnitQuery.ALL).stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        return repository.progress(campaignCode).stream()
                .map(p -> {
                    Unit unit = byCode.get(p.unitCode());
                    int applicable = ApplicableItems.forUnit(rubric, unit.type().key(), campaign.organiserNodes())
                            .size();
                    AssessmentStatus status = p.status() == null ? AssessmentStatus.DRAFT : p.status();
                    boolean overdue = campaign.deadlines().selfAssessment() != null
                            && today.isAfter(campaign.deadlines().selfAssessment())
                            && status != AssessmentStatus.SUBMITTED;
                    return new UnitProgress(unit, status, p.submittedAt(), p.answered(), applicable, overdue);
                })
                .toList();
    }

    /** Evaluators return only items of the subtrees assigned to them; administrators any item. */
    private boolean inReturnersScope(Context ctx, String unitCode, String itemCode) {
        CurrentUser user = UnitAccess.current();
        if (user == null || user.role() != Role.EVALUATOR) {
            return true;
        }
        List<String> scopes = campaigns.assignments(ctx.campaign.code()).stream()
                .filter(a -> a.unitCode().equals(unitCode) && a.evaluator().equals(user.getUsername()))
                .map(a -> a.nodeCode() == null ? "" : a.nodeCode())
                .toList();
        return ctx.items.stream()
                .filter(e -> e.item().code().equals(itemCode))
                .findFirst()
                .map(e -> scopes.stream()
                        .anyMatch(scope -> scope.isEmpty()
                                || scope.equals(itemCode)
                                || e.path().stream().anyMatch(n -> n.code().equals(scope))))
                .orElse(true);
    }

    /** The unit's items under organiser-only nodes, shown to it read-only. */
    private static List<ApplicableItems.Entry> organiserItems(Context ctx) {
        List<String> answered = ctx.items.stream().map(e -> e.item().code()).toList();
        return ApplicableItems.forUnit(ctx.rubric, ctx.unit.type().key(), List.of()).stream()
                .filter(e -> !answered.contains(e.item().code()))
                .toList();
    }

    private boolean mayReturn(Campaign campaign, String unitCode) {
        CurrentUser user = UnitAccess.current();
        if (user == null) {
            return false;
        }
        return user.role() == Role.ADMIN
                || user.role() == Role.EVALUATOR
                        && campaigns.assignments(campaign.code()).stream()
                                .anyMatch(a -> a.unitCode().equals(unitCode)
                                        && a.evaluator().equals(user.getUsername()));
    }

    private List<ImportProblem> draftProblems(ItemDraft draft, RubricNode item, BigDecimal step) {
        List<ImportProblem> problems = new ArrayList<>();
        BigDecimal score = draft.selfScore();
        if (score != null
                && (score.signum() < 0
                        || score.compareTo(item.points()) > 0
                        || score.remainder(step).signum() != 0)) {
            problems.add(ImportProblem.of(
                    0,
                    "selfScore",
                    "assessment.error.score",
                    item.points().stripTrailingZeros().toPlainString(),
                    step.stripTrailingZeros().toPlainString()));
        }
        if (draft.explanation() != null && draft.explanation().length() > ItemDraft.MAX_TEXT
                || draft.noEvidenceReason() != null && draft.noEvidenceReason().length() > ItemDraft.MAX_TEXT) {
            problems.add(ImportProblem.of(0, "explanation", "assessment.error.tooLong", ItemDraft.MAX_TEXT));
        }
        return problems;
    }

    /** The campaign, unit, rubric and applicable items, after checking the user may read the unit's data. */
    Context readable(String campaignCode, String unitCode) {
        access.requireRead(campaignCode, unitCode);
        Campaign campaign = campaigns.get(campaignCode);
        if (!campaigns.units(campaignCode).contains(unitCode)) {
            throw new NotFoundException("unit " + unitCode + " does not take part in " + campaignCode);
        }
        Unit unit = units.get(unitCode);
        Rubric rubric = campaigns.rubric(campaign);
        return new Context(
                campaign,
                unit,
                rubric,
                ApplicableItems.forUnit(rubric, unit.type().key(), campaign.organiserNodes()));
    }

    /** As {@link #readable}, and the user is this unit's reporter. */
    Context writable(String campaignCode, String unitCode) {
        Context ctx = readable(campaignCode, unitCode);
        CurrentUser user = UnitAccess.current();
        if (user == null || user.role() != Role.UNIT_REPORTER || !unitCode.equals(user.unitCode())) {
            throw new AccessDeniedException("only the unit's reporter writes its self-assessment");
        }
        ctx.campaign.requireNotFinalized();
        return ctx;
    }

    /**
     * The unit's self-assessment, created on first use with a row per item it answers; items that became
     * applicable since (the rubric or the unit's type changed while the campaign was a draft) get theirs too.
     */
    Header ensure(Context ctx) {
        Header header = repository.header(ctx.campaign.code(), ctx.unit.code()).orElseGet(() -> {
            long id = repository.insertHeader(ctx.campaign.code(), ctx.unit.code());
            return repository
                    .header(ctx.campaign.code(), ctx.unit.code())
                    .orElseThrow(() -> new IllegalStateException("row " + id));
        });
        List<String> stored = repository.answers(header.id()).stream()
                .map(ItemAnswer::itemCode)
                .toList();
        List<String> missing = ctx.items.stream()
                .map(e -> e.item().code())
                .filter(code -> !stored.contains(code))
                .toList();
        if (!missing.isEmpty()) {
            repository.insertItems(header.id(), missing);
        }
        return header;
    }

    private static Map<String, Object> answerJson(ItemAnswer a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("selfScore", a.selfScore());
        out.put("explanation", a.explanation());
        out.put("noEvidenceReason", a.noEvidenceReason());
        out.put("status", a.status());
        return out;
    }

    /** What one request works on. */
    record Context(Campaign campaign, Unit unit, Rubric rubric, List<ApplicableItems.Entry> items) {
        RubricNode item(String itemCode) {
            return items.stream()
                    .map(ApplicableItems.Entry::item)
                    .filter(i -> i.code().equals(itemCode))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("item " + itemCode + " is not answered by this unit"));
        }
    }
}
