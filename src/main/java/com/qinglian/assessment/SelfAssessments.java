package com.qinglian.assessment;

import com.qinglian.assessment.internal.AssessmentRepository;
import com.qinglian.assessment.internal.AssessmentRepository.Header;
import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignMembership;
import com.qinglian.campaign.Campaigns;
import com.qinglian.rubric.ApplicableItems;
import com.qinglian.rubric.PlacedItem;
import com.qinglian.rubric.Rubric;
import com.qinglian.security.Actor;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UnitAccess;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.NotFoundException;
import com.qinglian.unit.Unit;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
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
    private final CampaignMembership membership;
    private final UnitDirectory units;
    private final UnitAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EvidenceChecks checks;

    SelfAssessments(
            AssessmentRepository repository,
            Campaigns campaigns,
            UnitDirectory units,
            UnitAccess access,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            EvidenceChecks checks,
            CampaignMembership membership) {
        this.checks = checks;
        this.membership = membership;
        this.repository = repository;
        this.campaigns = campaigns;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The page for one unit; anyone allowed to see the unit's data may read it. Reads only. */
    @Transactional(readOnly = true)
    public AssessmentSheet sheet(String campaignCode, String unitCode) {
        Context ctx = readable(campaignCode, unitCode);
        Optional<Header> header = repository.header(campaignCode, unitCode);
        List<ItemFile> files = header.map(h -> repository.evidence(h.id())).orElse(List.of());
        SelfAssessment assessment = build(ctx, header, files);
        CurrentUser user = UnitAccess.current();
        boolean reporter = user != null && user.role() == Role.UNIT_REPORTER && unitCode.equals(user.unitCode());
        Map<String, ItemAnswer> answers = header.map(h -> repository.answers(h.id())).orElse(List.of()).stream()
                .collect(Collectors.toMap(ItemAnswer::itemCode, Function.identity()));
        Map<String, List<ItemFile>> evidence = files.stream().collect(Collectors.groupingBy(ItemFile::itemCode));
        EvidenceChecks.Result checked = checks.of(ctx.campaign, ctx.items, evidence);
        return new AssessmentSheet(
                ctx.campaign,
                ctx.unit,
                ctx.rubric.step(),
                assessment,
                ctx.items,
                answers,
                evidence,
                header.map(h -> repository.events(h.id())).orElse(List.of()),
                reporter,
                mayReturn(ctx.campaign, unitCode),
                organiserItems(ctx),
                checked.expectations(),
                checked.checks());
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
     * @throws InputRejectedException when the score or texts are wrong
     */
    @Transactional
    public ItemAnswer save(
            String campaignCode, String unitCode, String itemCode, ItemDraft draft, int expectedVersion) {
        Context ctx = writable(campaignCode, unitCode);
        SelfAssessment assessment = load(ctx);
        assessment.answer(itemCode, draft, expectedVersion);
        long id = store(ctx, assessment);
        return repository.answer(id, itemCode).orElseThrow();
    }

    /** Hands in the whole self-assessment, or after a return the returned items; every item concerned must be complete. */
    @Transactional
    public void submit(String campaignCode, String unitCode) {
        Context ctx = writable(campaignCode, unitCode);
        SelfAssessment assessment = load(ctx);
        assessment.submit();
        store(ctx, assessment);
    }

    /** An administrator or an assigned evaluator hands items back to the unit, with a reason. */
    @Transactional
    public void returnItems(String campaignCode, String unitCode, List<String> itemCodes, String reason) {
        Context ctx = readable(campaignCode, unitCode);
        if (!mayReturn(ctx.campaign, unitCode)) {
            throw new AccessDeniedException("only administrators and assigned evaluators return items");
        }
        SelfAssessment assessment = load(ctx);
        assessment.returnItems(itemCodes, reason, code -> inReturnersScope(ctx, unitCode, code));
        store(ctx, assessment);
    }

    /** Status and completion of every participating unit, for organisers. */
    @Transactional(readOnly = true)
    public List<UnitProgress> progress(String campaignCode) {
        Campaign campaign = campaigns.get(campaignCode);
        Rubric rubric = campaigns.rubric(campaign);
        Map<String, Unit> byCode =
                units.find(UnitQuery.ALL).stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        ApplicableItems applicableItems = new ApplicableItems(rubric);
        return repository.progress(campaignCode).stream()
                .map(p -> {
                    Unit unit = byCode.get(p.unitCode());
                    int applicable = campaign.answeredItems(
                                    applicableItems.of(unit.type().key(), unit.tagSet(), unit.code()))
                            .size();
                    AssessmentStatus status = p.status() == null ? AssessmentStatus.DRAFT : p.status();
                    boolean overdue = campaign.deadlines().selfAssessment() != null
                            && today.isAfter(campaign.deadlines().selfAssessment())
                            && status != AssessmentStatus.SUBMITTED;
                    return new UnitProgress(unit, status, p.submittedAt(), p.answered(), applicable, overdue);
                })
                .toList();
    }

    /** Evaluators return only items they cover; administrators any item. */
    private boolean inReturnersScope(Context ctx, String unitCode, String itemCode) {
        CurrentUser user = UnitAccess.current();
        if (user == null || user.role() != Role.EVALUATOR) {
            return true;
        }
        return campaigns.coveredBy(ctx.campaign, user.getUsername(), unitCode, ctx.items).stream()
                .anyMatch(e -> e.item().code().equals(itemCode));
    }

    /** The unit's items under organiser-only nodes, shown to it read-only. */
    private static List<PlacedItem> organiserItems(Context ctx) {
        return applicableTo(ctx.rubric, ctx.unit).stream()
                .filter(ctx.campaign::isOrganiserOnly)
                .toList();
    }

    private static List<PlacedItem> applicableTo(Rubric rubric, Unit unit) {
        return ApplicableItems.forUnit(rubric, unit.type().key(), unit.tagSet(), unit.code());
    }

    private boolean mayReturn(Campaign campaign, String unitCode) {
        CurrentUser user = UnitAccess.current();
        if (user == null) {
            return false;
        }
        return user.role() == Role.ADMIN
                || user.role() == Role.EVALUATOR
                        && membership.isAssigned(campaign.code(), unitCode, user.getUsername());
    }

    /** The campaign, unit, rubric and applicable items, after checking the user may read the unit's data. */
    Context readable(String campaignCode, String unitCode) {
        access.requireRead(campaignCode, unitCode);
        Campaign campaign = campaigns.get(campaignCode);
        if (!membership.takesPart(campaignCode, unitCode)) {
            throw new NotFoundException("unit " + unitCode + " does not take part in " + campaignCode);
        }
        Unit unit = units.get(unitCode);
        Rubric rubric = campaigns.rubric(campaign);
        return new Context(campaign, unit, rubric, campaign.answeredItems(applicableTo(rubric, unit)));
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

    /** The unit's self-assessment as stored; nothing is written. */
    SelfAssessment load(Context ctx) {
        Optional<Header> header = repository.header(ctx.campaign.code(), ctx.unit.code());
        return build(ctx, header, header.map(h -> repository.evidence(h.id())).orElse(List.of()));
    }

    private SelfAssessment build(Context ctx, Optional<Header> header, List<ItemFile> evidence) {
        return new SelfAssessment(
                ctx.campaign,
                ctx.unit.code(),
                ctx.items,
                ctx.rubric.step(),
                header.map(Header::status).orElse(AssessmentStatus.DRAFT),
                header.map(h -> repository.answers(h.id())).orElse(List.of()),
                evidence.stream().map(ItemFile::itemCode).collect(Collectors.toSet()));
    }

    /**
     * Stores what happened to the self-assessment (audited and published), first creating its rows where
     * missing; returns its id.
     */
    long store(Context ctx, SelfAssessment assessment) {
        long id = rows(ctx, assessment);
        for (SelfAssessmentEvent event : assessment.takeEvents()) {
            persist(id, event);
            events.publishEvent(event);
        }
        return id;
    }

    /**
     * The self-assessment's id, after creating its header and the rows of items that have none (never
     * written to, or applicable since the rubric or the unit's type changed). This is the first write:
     * the unit's participation row is locked first, so that two first writes at the same moment queue up
     * instead of clashing on the unique keys.
     */
    long rows(Context ctx, SelfAssessment assessment) {
        Optional<Header> header = repository.header(ctx.campaign.code(), ctx.unit.code());
        if (header.isPresent() && assessment.unstoredItems().isEmpty()) {
            return header.get().id();
        }
        repository.lockParticipation(ctx.campaign.code(), ctx.unit.code());
        long id = repository
                .header(ctx.campaign.code(), ctx.unit.code())
                .map(Header::id)
                .orElseGet(() -> repository.insertHeader(ctx.campaign.code(), ctx.unit.code()));
        List<String> stored =
                repository.answers(id).stream().map(ItemAnswer::itemCode).toList();
        List<String> missing = ctx.items.stream()
                .map(e -> e.item().code())
                .filter(code -> !stored.contains(code))
                .toList();
        repository.insertItems(id, missing);
        return id;
    }

    private void persist(long id, SelfAssessmentEvent event) {
        String where = event.campaignCode() + "/" + event.unitCode();
        if (event instanceof SelfAssessmentEvent.AnswerSaved saved) {
            String item = saved.after().itemCode();
            if (!repository.saveAnswer(id, saved.after(), clock.instant(), Actor.current())) {
                throw new ItemEditConflictException(repository.answer(id, item).orElseThrow());
            }
            ItemAnswer after = repository.answer(id, item).orElseThrow();
            audit.record(AuditEvent.of(
                    AuditActions.UPDATE,
                    "self_assessment_item",
                    where + "/" + item,
                    answerJson(saved.before()),
                    answerJson(after)));
        } else if (event instanceof SelfAssessmentEvent.Submitted submitted) {
            repository.setItemStatus(id, submitted.itemCodes(), ItemStatus.SUBMITTED, null);
            repository.updateStatus(id, AssessmentStatus.SUBMITTED, clock.instant());
            AssessmentEvent.Kind kind =
                    submitted.resubmission() ? AssessmentEvent.Kind.RESUBMIT : AssessmentEvent.Kind.SUBMIT;
            repository.insertEvent(
                    id,
                    new AssessmentEvent(
                            kind,
                            submitted.resubmission() ? submitted.itemCodes() : List.of(),
                            null,
                            Actor.current(),
                            clock.instant()));
            audit.record(AuditEvent.of(
                    kind.name(),
                    ENTITY,
                    where,
                    Map.of("status", submitted.previous()),
                    Map.of(
                            "status",
                            AssessmentStatus.SUBMITTED,
                            "items",
                            submitted.itemCodes().size())));
        } else if (event instanceof SelfAssessmentEvent.ItemsReturned returned) {
            repository.setItemStatus(id, returned.itemCodes(), ItemStatus.RETURNED, returned.reason());
            repository.updateStatus(id, AssessmentStatus.RETURNED, null);
            repository.insertEvent(
                    id,
                    new AssessmentEvent(
                            AssessmentEvent.Kind.RETURN,
                            returned.itemCodes(),
                            returned.reason(),
                            Actor.current(),
                            clock.instant()));
            audit.record(AuditEvent.of(AuditActions.RETURN, ENTITY, where, null, Map.of("items", returned.itemCodes()))
                    .withReason(returned.reason()));
        }
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
    record Context(Campaign campaign, Unit unit, Rubric rubric, List<PlacedItem> items) {}
}
