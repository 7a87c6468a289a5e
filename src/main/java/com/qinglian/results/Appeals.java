package com.qinglian.results;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignInputs;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.campaign.PublicityWindow;
import com.qinglian.evaluation.Evaluations;
import com.qinglian.evaluation.EvaluatorScore;
import com.qinglian.evidence.AcceptedFile;
import com.qinglian.evidence.EvidenceIntake;
import com.qinglian.evidence.EvidenceRejectedException;
import com.qinglian.ledger.Ledger;
import com.qinglian.ledger.cases.LedgerCase;
import com.qinglian.results.internal.AppealRepository;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UnitAccess;
import com.qinglian.security.UserAccount;
import com.qinglian.security.UserAccounts;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.NotFoundException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals during publicity. Guarantees: only a unit's reporter appeals, on its own items and cases, inside the
 * publicity window, one open appeal per item or case, with evidence checked like any evidence; organisers assign
 * each appeal to an evaluator who did not make the original score; only that reviewer decides; a decision that
 * changes a score recomputes the results at once; everything is audited.
 */
@Service
public class Appeals {

    private final ApplicationEventPublisher events;

    static final String ENTITY = "appeal";

    private final AppealRepository repository;
    private final Campaigns campaigns;
    private final Results results;
    private final Evaluations evaluations;
    private final Ledger ledger;
    private final UserAccounts users;
    private final UnitAccess access;
    private final EvidenceIntake intake;
    private final AuditTrail audit;
    private final Clock clock;
    private final CampaignInputs inputs;

    Appeals(
            AppealRepository repository,
            Campaigns campaigns,
            Results results,
            Evaluations evaluations,
            Ledger ledger,
            UserAccounts users,
            UnitAccess access,
            EvidenceIntake intake,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events,
            CampaignInputs inputs) {
        this.events = events;
        this.inputs = inputs;
        this.repository = repository;
        this.campaigns = campaigns;
        this.results = results;
        this.evaluations = evaluations;
        this.ledger = ledger;
        this.users = users;
        this.access = access;
        this.intake = intake;
        this.audit = audit;
        this.clock = clock;
    }

    /** An uploaded file: its name as sent and its content. */
    public record Upload(String filename, InputStream content) {}

    /**
     * Files the signed-in reporter's appeal on an item ({@code kind} ITEM, code the item code) or a case (CASE, code
     * the case id).
     *
     * @throws InputRejectedException outside the window, on a second open appeal, a missing reason or a refused file
     */
    @Transactional
    public Appeal file(
            String campaignCode,
            String unitCode,
            AppealTarget.Kind kind,
            String code,
            String reason,
            List<Upload> files) {
        access.requireRead(campaignCode, unitCode);
        CurrentUser user = UnitAccess.current();
        if (user.role() != Role.UNIT_REPORTER) {
            throw new AccessDeniedException("only the unit's reporter appeals");
        }
        Campaign campaign = campaigns.get(campaignCode);
        requireWindowOpen(campaign);
        Target target = target(campaign, unitCode, kind, code);
        if (repository.ofCampaign(campaignCode).stream()
                .anyMatch(a -> a.open()
                        && a.unitCode().equals(unitCode)
                        && a.target().key().equals(target.target.key()))) {
            throw refusal("target", "appeal.error.alreadyOpen", target.target.label());
        }
        Appeal appeal = Appeal.file(
                campaignCode,
                unitCode,
                target.target,
                reason,
                target.score,
                target.scorers,
                user.getUsername(),
                clock.instant());
        List<AcceptedFile> checked = new ArrayList<>();
        for (Upload upload : files == null ? List.<Upload>of() : files) {
            try {
                checked.add(intake.accept(upload.filename(), upload.content()));
            } catch (EvidenceRejectedException e) {
                throw new InputRejectedException(List.of(InputProblem.of(0, "files", e.messageKey(), e.args())));
            }
        }
        long id;
        try {
            id = repository.insert(appeal);
        } catch (DuplicateKeyException e) {
            throw refusal("target", "appeal.error.alreadyOpen", target.target.label());
        }
        checked.forEach(f -> repository.insertFile(id, f, user.getUsername(), clock.instant()));
        Appeal stored = repository.find(id).orElseThrow();
        audit.record(
                AuditEvent.of(AuditActions.FILE, ENTITY, String.valueOf(id), null, describe(stored, checked.size())));
        events.publishEvent(new AppealEvent.Filed(campaignCode, unitCode, id));
        return stored;
    }

