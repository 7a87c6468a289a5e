package com.qinglian.ledger.cases;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignInputs;
import com.qinglian.campaign.Campaigns;
import com.qinglian.evidence.AcceptedFile;
import com.qinglian.evidence.EvidenceIntake;
import com.qinglian.ledger.cases.internal.CaseRepository;
import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.Rubric;
import com.qinglian.security.Actor;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.NotFoundException;
import com.qinglian.shared.TextInput;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording negative-list and bonus cases. Guarantees: a case names a unit of the campaign and a rule of the
 * campaign's rubric; one document number is recorded once per unit (also enforced by the database); cases
 * change only until the campaign is finalized, edits and deletions need a reason; every change is audited.
 * Cases derived from the public survey change only through its import.
 */
@Service
public class LedgerCases {

    /** Longest reason for a change, in characters. */
    public static final int MAX_REASON = 2000;

    /** The entity type of its entries in the audit trail. */
    public static final String ENTITY = "ledger_case";

    private final CaseRepository repository;
    private final Campaigns campaigns;
    private final EvidenceIntake intake;
    private final AuditTrail audit;
    private final Clock clock;
    private final CampaignInputs inputs;

    LedgerCases(
            CaseRepository repository,
            Campaigns campaigns,
            EvidenceIntake intake,
            AuditTrail audit,
            Clock clock,
            CampaignInputs inputs) {
        this.inputs = inputs;
        this.repository = repository;
        this.campaigns = campaigns;
        this.intake = intake;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The rules a case may name: the rubric's negative list, its bonus rules, then the clauses printed inside
     * nodes, in published order.
     */
    @Transactional(readOnly = true)
    public List<CaseRule> rules(String campaignCode) {
        return groups(campaignCode).stream().flatMap(g -> g.rules().stream()).toList();
    }

    /** The rules a case may name, grouped as the case form offers them; groups without rules are left out. */
    @Transactional(readOnly = true)
    public List<RuleGroup> groups(String campaignCode) {
        return RuleGroup.of(campaigns.rubric(campaigns.get(campaignCode)));
    }

    @Transactional(readOnly = true)
    public CaseEntry get(String campaignCode, long id) {
        return repository
                .entry(id)
                .filter(e -> e.ledgerCase().campaignCode().equals(campaignCode))
                .orElseThrow(() -> new NotFoundException("no case " + id + " in " + campaignCode));
    }

    /**
     * Records a case.
     *
     * @throws InputRejectedException naming each field that is wrong, the duplicate document number included
     * @throws ConflictException when the campaign is finalized
     */
    @Transactional
    public LedgerCase record(String campaignCode, CaseDetails details) {
        Campaign campaign = campaigns.get(campaignCode);
        campaign.requireNotFinalized();
        InputRejectedException.throwIfAny(problems(campaign, details, null));
        LedgerCase draft = toCase(0, campaignCode, details);
        long id = insert(draft, CaseSource.MANUAL);
        LedgerCase saved = get(campaignCode, id).ledgerCase();
        audit.record(AuditEvent.of(AuditActions.CREATE, ENTITY, String.valueOf(id), null, saved));
        return saved;
    }

    /** Changes a hand-recorded case made on {@code expectedVersion}; the reason is kept in the audit trail. */
    @Transactional
    public LedgerCase update(String campaignCode, long id, CaseDetails details, int expectedVersion, String reason) {
        Campaign campaign = campaigns.get(campaignCode);
        CaseEntry before = get(campaignCode, id);
        campaign.requireNotFinalized();
        requireManual(before);
        List<InputProblem> problems = new ArrayList<>(problems(campaign, details, id));
        requireReason(reason, problems);
        InputRejectedException.throwIfAny(problems);
        if (before.version() != expectedVersion || !saveOrRefuse(toCase(id, campaignCode, details), expectedVersion)) {
            throw new ConflictException("case " + id + " was changed by someone else");
        }
        LedgerCase after = get(campaignCode, id).ledgerCase();
        audit.record(AuditEvent.of(AuditActions.UPDATE, ENTITY, String.valueOf(id), before.ledgerCase(), after)
                .withReason(reason.strip()));
        return after;
    }

    /** Deletes a hand-recorded case and its attachment records; the stored files stay until the campaign is finalized. */
    @Transactional
    public void delete(String campaignCode, long id, String reason) {
        Campaign campaign = campaigns.get(campaignCode);
        CaseEntry before = get(campaignCode, id);
        campaign.requireNotFinalized();
        requireManual(before);
        List<InputProblem> problems = new ArrayList<>();
        requireReason(reason, problems);
        InputRejectedException.throwIfAny(problems);
        repository.delete(id);
        inputs.changed(campaignCode);
        audit.record(AuditEvent.of(AuditActions.DELETE, ENTITY, String.valueOf(id), describe(before), null)
                .withReason(reason.strip()));
    }

    /**
     * Attaches a document to a case; its type is decided by content.
     *
     * @throws com.qinglian.evidence.EvidenceRejectedException with the reason when the file is refused
     */
    @Transactional
    public CaseAttachment attach(String campaignCode, long caseId, String filename, InputStream content) {
        Campaign campaign = campaigns.get(campaignCode);
        get(campaignCode, caseId);
        campaign.requireNotFinalized();
        AcceptedFile checked = intake.accept(filename, content);
        CaseAttachment attachment = new CaseAttachment(
                0,
                caseId,
                checked.displayName(),
                checked.kind().name(),
                checked.size(),
                checked.sha256(),
                clock.instant(),
                Actor.current());
        long id = repository.insertAttachment(
                caseId, checked.key(), checked.kind().mimeType(), attachment);
        audit.record(AuditEvent.of(
                AuditActions.UPLOAD,
                ENTITY,
                String.valueOf(caseId),
                null,
                Map.of(
                        "attachment",
                        id,
                        "name",
                        checked.displayName(),
                        "sha256",
                        checked.sha256(),
                        "size",
                        checked.size())));
        return new CaseAttachment(
                id,
                caseId,
                attachment.displayName(),
                attachment.kind(),
                attachment.sizeBytes(),
                attachment.sha256(),
                attachment.uploadedAt(),
                attachment.uploadedBy());
    }

    /** Removes an attachment from its case; the stored file stays until the campaign is finalized. Returns the case id. */
    @Transactional
    public long detach(String campaignCode, long attachmentId) {
        Campaign campaign = campaigns.get(campaignCode);
        CaseRepository.StoredAttachment stored = attachmentOf(campaignCode, attachmentId);
        campaign.requireNotFinalized();
        repository.deleteAttachment(attachmentId);
        CaseAttachment a = stored.attachment();
        audit.record(AuditEvent.of(
                AuditActions.REMOVE,
                ENTITY,
                String.valueOf(a.caseId()),
                Map.of("attachment", a.id(), "name", a.displayName(), "sha256", a.sha256()),
                null));
        return a.caseId();
    }

    /** An attachment of a case of this campaign, for download by organisers. */
    @Transactional(readOnly = true)
    public AcceptedFile attachment(String campaignCode, long attachmentId) {
        return attachmentOf(campaignCode, attachmentId).asEvidence();
    }

    /** Records a case for the survey import (no user-facing checks beyond the document number). */
    public long recordFromSurvey(LedgerCase c) {
        long id = insert(c, CaseSource.SURVEY);
        audit.record(AuditEvent.of(
                        AuditActions.CREATE,
                        ENTITY,
                        String.valueOf(id),
                        null,
                        get(c.campaignCode(), id).ledgerCase())
                .withReason("万人双评议导入"));
        return id;
    }

    /** Removes a case a survey import made, when that import is replaced. */
    public void deleteFromSurvey(CaseEntry entry, String reason) {
        repository.delete(entry.ledgerCase().id());
        inputs.changed(entry.ledgerCase().campaignCode());
        audit.record(AuditEvent.of(
                        AuditActions.DELETE,
                        ENTITY,
                        String.valueOf(entry.ledgerCase().id()),
                        describe(entry),
                        null)
                .withReason(reason));
    }

    /** The case recorded for a unit under a document number, if any: survey imports use it to stay idempotent. */
    public Optional<LedgerCase> byDocument(String unitCode, String documentNumber) {
        return repository.byDocument(unitCode, documentNumber);
    }

    private CaseRepository.StoredAttachment attachmentOf(String campaignCode, long attachmentId) {
        return repository
                .attachment(attachmentId)
                .filter(a -> repository
                        .entry(a.attachment().caseId())
                        .filter(e -> e.ledgerCase().campaignCode().equals(campaignCode))
                        .isPresent())
                .orElseThrow(() -> new NotFoundException("no attachment " + attachmentId));
    }

    private List<InputProblem> problems(Campaign campaign, CaseDetails details, Long ownId) {
        List<InputProblem> problems = new ArrayList<>(details.problems());
        if (details.unitCode() != null && !campaigns.units(campaign.code()).contains(details.unitCode())) {
            problems.add(InputProblem.of(0, "unitCode", "ledger.error.unitNotInCampaign", details.unitCode()));
        }
        if (details.ruleCode() != null) {
            Rubric rubric = campaigns.rubric(campaign);
            Optional<CaseRule> rule = rubric.caseRule(details.ruleCode());
            if (rule.isEmpty()) {
                problems.add(InputProblem.of(0, "ruleCode", "ledger.error.unknownRule", details.ruleCode()));
            } else {
                problems.addAll(CaseAmounts.problems(rule.get(), rubric.step(), details));
            }
        }
        if (details.unitCode() != null && details.documentNumber() != null) {
            repository
                    .byDocument(details.unitCode(), details.documentNumber())
                    .filter(existing -> ownId == null || existing.id() != ownId)
                    .ifPresent(existing -> problems.add(duplicate(existing)));
        }
        return problems;
    }

    private static InputProblem duplicate(LedgerCase existing) {
        return InputProblem.of(
                0,
                "documentNumber",
                "ledger.error.duplicateDocument",
                existing.documentNumber(),
                existing.unitCode(),
                existing.campaignCode(),
                existing.date().toString());
    }

    private long insert(LedgerCase c, CaseSource source) {
        try {
            long id = repository.insert(c, source, clock.instant(), Actor.current());
            inputs.changed(c.campaignCode());
            return id;
        } catch (DuplicateKeyException e) {
            throw new InputRejectedException(List.of(InputProblem.of(
                    0,
                    "documentNumber",
                    "ledger.error.duplicateDocument",
                    c.documentNumber(),
                    c.unitCode(),
                    c.campaignCode(),
                    c.date().toString())));
        }
    }

    private boolean saveOrRefuse(LedgerCase c, int expectedVersion) {
        try {
            boolean saved = repository.update(c, expectedVersion);
            inputs.changed(c.campaignCode());
            return saved;
        } catch (DuplicateKeyException e) {
            throw new InputRejectedException(List.of(InputProblem.of(
                    0,
                    "documentNumber",
                    "ledger.error.duplicateDocument",
                    c.documentNumber(),
                    c.unitCode(),
                    c.campaignCode(),
                    c.date().toString())));
        }
    }

    private static LedgerCase toCase(long id, String campaignCode, CaseDetails d) {
        return new LedgerCase(
                id,
                campaignCode,
                d.unitCode(),
                d.ruleCode(),
                d.count(),
                d.multiplier(),
                d.date(),
                d.documentNumber(),
                d.issuingBody(),
                d.description(),
                d.amount(),
                d.level());
    }

    private static void requireManual(CaseEntry entry) {
        if (!entry.editable()) {
            throw new ConflictException("case " + entry.ledgerCase().id() + " follows the survey import");
        }
    }

    private static void requireReason(String reason, List<InputProblem> problems) {
        if (reason == null || reason.isBlank()) {
            problems.add(InputProblem.of(0, "reason", "ledger.error.reason"));
        }
        TextInput.problem(0, "reason", TextInput.tidy(reason), MAX_REASON, TextInput.Shape.MULTI_LINE)
                .ifPresent(problems::add);
    }

    private static Map<String, Object> describe(CaseEntry entry) {
        return Map.of(
                "case",
                entry.ledgerCase(),
                "source",
                entry.source(),
                "attachments",
                entry.attachments().stream()
                        .map(a -> Map.of("id", a.id(), "name", a.displayName(), "sha256", a.sha256()))
                        .toList());
    }
}
