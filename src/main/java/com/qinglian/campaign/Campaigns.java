package com.qinglian.campaign;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.campaign.internal.CampaignRepository;
import com.qinglian.campaign.internal.PublicationRepository;
import com.qinglian.rubric.PlacedItem;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricCatalog;
import com.qinglian.security.Actor;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccount;
import com.qinglian.security.UserAccounts;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.NotFoundException;
import com.qinglian.shared.TextInput;
import com.qinglian.unit.Unit;
import com.qinglian.unit.UnitDirectory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns. Guarantees: a campaign runs on a published rubric version that never changes under it;
 * only one status step at a time, each audited with its reason; settings, rubric and participants
 * change only in draft; nothing changes after finalization.
 */
@Service
public class Campaigns {

    /** Longest reason for a change, in characters. */
    public static final int MAX_REASON = 2000;

    static final String ENTITY = "campaign";

    private final CampaignRepository repository;
    private final PublicationRepository publication;
    private final TransitionChecks checks;
    private final RubricCatalog rubrics;
    private final UnitDirectory units;
    private final UserAccounts users;
    private final DetailChecks detailChecks;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CampaignInputs inputs;

    Campaigns(
            CampaignRepository repository,
            PublicationRepository publication,
            TransitionChecks checks,
            RubricCatalog rubrics,
            UnitDirectory units,
            UserAccounts users,
            DetailChecks detailChecks,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events,
            CampaignInputs inputs) {
        this.repository = repository;
        this.inputs = inputs;
        this.publication = publication;
        this.checks = checks;
        this.events = events;
        this.rubrics = rubrics;
        this.units = units;
        this.users = users;
        this.detailChecks = detailChecks;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Campaign> list() {
        return repository.findAll();
    }

    /** Campaigns a unit takes part in and that have left the draft stage, newest first. */
    @Transactional(readOnly = true)
    public List<Campaign> openedFor(String unitCode) {
        return repository.findForUnit(unitCode).stream()
                .filter(c -> c.status() != CampaignStatus.DRAFT)
                .toList();
    }

    @Transactional(readOnly = true)
    public Campaign get(String code) {
        return repository.find(code).orElseThrow(() -> new CampaignNotFoundException(code));
    }

    @Transactional(readOnly = true)
    public Optional<Campaign> find(String code) {
        return repository.find(code);
    }

    /** The campaign's frozen rubric. */
    @Transactional(readOnly = true)
    public Rubric rubric(Campaign campaign) {
        return rubrics.findPublished(campaign.rubricCode(), campaign.rubricVersion())
                .orElseThrow(
                        () -> new IllegalStateException("campaign " + campaign.code() + " has no published rubric"));
    }

    @Transactional(readOnly = true)
    public List<String> units(String code) {
        return repository.units(code);
    }

    /** One evaluator's assignments in a campaign (not the campaign's every assignment). */
    @Transactional(readOnly = true)
    public List<Assignment> assignmentsOf(String code, String evaluator) {
        return repository.assignmentsOf(code, evaluator);
    }

    @Transactional(readOnly = true)
    public List<Assignment> assignments(String code) {
        return repository.assignments(code);
    }

    /**
     * Of a unit's {@code items}, those an evaluator covers in the campaign: under one of their assignments
     * for the unit, and not organiser-only. The one answer to "what does this evaluator score and return".
     */
    @Transactional(readOnly = true)
    public List<PlacedItem> coveredBy(Campaign campaign, String evaluator, String unitCode, List<PlacedItem> items) {
        List<Assignment> mine = repository.assignments(campaign.code(), unitCode, evaluator);
        return items.stream()
                .filter(item -> !campaign.isOrganiserOnly(item))
                .filter(item -> mine.stream().anyMatch(a -> a.covers(item)))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Transition> history(String code) {
        return repository.transitions(code);
    }

    /**
     * Creates a draft campaign for the given units (null: every active unit).
     *
     * @throws InputRejectedException naming each field that is wrong
     */
    @Transactional
    public Campaign create(CampaignDetails details, Collection<String> unitCodes) {
        List<InputProblem> problems = detailChecks.check(details, true);
        Set<String> participants = participants(unitCodes, problems);
        InputRejectedException.throwIfAny(problems);
        Campaign campaign = new Campaign(
                details.code(),
                details.name(),
                details.year(),
                details.periodStart(),
                details.periodEnd(),
                details.rubricCode(),
                details.rubricVersion(),
                CampaignStatus.DRAFT,
                details.deadlines(),
                details.organiserNodes(),
                details.settings(),
                0);
        repository.insert(campaign, clock.instant());
        repository.replaceUnits(campaign.code(), participants);
        audit.record(
                AuditEvent.of(AuditActions.CREATE, ENTITY, campaign.code(), null, describe(campaign, participants)));
        return get(campaign.code());
    }

    /** Edits a draft made on {@code expectedVersion}. */
    @Transactional
    public Campaign update(CampaignDetails details, Collection<String> unitCodes, int expectedVersion) {
        Campaign before = get(details.code());
        before.requireDraft();
        List<InputProblem> problems = detailChecks.check(details, false);
        Set<String> participants = participants(unitCodes, problems);
        InputRejectedException.throwIfAny(problems);
        if (before.version() != expectedVersion) {
            throw new ConflictException("campaign " + before.code() + " was changed by someone else");
        }
        Campaign after = before.withDetails(details);
        save(after);
        List<String> beforeUnits = repository.units(before.code());
        repository.replaceUnits(before.code(), participants);
        if (!before.sameResultInputs(after) || !participants.equals(new TreeSet<>(beforeUnits))) {
            inputs.changed(before.code());
        }
        audit.record(AuditEvent.of(
                AuditActions.UPDATE,
                ENTITY,
                before.code(),
                describe(before, beforeUnits),
                describe(after, participants)));
        return get(before.code());
    }

    /** A new draft with last year's rubric, settings, units, assignments and deadlines one year on. */
    @Transactional
    public Campaign copy(String sourceCode, String newCode, String newName) {
        Campaign source = get(sourceCode);
        int years = 1;
        CampaignDetails details = new CampaignDetails(
                newCode,
                newName,
                source.year() + years,
                source.periodStart().plusYears(years),
                source.periodEnd().plusYears(years),
                source.rubricCode(),
                source.rubricVersion(),
                source.deadlines().shiftedYears(years),
                source.organiserNodes(),
                source.settings());
        List<String> activeUnits = units.active().stream().map(Unit::code).toList();
        Campaign copy = create(
                details,
                repository.units(sourceCode).stream()
                        .filter(activeUnits::contains)
                        .toList());
        for (Assignment a : repository.assignments(sourceCode)) {
            if (activeUnits.contains(a.unitCode())) {
                repository.insertAssignment(newCode, a);
            }
        }
        audit.record(AuditEvent.of(AuditActions.COPY, ENTITY, newCode, Map.of("from", sourceCode), null));
        return copy;
    }

    /** Moves one step forward or back, with a reason; refused on any blocking or overridable issue; audited. */
    @Transactional
    public Campaign move(String code, CampaignStatus target, String reason) {
        return move(code, target, reason, null);
    }

    /**
     * Moves one step forward or back, with a reason; audited. The checks of every {@link TransitionGuard} run
     * first: a blocking issue refuses the move, an overridable one too unless {@code override} gives the
     * organiser's reason, which is then kept with the move.
     *
     * @throws TransitionRefusedException listing the issues; nothing changed
     */
    @Transactional
    public Campaign move(String code, CampaignStatus target, String reason, String override) {
        if (reason == null || reason.isBlank()) {
            throw new InputRejectedException(List.of(InputProblem.of(0, "reason", "campaign.error.reason")));
        }
        InputRejectedException.throwIfAny(
                TextInput.problem(0, "reason", TextInput.tidy(reason), MAX_REASON, TextInput.Shape.MULTI_LINE)
                        .or(() -> TextInput.problem(
                                0, "override", TextInput.tidy(override), MAX_REASON, TextInput.Shape.MULTI_LINE))
                        .stream()
                        .toList());
        Campaign before = get(code);
        Campaign after = before.moveTo(target);
        if (target == CampaignStatus.SELF_ASSESSMENT && repository.units(code).isEmpty()) {
            throw new InputRejectedException(List.of(InputProblem.of(0, "units", "campaign.error.noUnits")));
        }
        String overridden = checks.requireAllowed(checks.check(before, target), override);
        save(after);
        String actor = Actor.current();
        repository.insertTransition(
                code, new Transition(before.status(), target, actor, reason.strip(), clock.instant()));
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", target);
        if (overridden != null) {
            publication.recordOverride(code, override.strip(), overridden);
            state.put("override", override.strip());
            state.put("overridden", overridden);
        }
        audit.record(AuditEvent.of(AuditActions.STATUS_CHANGE, ENTITY, code, Map.of("status", before.status()), state)
                .withReason(reason.strip()));
        events.publishEvent(new CampaignStatusChanged(code, before.status(), target));
        return get(code);
    }

    /** What the checks say about moving the campaign to {@code target}; reads only. */
    @Transactional(readOnly = true)
    public List<TransitionIssue> check(String code, CampaignStatus target) {
        return checks.check(get(code), target);
    }

    /**
     * Opens publicity with its window: the window is kept, then the campaign moves as {@link #move} does.
     *
     * @throws InputRejectedException when the window is missing or ends before it starts
     */
    @Transactional
    public Campaign openPublicity(String code, PublicityWindow window, String reason, String override) {
        List<InputProblem> problems = new ArrayList<>();
        if (window == null || window.start() == null) {
            problems.add(InputProblem.of(0, "windowStart", "campaign.error.windowStart"));
        }
        if (window == null || window.end() == null) {
            problems.add(InputProblem.of(0, "windowEnd", "campaign.error.windowEnd"));
        } else if (window.start() != null && window.end().isBefore(window.start())) {
            problems.add(InputProblem.of(0, "windowEnd", "campaign.error.windowOrder"));
        }
        InputRejectedException.throwIfAny(problems);
        get(code).moveTo(CampaignStatus.PUBLICITY);
        publication.saveWindow(code, window);
        audit.record(AuditEvent.of(AuditActions.PUBLICITY_WINDOW, ENTITY, code, null, window));
        return move(code, CampaignStatus.PUBLICITY, reason, override);
    }

    /** The publicity window, once publicity was opened. */
    @Transactional(readOnly = true)
    public Optional<PublicityWindow> publicity(String code) {
        return publication.window(code);
    }

    /** Status moves made over overridable issues, with the organisers' reasons. */
    @Transactional(readOnly = true)
    public List<TransitionOverride> overrides(String code) {
        return publication.overrides(code);
    }

    /** Assigns an evaluator to units, for the whole rubric or one subtree. */
    @Transactional
    public void assign(String code, String evaluator, Collection<String> unitCodes, String nodeCode, boolean lead) {
        Campaign campaign = get(code);
        campaign.requireNotFinalized();
        List<InputProblem> problems = new ArrayList<>();
        Optional<UserAccount> user = users.find(evaluator);
        if (user.isEmpty() || user.get().role() != Role.EVALUATOR || !user.get().active()) {
            problems.add(InputProblem.of(0, "evaluator", "campaign.error.notEvaluator", String.valueOf(evaluator)));
        }
        String node = nodeCode == null || nodeCode.isBlank() ? null : nodeCode.strip();
        if (node != null && rubric(campaign).node(node).isEmpty()) {
            problems.add(InputProblem.of(0, "nodeCode", "campaign.error.unknownNode", node));
        }
        List<String> participants = repository.units(code);
        if (unitCodes == null || unitCodes.isEmpty()) {
            problems.add(InputProblem.of(0, "units", "campaign.error.noUnitsChosen"));
        } else {
            unitCodes.stream()
                    .filter(u -> !participants.contains(u))
                    .forEach(u -> problems.add(InputProblem.of(0, "units", "campaign.error.notParticipant", u)));
        }
        InputRejectedException.throwIfAny(problems);
        List<Assignment> existing = repository.assignments(code);
        List<String> added = new ArrayList<>();
        for (String unit : new TreeSet<>(unitCodes)) {
            boolean present = existing.stream()
                    .anyMatch(a -> a.unitCode().equals(unit)
                            && a.evaluator().equals(evaluator)
                            && Objects.equals(a.nodeCode(), node));
            if (!present) {
                repository.insertAssignment(code, new Assignment(0, unit, evaluator, node, lead));
                added.add(unit);
            }
        }
        inputs.changed(code);
        audit.record(AuditEvent.of(
                AuditActions.ASSIGN,
                ENTITY,
                code,
                null,
                Map.of("evaluator", evaluator, "units", added, "node", String.valueOf(node), "lead", lead)));
    }

    @Transactional
    public void unassign(String code, long assignmentId) {
        get(code).requireNotFinalized();
        Assignment assignment = repository
                .assignment(code, assignmentId)
                .orElseThrow(() -> new NotFoundException("no assignment " + assignmentId));
        repository.deleteAssignment(assignmentId);
        inputs.changed(code);
        audit.record(AuditEvent.of(AuditActions.UNASSIGN, ENTITY, code, assignment, null));
    }

    private Set<String> participants(Collection<String> unitCodes, List<InputProblem> problems) {
        List<String> active = units.active().stream().map(Unit::code).toList();
        if (unitCodes == null) {
            return new TreeSet<>(active);
        }
        Set<String> chosen = new TreeSet<>(unitCodes);
        chosen.stream()
                .filter(u -> !active.contains(u))
                .forEach(u -> problems.add(InputProblem.of(0, "units", "campaign.error.unknownUnit", u)));
        return chosen;
    }

    private void save(Campaign campaign) {
        if (!repository.update(campaign, clock.instant())) {
            throw new ConflictException("campaign " + campaign.code() + " was changed by someone else");
        }
    }

    private static Map<String, Object> describe(Campaign c, Collection<String> unitCodes) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("campaign", c);
        out.put("units", List.copyOf(unitCodes));
        return out;
    }
}