    /** The organiser hands the appeal to an active evaluator who did not make the original score. */
    @Transactional
    public Appeal assign(String campaignCode, long id, String reviewer) {
        requireRole(Role.ADMIN);
        Campaign campaign = campaigns.get(campaignCode);
        requirePublicity(campaign);
        Appeal before = get(campaignCode, id);
        Optional<UserAccount> account = users.find(reviewer);
        if (account.isEmpty()
                || account.get().role() != Role.EVALUATOR
                || !account.get().active()) {
            throw refusal("reviewer", "appeal.error.notEvaluator", String.valueOf(reviewer));
        }
        Appeal after = before.assignTo(reviewer, clock.instant());
        save(after);
        audit.record(AuditEvent.of(
                AuditActions.ASSIGN, ENTITY, String.valueOf(id), describe(before, 0), describe(after, 0)));
        return get(campaignCode, id);
    }

    /** The reviewer's decision; a changed score recomputes the campaign's results at once. */
    @Transactional
    public Appeal decide(String campaignCode, long id, Appeal.Decision decision, BigDecimal newScore, String reason) {
        CurrentUser user = requireRole(Role.EVALUATOR);
        Campaign campaign = campaigns.get(campaignCode);
        requirePublicity(campaign);
        // Loaded without the visibility check, so that anyone but the reviewer is told why they cannot decide.
        Appeal before = repository
                .find(id)
                .filter(a -> a.campaignCode().equals(campaignCode))
                .orElseThrow(() -> new NotFoundException("no appeal " + id));
        Rubric rubric = campaigns.rubric(campaign);
        boolean item = before.target().kind() == AppealTarget.Kind.ITEM;
        BigDecimal max = item
                ? rubric.node(before.target().code()).map(RubricNode::points).orElse(BigDecimal.ZERO)
                : before.originalScore();
        Appeal after = before.decide(
                user.getUsername(),
                decision,
                newScore,
                reason,
                max,
                item ? rubric.step() : BigDecimal.ONE,
                clock.instant());
        save(after);
        if (after.changedScore()) {
            inputs.changed(campaignCode);
        }
        audit.record(
                AuditEvent.of(AuditActions.DECIDE, ENTITY, String.valueOf(id), describe(before, 0), describe(after, 0))
                        .withReason(after.decisionReason()));
        if (after.changedScore()) {
            results.store(campaignCode, AuditActions.RECOMPUTE, "申诉 " + id + " 改变了得分");
        }
        events.publishEvent(new AppealEvent.Decided(
                campaignCode, after.unitCode(), id, after.target().label()));
        return repository.find(id).orElseThrow();
    }

    /**
     * One appeal, for the organisers, leaders, its reviewer, the evaluators whose score it contests and its unit's
     * reporter; anyone else gets a 404.
     */
    @Transactional(readOnly = true)
    public Appeal get(String campaignCode, long id) {
        Appeal appeal = repository
                .find(id)
                .filter(a -> a.campaignCode().equals(campaignCode))
                .orElseThrow(() -> new NotFoundException("no appeal " + id));
        CurrentUser user = UnitAccess.current();
        boolean visible = user != null
                && switch (user.role()) {
                    case ADMIN, LEADER -> true;
                    case EVALUATOR ->
                        user.getUsername().equals(appeal.reviewer())
                                || appeal.originalScorers().contains(user.getUsername());
                    case UNIT_REPORTER -> appeal.unitCode().equals(user.unitCode());
                    case AUDITOR -> false;
                };
        if (!visible) {
            throw new NotFoundException("no appeal " + id);
        }
        return appeal;
    }

    @Transactional(readOnly = true)
    public List<AppealFile> files(String campaignCode, long id) {
        get(campaignCode, id);
        return repository.files(id);
    }

    /** The stored file of an appeal's evidence, after the same checks as the appeal. */
    @Transactional(readOnly = true)
    public AcceptedFile file(String campaignCode, long id, long fileId) {
        get(campaignCode, id);
        return repository.stored(id, fileId).orElseThrow(() -> new NotFoundException("no file " + fileId));
    }

    /** Every appeal of the campaign, for organisers and leaders. */
    @Transactional(readOnly = true)
    public List<Appeal> ofCampaign(String campaignCode) {
        CurrentUser user = UnitAccess.current();
        if (user == null || user.role() != Role.ADMIN && user.role() != Role.LEADER) {
            throw new AccessDeniedException("appeals are listed for organisers and leaders");
        }
        campaigns.get(campaignCode);
        return repository.ofCampaign(campaignCode);
    }

