package com.qinglian.ledger.inspections;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.inspections.internal.InspectionRepository;
import com.qinglian.ledger.internal.Decimals;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.security.Actor;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.NotFoundException;
import com.qinglian.shared.TextInput;
import com.qinglian.shared.TextInput.Shape;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily supervision and mid-year inspection records (日常监督检查, 年中督查). Guarantees: a record names a unit
 * of the campaign and an item of its rubric, with a proposed score from 0 to the item's points in the rubric's
 * step; records change only until the campaign is finalized; every change is audited.
 */
@Service
public class Inspections {

    /** Longest reason for a change, in characters. */
    public static final int MAX_REASON = 2000;

    /** The entity type of its entries in the audit trail. */
    public static final String ENTITY = "inspection_record";

    private final InspectionRepository repository;
    private final Campaigns campaigns;
    private final AuditTrail audit;
    private final Clock clock;

    Inspections(InspectionRepository repository, Campaigns campaigns, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records an inspection.
     *
     * @throws InputRejectedException naming each field that is wrong
     * @throws com.qinglian.shared.ConflictException when the campaign is finalized
     */
    @Transactional
    public InspectionRecord record(String campaignCode, InspectionDetails d) {
        Campaign campaign = campaigns.get(campaignCode);
        campaign.requireNotFinalized();
        Rubric rubric = campaigns.rubric(campaign);
        List<InputProblem> problems = new ArrayList<>();
        if (d.unitCode() == null || !campaigns.units(campaignCode).contains(d.unitCode())) {
            problems.add(InputProblem.of(0, "unitCode", "inspection.error.unit", String.valueOf(d.unitCode())));
        }
        if (d.kind() == null) {
            problems.add(InputProblem.of(0, "kind", "inspection.error.kind"));
        }
        if (d.date() == null) {
            problems.add(InputProblem.of(0, "date", "inspection.error.date"));
        }
        if (d.inspector() == null || TextInput.length(d.inspector()) > 100) {
            problems.add(InputProblem.of(0, "inspector", "inspection.error.inspector"));
        } else {
            TextInput.problem(0, "inspector", d.inspector(), 100, Shape.SINGLE_LINE)
                    .ifPresent(problems::add);
        }
        if (d.findings() == null || TextInput.length(d.findings()) > 4000) {
            problems.add(InputProblem.of(0, "findings", "inspection.error.findings"));
        } else {
            TextInput.problem(0, "findings", d.findings(), 4000, Shape.MULTI_LINE)
                    .ifPresent(problems::add);
        }
        Optional<RubricNode> item =
                Optional.ofNullable(d.itemCode()).flatMap(rubric::node).filter(RubricNode::isItem);
        if (item.isEmpty()) {
            problems.add(InputProblem.of(0, "itemCode", "inspection.error.item", String.valueOf(d.itemCode())));
        } else if (!item.get().acceptsScore(d.proposedScore(), rubric.step())) {
            problems.add(InputProblem.of(
                    0,
                    "proposedScore",
                    "inspection.error.score",
                    Decimals.plain(item.get().points()),
                    Decimals.plain(rubric.step())));
        }
        if (!problems.isEmpty()) {
            throw new InputRejectedException(problems);
        }
        InspectionRecord draft = new InspectionRecord(
                0,
                campaignCode,
                d.unitCode(),
                d.kind(),
                d.date(),
                d.inspector(),
                d.findings(),
                d.itemCode(),
                Decimals.plain(d.proposedScore()),
                clock.instant(),
                Actor.current());
        long id = repository.insert(draft);
        InspectionRecord saved = repository.find(id).orElseThrow();
        audit.record(AuditEvent.of(AuditActions.CREATE, ENTITY, String.valueOf(id), null, saved));
        return saved;
    }

    /** Deletes a record entered by mistake; the reason is kept in the audit trail. Returns the deleted record. */
    @Transactional
    public InspectionRecord delete(String campaignCode, long id, String reason) {
        Campaign campaign = campaigns.get(campaignCode);
        InspectionRecord before = repository
                .find(id)
                .filter(r -> r.campaignCode().equals(campaignCode))
                .orElseThrow(() -> new NotFoundException("no inspection record " + id));
        campaign.requireNotFinalized();
        if (reason == null || reason.isBlank()) {
            throw new InputRejectedException(List.of(InputProblem.of(0, "reason", "ledger.error.reason")));
        }
        InputRejectedException.throwIfAny(
                TextInput.problem(0, "reason", TextInput.tidy(reason), MAX_REASON, Shape.MULTI_LINE).stream()
                        .toList());
        repository.delete(id);
        audit.record(AuditEvent.of(AuditActions.DELETE, ENTITY, String.valueOf(id), before, null)
                .withReason(reason.strip()));
        return before;
    }
}
