package com.qinglian.ledger.surveys;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignInputs;
import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.cases.CaseEntry;
import com.qinglian.ledger.cases.CaseSource;
import com.qinglian.ledger.cases.LedgerCase;
import com.qinglian.ledger.cases.LedgerCases;
import com.qinglian.ledger.cases.internal.CaseRepository;
import com.qinglian.ledger.surveys.internal.SurveyRepository;
import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.security.Actor;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.unit.UnitDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey imports of the comprehensive evaluation (第三方测评, 万人双评议). Guarantees: an import is all or
 * nothing, every problem reported by row and column; a new import of a survey replaces the previous one of the
 * campaign; a 不满意 rating of the public survey is a negative-list case (rule {@value #DISSATISFIED_RULE},
 * when the rubric has it) kept in step with the latest import, never duplicated; every import is audited.
 */
@Service
public class Surveys {

    /** The entity type of its entries in the audit trail. */
    public static final String ENTITY = "survey_import";
    /** The negative-list rule a 不满意 rating of the public survey records a case under. */
    public static final String DISSATISFIED_RULE = "DISSATISFIED";

    static final String PUBLIC_RATING_BODY = "万人双评议";

    private final SurveyRepository repository;
    private final CaseRepository cases;
    private final LedgerCases ledgerCases;
    private final Campaigns campaigns;
    private final CampaignInputs inputs;
    private final UnitDirectory units;
    private final AuditTrail audit;
    private final Clock clock;

    Surveys(
            SurveyRepository repository,
            CaseRepository cases,
            LedgerCases ledgerCases,
            Campaigns campaigns,
            UnitDirectory units,
            AuditTrail audit,
            Clock clock,
            CampaignInputs inputs) {
        this.inputs = inputs;
        this.repository = repository;
        this.cases = cases;
        this.ledgerCases = ledgerCases;
        this.campaigns = campaigns;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** The document number of the case a 不满意 rating records, e.g. 万人双评议-2021. */
    public static String documentNumber(Campaign campaign) {
        return PUBLIC_RATING_BODY + "-" + campaign.year();
    }

    /**
     * Items a survey may feed: the rubric's items in published order, but for rate items, whose actual figure and
     * target are recorded together on the ledger's facts page.
     */
    @Transactional(readOnly = true)
    public List<RubricNode> items(String campaignCode) {
        Campaign campaign = campaigns.get(campaignCode);
        return campaigns.rubric(campaign).items().stream()
                .filter(i -> !(i.rule() instanceof ItemRule.Rate))
                .toList();
    }

    /**
     * Imports a survey's results, replacing the campaign's previous import of that survey.
     *
     * @throws InputRejectedException with every problem of the form and the file; nothing is stored then
     * @throws com.qinglian.shared.ConflictException when the campaign is finalized
     */
    @Transactional
    public SurveyImport importSurvey(
            String campaignCode, SurveyKind kind, String itemCode, String fileName, byte[] content) {
        Campaign campaign = campaigns.get(campaignCode);
        campaign.requireNotFinalized();
        Rubric rubric = campaigns.rubric(campaign);
        List<InputProblem> problems = new ArrayList<>(formProblems(campaignCode, rubric, kind, itemCode));
        SurveySheet.Upload upload;
        try {
            upload = SurveySheet.read(content);
        } catch (InputRejectedException e) {
            problems.addAll(e.problems());
            throw new InputRejectedException(problems);
        }
        problems.addAll(upload.problems());
        problems.addAll(unitProblems(campaignCode, upload.rows()));
        boolean recordsCases = kind == SurveyKind.PUBLIC_RATING
                && rubric.negativeList().rule(DISSATISFIED_RULE).isPresent();
        Set<String> dissatisfied = new TreeSet<>();
        if (recordsCases) {
            upload.rows().stream()
                    .filter(r -> r.rating() == SurveyRating.DISSATISFIED)
                    .forEach(r -> dissatisfied.add(r.unitCode()));
            problems.addAll(documentProblems(campaign, upload.rows()));
        }
        if (!problems.isEmpty()) {
            throw new InputRejectedException(problems);
        }
        Optional<SurveyImport> before = repository.find(campaignCode, kind);
        String name = fileName == null || fileName.isBlank() ? "-" : fileName.strip();
        SurveyImport survey = new SurveyImport(
                campaignCode,
                kind,
                itemCode.strip(),
                name.length() > 200 ? name.substring(0, 200) : name,
                clock.instant(),
                Actor.current(),
                upload.rows());
        repository.replace(survey);
        inputs.changed(campaignCode);
        if (recordsCases) {
            syncCases(campaign, dissatisfied, upload.rows());
        }
        audit.record(AuditEvent.of(
                AuditActions.IMPORT,
                ENTITY,
                campaignCode + "/" + kind,
                before.map(Surveys::describe).orElse(null),
                describe(survey)));
        return repository.find(campaignCode, kind).orElseThrow();
    }

    private List<InputProblem> formProblems(String campaignCode, Rubric rubric, SurveyKind kind, String itemCode) {
        List<InputProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(InputProblem.ofFile("survey.error.kind"));
        }
        String item = itemCode == null ? "" : itemCode.strip();
        if (rubric.node(item).filter(RubricNode::isItem).isEmpty()) {
            problems.add(InputProblem.ofFile("survey.error.item", item));
        } else if (rubric.node(item).orElseThrow().rule() instanceof ItemRule.Rate) {
            problems.add(InputProblem.ofFile("survey.error.rateItem", item));
        } else if (kind != null) {
            repository.imports(campaignCode).stream()
                    .filter(other -> other.kind() != kind && other.itemCode().equals(item))
                    .forEach(other -> problems.add(InputProblem.ofFile(
                            "survey.error.itemTaken", item, other.kind().name())));
        }
        return problems;
    }

    private List<InputProblem> unitProblems(String campaignCode, List<SurveyResult> rows) {
        List<InputProblem> problems = new ArrayList<>();
        List<String> participants = campaigns.units(campaignCode);
        Map<String, Integer> firstRow = new HashMap<>();
        for (SurveyResult row : rows) {
            String unit = row.unitCode();
            if (unit.isEmpty()) {
                continue;
            }
            Integer first = firstRow.putIfAbsent(unit, row.row());
            if (first != null) {
                problems.add(InputProblem.of(row.row(), SurveySheet.UNIT, "survey.error.duplicateUnit", unit, first));
            } else if (units.find(unit).isEmpty()) {
                problems.add(InputProblem.of(row.row(), SurveySheet.UNIT, "survey.error.unknownUnit", unit));
            } else if (!participants.contains(unit)) {
                problems.add(InputProblem.of(row.row(), SurveySheet.UNIT, "survey.error.notParticipant", unit));
            }
        }
        return problems;
    }

    /** A 不满意 unit whose case document number is already taken in another campaign cannot get its case. */
    private List<InputProblem> documentProblems(Campaign campaign, List<SurveyResult> rows) {
        String document = documentNumber(campaign);
        List<InputProblem> problems = new ArrayList<>();
        rows.stream()
                .filter(r ->
                        r.rating() == SurveyRating.DISSATISFIED && !r.unitCode().isEmpty())
                .forEach(r -> ledgerCases
                        .byDocument(r.unitCode(), document)
                        .filter(existing -> !existing.campaignCode().equals(campaign.code()))
                        .ifPresent(existing -> problems.add(InputProblem.of(
                                r.row(),
                                SurveySheet.RATING,
                                "ledger.error.duplicateDocument",
                                document,
                                r.unitCode(),
                                existing.campaignCode(),
                                existing.date().toString()))));
        return problems;
    }

    private void syncCases(Campaign campaign, Set<String> dissatisfied, List<SurveyResult> rows) {
        String document = documentNumber(campaign);
        for (CaseEntry entry : cases.entries(campaign.code())) {
            boolean fromSurvey = entry.source() == CaseSource.SURVEY
                    && entry.ledgerCase().ruleCode().equals(DISSATISFIED_RULE);
            if (fromSurvey && !dissatisfied.contains(entry.ledgerCase().unitCode())) {
                ledgerCases.deleteFromSurvey(entry, "重新导入万人双评议,该单位不再为不满意");
            }
        }
        for (SurveyResult row : rows) {
            if (row.rating() != SurveyRating.DISSATISFIED
                    || ledgerCases.byDocument(row.unitCode(), document).isPresent()) {
                continue;
            }
            ledgerCases.recordFromSurvey(new LedgerCase(
                    0,
                    campaign.code(),
                    row.unitCode(),
                    DISSATISFIED_RULE,
                    1,
                    BigDecimal.ONE,
                    campaign.periodEnd(),
                    document,
                    PUBLIC_RATING_BODY,
                    "万人双评议评价结果为不满意(导入文件第 " + row.row() + " 行)"));
        }
    }

    private static Map<String, Object> describe(SurveyImport survey) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("item", survey.itemCode());
        out.put("file", survey.fileName());
        out.put(
                "results",
                survey.results().stream()
                        .map(r -> List.of(
                                r.unitCode(),
                                r.respondents(),
                                r.satisfactionRate().toPlainString(),
                                r.rating().name()))
                        .toList());
        return out;
    }
}