    /** A unit's appeals, for whoever may read the unit's results. */
    @Transactional(readOnly = true)
    public List<Appeal> ofUnit(String campaignCode, String unitCode) {
        access.requireRead(campaignCode, unitCode);
        return repository.ofCampaign(campaignCode).stream()
                .filter(a -> a.unitCode().equals(unitCode))
                .toList();
    }

    /** The appeals the signed-in evaluator reviews. */
    @Transactional(readOnly = true)
    public List<Appeal> mine() {
        CurrentUser user = UnitAccess.current();
        return user == null ? List.of() : repository.ofReviewer(user.getUsername());
    }

    /** Appeals not yet decided; finalization waits for them. Checks no user rights. */
    @Transactional(readOnly = true)
    public long openCount(String campaignCode) {
        return repository.ofCampaign(campaignCode).stream().filter(Appeal::open).count();
    }

    /** The decided appeals that changed a score: the list kept with the final results. Checks no user rights. */
    @Transactional(readOnly = true)
    public List<Appeal> changedScores(String campaignCode) {
        return repository.ofCampaign(campaignCode).stream()
                .filter(Appeal::changedScore)
                .toList();
    }

    private record Target(AppealTarget target, BigDecimal score, List<String> scorers) {}

    private Target target(Campaign campaign, String unitCode, AppealTarget.Kind kind, String code) {
        if (kind == AppealTarget.Kind.CASE) {
            LedgerCase c = ledger.cases(campaign.code()).stream()
                    .filter(x -> x.unitCode().equals(unitCode)
                            && String.valueOf(x.id()).equals(code))
                    .findFirst()
                    .orElseThrow(() -> refusal("target", "appeal.error.unknownTarget", String.valueOf(code)));
            return new Target(
                    new AppealTarget(kind, code, c.ruleCode() + " " + c.documentNumber()),
                    BigDecimal.valueOf(c.count()),
                    List.of());
        }
        Breakdown breakdown = results.stored(campaign.code())
                .flatMap(run -> results.breakdownIn(run, unitCode))
                .orElseThrow(() -> refusal("target", "appeal.error.noResult"));
        RubricNode item = campaigns
                .rubric(campaign)
                .node(code == null ? "" : code)
                .filter(n -> n.isItem() && breakdown.node(n.code()).max().signum() > 0)
                .orElseThrow(() -> refusal("target", "appeal.error.unknownTarget", String.valueOf(code)));
        List<String> scorers = evaluations.scores(campaign.code()).stream()
                .filter(s -> s.unitCode().equals(unitCode) && s.itemCode().equals(code))
                .map(EvaluatorScore::evaluator)
                .distinct()
                .toList();
        return new Target(
                new AppealTarget(kind, code, item.label()), breakdown.node(code).score(), scorers);
    }

    private void requireWindowOpen(Campaign campaign) {
        Optional<PublicityWindow> window = campaigns.publicity(campaign.code());
        LocalDate today = LocalDate.now(clock);
        if (campaign.status() != CampaignStatus.PUBLICITY
                || window.isEmpty()
                || !window.get().isOpen(today)) {
            throw refusal(
                    "window",
                    "appeal.error.windowClosed",
                    window.map(w -> w.end().toString()).orElse("—"));
        }
    }

    private static void requirePublicity(Campaign campaign) {
        if (campaign.status() != CampaignStatus.PUBLICITY) {
            throw new ConflictException("campaign " + campaign.code() + " is not in publicity");
        }
    }

    private static CurrentUser requireRole(Role role) {
        CurrentUser user = UnitAccess.current();
        if (user == null || user.role() != role) {
            throw new AccessDeniedException("only " + role + " may do this with appeals");
        }
        return user;
    }

    private void save(Appeal appeal) {
        if (!repository.update(appeal)) {
            throw new ConflictException("appeal " + appeal.id() + " was changed by someone else");
        }
    }

    private static InputRejectedException refusal(String field, String key, Object... args) {
        return new InputRejectedException(List.of(InputProblem.of(0, field, key, args)));
    }

    private static Map<String, Object> describe(Appeal a, int files) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("unit", a.unitCode());
        out.put("target", a.target().key());
        out.put("status", a.status());
        out.put("originalScore", a.originalScore());
        if (files > 0) {
            out.put("files", files);
        }
        if (a.reviewer() != null) {
            out.put("reviewer", a.reviewer());
        }
        if (a.decision() != null) {
            out.put("decision", a.decision());
            out.put("newScore", a.newScore());
        }
        return out;
    }
}
