package com.qinglian.ledger.facts;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignInputs;
import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.facts.internal.TaskRepository;
import com.qinglian.ledger.internal.Decimals;
import com.qinglian.rubric.ApplicableItems;
import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.RubricNode;
import com.qinglian.security.Actor;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.NotFoundException;
import com.qinglian.shared.PlainDecimal;
import com.qinglian.shared.TextInput;
import com.qinglian.unit.Unit;
import com.qinglian.unit.UnitDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording the figures of rate items (完成率 = 实际完成数 ÷ 下达任务数). Guarantees: figures name a unit of the
 * campaign and a rate item of its rubric that applies to the unit's type; both numbers are plain decimals of at least 0; one pair per campaign,
 * unit and item (recording again changes it); they change only until the campaign is finalized; every change is
 * audited and moves the campaign's input revision.
 */
@Service
public class RateTasks {

    /** The entity type of its entries in the audit trail. */
    public static final String ENTITY = "ledger_task";

    private final TaskRepository repository;
    private final Campaigns campaigns;
    private final CampaignInputs inputs;
    private final AuditTrail audit;
    private final Clock clock;
    private final UnitDirectory units;

    RateTasks(
            TaskRepository repository,
            Campaigns campaigns,
            CampaignInputs inputs,
            AuditTrail audit,
            Clock clock,
            UnitDirectory units) {
        this.units = units;
        this.repository = repository;
        this.campaigns = campaigns;
        this.inputs = inputs;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rubric's rate items, in published order. */
    @Transactional(readOnly = true)
    public List<RubricNode> items(String campaignCode) {
        return campaigns.rubric(campaigns.get(campaignCode)).items().stream()
                .filter(i -> i.rule() instanceof ItemRule.Rate)
                .toList();
    }

    /** The figures recorded in the campaign, by unit and item. Checks no user rights. */
    @Transactional(readOnly = true)
    public List<TaskFigures> recorded(String campaignCode) {
        campaigns.get(campaignCode);
        return repository.ofCampaign(campaignCode);
    }

    @Transactional(readOnly = true)
    public Optional<TaskFigures> find(String campaignCode, String unitCode, String itemCode) {
        return repository.find(campaignCode, unitCode, itemCode);
    }

    /**
     * Records a unit's figures of a rate item, or changes those recorded before.
     *
     * @throws InputRejectedException naming each field that is wrong
     * @throws ConflictException when the campaign is finalized
     */
    @Transactional
    public TaskFigures record(String campaignCode, TaskDetails details) {
        Campaign campaign = campaigns.get(campaignCode);
        campaign.requireNotFinalized();
        List<InputProblem> problems = new ArrayList<>();
        if (details.unitCode() == null || !campaigns.units(campaignCode).contains(details.unitCode())) {
            problems.add(InputProblem.of(0, "unitCode", "task.error.unit", String.valueOf(details.unitCode())));
        }
        if (details.itemCode() == null
                || items(campaignCode).stream().noneMatch(i -> i.code().equals(details.itemCode()))) {
            problems.add(InputProblem.of(0, "itemCode", "task.error.item", String.valueOf(details.itemCode())));
        } else if (problems.isEmpty() && !appliesTo(campaign, details.itemCode(), details.unitCode())) {
            problems.add(InputProblem.of(
                    0, "itemCode", "task.error.itemNotForUnit", details.itemCode(), details.unitCode()));
        }
        BigDecimal actual = figure("actual", details.actual(), problems);
        BigDecimal target = figure("target", details.target(), problems);
        if (details.basis() != null) {
            TextInput.problem(0, "basis", details.basis(), UnitFacts.MAX_BASIS, TextInput.Shape.MULTI_LINE)
                    .ifPresent(problems::add);
        }
        InputRejectedException.throwIfAny(problems);
        Optional<TaskFigures> before = repository.find(campaignCode, details.unitCode(), details.itemCode());
        TaskFigures draft = new TaskFigures(
                before.map(TaskFigures::id).orElse(0L),
                campaignCode,
                details.unitCode(),
                details.itemCode(),
                actual,
                target,
                details.basis(),
                0,
                clock.instant(),
                Actor.current());
        if (before.isEmpty()) {
            repository.insert(draft);
        } else if (!repository.update(draft, before.get().version())) {
            throw new ConflictException(
                    "figures of " + details.itemCode() + " for " + details.unitCode() + " changed meanwhile");
        }
        inputs.changed(campaignCode);
        TaskFigures saved = repository
                .find(campaignCode, details.unitCode(), details.itemCode())
                .orElseThrow();
        audit.record(AuditEvent.of(
                before.isEmpty() ? AuditActions.CREATE : AuditActions.UPDATE,
                ENTITY,
                String.valueOf(saved.id()),
                before.orElse(null),
                saved));
        return saved;
    }

    /** Deletes recorded figures; returns them. */
    @Transactional
    public TaskFigures delete(String campaignCode, long id) {
        Campaign campaign = campaigns.get(campaignCode);
        TaskFigures before = repository
                .find(id)
                .filter(t -> t.campaignCode().equals(campaignCode))
                .orElseThrow(() -> new NotFoundException("no task figures " + id + " in " + campaignCode));
        campaign.requireNotFinalized();
        repository.delete(id);
        inputs.changed(campaignCode);
        audit.record(AuditEvent.of(AuditActions.DELETE, ENTITY, String.valueOf(id), before, null));
        return before;
    }

    /**
     * Whether the item applies to the unit, judged by the unit's type only: the unit directory keeps no tags yet,
     * so an item restricted to tags or to named units is accepted here for any unit of its types.
     */
    private boolean appliesTo(Campaign campaign, String itemCode, String unitCode) {
        Unit unit = units.get(unitCode);
        // by type, by tag and by unit code, and only the unit's own block under a variant heading
        return new ApplicableItems(campaigns.rubric(campaign))
                .of(unit.type().key(), Set.copyOf(unit.tags()), unit.code()).stream()
                        .anyMatch(p -> p.item().code().equals(itemCode));
    }

    private static BigDecimal figure(String field, String text, List<InputProblem> problems) {
        try {
            BigDecimal value = Decimals.plain(PlainDecimal.parse(text, UnitFacts.NUMBER));
            if (value.signum() >= 0) {
                return value;
            }
        } catch (PlainDecimal.Refused e) {
            // reported below with the field's own words
        }
        problems.add(InputProblem.of(0, field, "task.error." + field, UnitFacts.NUMBER.scale()));
        return null;
    }
}
