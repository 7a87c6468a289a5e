package com.qinglian.ledger;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignMembership;
import com.qinglian.campaign.Campaigns;
import com.qinglian.evidence.AcceptedFile;
import com.qinglian.ledger.cases.CaseEntry;
import com.qinglian.ledger.cases.LedgerCase;
import com.qinglian.ledger.cases.internal.CaseRepository;
import com.qinglian.ledger.facts.TaskFigures;
import com.qinglian.ledger.facts.UnitFact;
import com.qinglian.ledger.facts.internal.FactRepository;
import com.qinglian.ledger.facts.internal.TaskRepository;
import com.qinglian.ledger.inspections.InspectionRecord;
import com.qinglian.ledger.inspections.internal.InspectionRepository;
import com.qinglian.ledger.surveys.SurveyImport;
import com.qinglian.ledger.surveys.SurveyResult;
import com.qinglian.ledger.surveys.internal.SurveyRepository;
import com.qinglian.scoring.FactInput;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UnitAccess;
import com.qinglian.shared.NotFoundException;
import com.qinglian.unit.Unit;
import com.qinglian.unit.UnitDirectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the ledger holds, for scoring, results and the pages. The methods before {@link #unitHistory} check no user rights:
 * callers (results, organiser scoring) decide who may see what they build from them. {@link #unitHistory}
 * is for the evaluators' page and checks the signed-in user.
 */
@Service
public class Ledger {

    /** How far back evaluators see a unit's cases, counted from the campaign's period end. */
    public static final int HISTORY_YEARS = 2;

    private final CaseRepository cases;
    private final InspectionRepository inspections;
    private final SurveyRepository surveys;
    private final FactRepository facts;
    private final TaskRepository tasks;
    private final Campaigns campaigns;
    private final CampaignMembership membership;
    private final UnitDirectory units;
    private final UnitAccess access;

    Ledger(
            CaseRepository cases,
            InspectionRepository inspections,
            SurveyRepository surveys,
            FactRepository facts,
            TaskRepository tasks,
            Campaigns campaigns,
            UnitDirectory units,
            UnitAccess access,
            CampaignMembership membership) {
        this.membership = membership;
        this.cases = cases;
        this.inspections = inspections;
        this.surveys = surveys;
        this.facts = facts;
        this.tasks = tasks;
        this.campaigns = campaigns;
        this.units = units;
        this.access = access;
    }

    /**
     * Every case recorded in the campaign, whatever its date, ordered by date, unit and id. The scoring engine
     * ignores (and reports) those outside the campaign's period.
     *
     * @throws com.qinglian.campaign.CampaignNotFoundException when there is no such campaign
     */
    @Transactional(readOnly = true)
    public List<LedgerCase> cases(String campaignCode) {
        campaigns.get(campaignCode);
        return cases.entries(campaignCode).stream().map(CaseEntry::ledgerCase).toList();
    }

    /**
     * The titles of the campaign rubric's negative-list and bonus rules and of the clauses printed inside its
     * nodes, by code, to show words, not codes.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> ruleTitles(String campaignCode) {
        var rubric = campaigns.rubric(campaigns.get(campaignCode));
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        java.util.stream.Stream.concat(rubric.negativeList().rules().stream(), rubric.bonus().rules().stream())
                .forEach(r -> titles.putIfAbsent(r.code(), r.title()));
        rubric.allNodes()
                .flatMap(n -> n.terms().clauses().stream())
                .forEach(c -> titles.putIfAbsent(c.rule().code(), c.rule().title()));
        return titles;
    }

    /** A unit's cases dated from {@code from} to {@code to} (both inclusive), across campaigns, oldest first. */
    @Transactional(readOnly = true)
    public List<LedgerCase> history(String unitCode, LocalDate from, LocalDate to) {
        return cases.entriesOfUnit(unitCode, from, to).stream()
                .map(CaseEntry::ledgerCase)
                .toList();
    }

    /** The unit's inspection records in the campaign, oldest first: the proposals organisers confirm scores from. */
    @Transactional(readOnly = true)
    public List<InspectionRecord> inspections(String campaignCode, String unitCode) {
        return inspections.ofUnit(campaignCode, unitCode);
    }

    /**
     * The measured values of the campaign's non-manual items: unit code → item code → value. The satisfaction
     * rates (0 to 100) of the current survey imports for the items they feed, and the actual figures (实际完成数)
     * recorded for rate items. Units without a value are absent.
     */
    @Transactional(readOnly = true)
    public Map<String, Map<String, BigDecimal>> measuredValues(String campaignCode) {
        Map<String, Map<String, BigDecimal>> values = new TreeMap<>();
        for (SurveyImport survey : surveys.imports(campaignCode)) {
            for (SurveyResult result : survey.results()) {
                values.computeIfAbsent(result.unitCode(), u -> new TreeMap<>())
                        .put(survey.itemCode(), result.satisfactionRate());
            }
        }
        for (TaskFigures t : tasks.ofCampaign(campaignCode)) {
            values.computeIfAbsent(t.unitCode(), u -> new TreeMap<>()).put(t.itemCode(), t.actual());
        }
        return values;
    }

    /**
     * The targets (下达任务数) recorded for the campaign's rate items: unit code → item code → target, beside the
     * actual figures {@link #measuredValues} gives. Units without a target are absent.
     */
    @Transactional(readOnly = true)
    public Map<String, Map<String, BigDecimal>> targets(String campaignCode) {
        Map<String, Map<String, BigDecimal>> targets = new TreeMap<>();
        for (TaskFigures t : tasks.ofCampaign(campaignCode)) {
            targets.computeIfAbsent(t.unitCode(), u -> new TreeMap<>()).put(t.itemCode(), t.target());
        }
        return targets;
    }

    /** The facts recorded per unit in the campaign, as the scoring engine takes them, by unit and fact code. */
    @Transactional(readOnly = true)
    public List<FactInput> facts(String campaignCode) {
        return facts.ofCampaign(campaignCode).stream()
                .map(UnitFact::toFactInput)
                .toList();
    }

    /** The cases of a campaign with their attachments, for the organisers' ledger page. */
    @Transactional(readOnly = true)
    public List<CaseEntry> entries(String campaignCode) {
        campaigns.get(campaignCode);
        return cases.entries(campaignCode);
    }

    @Transactional(readOnly = true)
    public List<InspectionRecord> inspections(String campaignCode) {
        campaigns.get(campaignCode);
        return inspections.ofCampaign(campaignCode);
    }

    @Transactional(readOnly = true)
    public List<SurveyImport> surveys(String campaignCode) {
        campaigns.get(campaignCode);
        return surveys.imports(campaignCode);
    }

    /** A unit's cases of the last {@value #HISTORY_YEARS} years up to the campaign's period end. */
    public record UnitHistory(Campaign campaign, Unit unit, LocalDate from, LocalDate to, List<CaseEntry> cases) {}

    /**
     * The read-only ledger history evaluators consult for items about past conduct (e.g. "近两年未发生…").
     * Administrators, leaders and evaluators assigned to the unit may read it; anyone else gets a 404.
     */
    @Transactional(readOnly = true)
    public UnitHistory unitHistory(String campaignCode, String unitCode) {
        requireHistoryReader(campaignCode, unitCode);
        Campaign campaign = campaigns.get(campaignCode);
        if (!membership.takesPart(campaignCode, unitCode)) {
            throw new NotFoundException("unit " + unitCode + " not in campaign " + campaignCode);
        }
        LocalDate to = campaign.periodEnd();
        LocalDate from = to.minusYears(HISTORY_YEARS).plusDays(1);
        return new UnitHistory(campaign, units.get(unitCode), from, to, cases.entriesOfUnit(unitCode, from, to));
    }

    /** The storage details of an attachment shown on a unit's history page, after the same checks as the page. */
    @Transactional(readOnly = true)
    public AcceptedFile historyAttachment(String campaignCode, String unitCode, long attachmentId) {
        UnitHistory history = unitHistory(campaignCode, unitCode);
        return cases.attachment(attachmentId)
                .filter(a -> history.cases().stream()
                        .anyMatch(c -> c.ledgerCase().id() == a.attachment().caseId()))
                .map(CaseRepository.StoredAttachment::asEvidence)
                .orElseThrow(() -> new NotFoundException("no attachment " + attachmentId));
    }

    private void requireHistoryReader(String campaignCode, String unitCode) {
        CurrentUser user = UnitAccess.current();
        if (user == null || user.role() == Role.UNIT_REPORTER) {
            throw new NotFoundException("ledger of " + unitCode + " not visible");
        }
        access.requireRead(campaignCode, unitCode);
    }
}
