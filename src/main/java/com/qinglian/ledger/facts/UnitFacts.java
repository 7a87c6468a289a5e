package com.qinglian.ledger.facts;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignInputs;
import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.facts.internal.FactRepository;
import com.qinglian.ledger.internal.Decimals;
import com.qinglian.rubric.FactRule;
import com.qinglian.security.Actor;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.NotFoundException;
import com.qinglian.shared.PlainDecimal;
import com.qinglian.shared.TextInput;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording facts per unit. Guarantees: a fact names a unit of the campaign and a fact its rubric declares; a
 * yes/no fact is 1 or 0, a number a plain decimal; every fact has its basis (依据); one value per campaign, unit
 * and fact (recording again changes it); facts change only until the campaign is finalized; every change is
 * audited and moves the campaign's input revision, so that results computed before show as stale.
 */
@Service
public class UnitFacts {

    /** The entity type of its entries in the audit trail. */
    public static final String ENTITY = "ledger_fact";
    /** Longest basis, in characters. */
    public static final int MAX_BASIS = 2000;

    static final PlainDecimal.Bounds NUMBER = new PlainDecimal.Bounds(14, 4);

    private final FactRepository repository;
    private final Campaigns campaigns;
    private final CampaignInputs inputs;
    private final AuditTrail audit;
    private final Clock clock;

    UnitFacts(FactRepository repository, Campaigns campaigns, CampaignInputs inputs, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.campaigns = campaigns;
        this.inputs = inputs;
        this.audit = audit;
        this.clock = clock;
    }

    /** The facts the campaign's rubric declares, in published order; empty when it declares none. */
    @Transactional(readOnly = true)
    public List<FactRule> declared(String campaignCode) {
        return campaigns.rubric(campaigns.get(campaignCode)).terms().facts();
    }

    /** The facts recorded in the campaign, by unit and fact code. Checks no user rights. */
    @Transactional(readOnly = true)
    public List<UnitFact> recorded(String campaignCode) {
        campaigns.get(campaignCode);
        return repository.ofCampaign(campaignCode);
    }

    @Transactional(readOnly = true)
    public Optional<UnitFact> find(String campaignCode, String unitCode, String factCode) {
        return repository.find(campaignCode, unitCode, factCode);
    }

    /**
     * Records a unit's fact, or changes the value recorded before.
     *
     * @throws InputRejectedException naming each field that is wrong
     * @throws ConflictException when the campaign is finalized
     */
    @Transactional
    public UnitFact record(String campaignCode, FactDetails details) {
        Campaign campaign = campaigns.get(campaignCode);
        campaign.requireNotFinalized();
        List<InputProblem> problems = new ArrayList<>();
        if (details.unitCode() == null || !campaigns.units(campaignCode).contains(details.unitCode())) {
            problems.add(InputProblem.of(0, "unitCode", "fact.error.unit", String.valueOf(details.unitCode())));
        }
        Optional<FactRule> rule = Optional.ofNullable(details.factCode())
                .flatMap(campaigns.rubric(campaign).terms()::fact);
        BigDecimal value = null;
        if (rule.isEmpty()) {
            problems.add(InputProblem.of(0, "factCode", "fact.error.fact", String.valueOf(details.factCode())));
        } else {
            value = value(rule.get(), details.value(), problems);
        }
        if (details.basis() == null) {
            problems.add(InputProblem.of(0, "basis", "fact.error.basis", MAX_BASIS));
        } else {
            TextInput.problem(0, "basis", details.basis(), MAX_BASIS, TextInput.Shape.MULTI_LINE)
                    .ifPresent(problems::add);
        }
        InputRejectedException.throwIfAny(problems);
        Optional<UnitFact> before = repository.find(campaignCode, details.unitCode(), details.factCode());
        UnitFact draft = new UnitFact(
                before.map(UnitFact::id).orElse(0L),
                campaignCode,
                details.unitCode(),
                details.factCode(),
                value,
                details.basis(),
                0,
                clock.instant(),
                Actor.current());
        if (before.isEmpty()) {
            repository.insert(draft);
        } else if (!repository.update(draft, before.get().version())) {
            throw new ConflictException(
                    "fact " + details.factCode() + " of " + details.unitCode() + " changed meanwhile");
        }
        inputs.changed(campaignCode);
        UnitFact saved = repository
                .find(campaignCode, details.unitCode(), details.factCode())
                .orElseThrow();
        audit.record(AuditEvent.of(
                before.isEmpty() ? AuditActions.CREATE : AuditActions.UPDATE,
                ENTITY,
                String.valueOf(saved.id()),
                before.orElse(null),
                saved));
        return saved;
    }

    /** Deletes a recorded fact; returns it. */
    @Transactional
    public UnitFact delete(String campaignCode, long id) {
        Campaign campaign = campaigns.get(campaignCode);
        UnitFact before = repository
                .find(id)
                .filter(f -> f.campaignCode().equals(campaignCode))
                .orElseThrow(() -> new NotFoundException("no fact " + id + " in " + campaignCode));
        campaign.requireNotFinalized();
        repository.delete(id);
        inputs.changed(campaignCode);
        audit.record(AuditEvent.of(AuditActions.DELETE, ENTITY, String.valueOf(id), before, null));
        return before;
    }

    private static BigDecimal value(FactRule rule, String text, List<InputProblem> problems) {
        if (rule.kind() == FactRule.Kind.YES_NO) {
            if ("1".equals(text) || "0".equals(text)) {
                return new BigDecimal(text);
            }
            problems.add(InputProblem.of(0, "value", "fact.error.yesNo", rule.title()));
            return null;
        }
        try {
            return Decimals.plain(PlainDecimal.parse(text, NUMBER));
        } catch (PlainDecimal.Refused e) {
            problems.add(InputProblem.of(0, "value", "fact.error.number", rule.title(), NUMBER.scale()));
            return null;
        }
    }
}
