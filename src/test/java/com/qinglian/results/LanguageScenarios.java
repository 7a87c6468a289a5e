package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.signedIn;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doReturn;

import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.LanguageRubric;
import com.qinglian.ledger.cases.CaseDetails;
import com.qinglian.ledger.cases.LedgerCases;
import com.qinglian.ledger.facts.FactDetails;
import com.qinglian.ledger.facts.RateTasks;
import com.qinglian.ledger.facts.TaskDetails;
import com.qinglian.ledger.facts.UnitFacts;
import com.qinglian.rubric.Gate;
import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.NodeTerms;
import com.qinglian.rubric.Rounding;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Two agencies on the rubric language, for tests of results, pages and reports: {@link LanguageRubric} with a gate
 * and a rate item rounded to 0.001, scored in full but for A1.2 of {@code a}, with cases, rate figures and facts
 * recorded through the ledger. Expected: a 92.556 − 4.5 + 5 = 93.056 优秀; b vetoed to 0 (发生重大安全事故).
 * The test must spy on {@link Campaigns} ({@code @MockitoSpyBean}): the campaign is given this rubric there.
 */
@Component
public class LanguageScenarios {

    /** The node the gate is printed on: 满意度低于90%的,本指标最多得1分. */
    public static final String GATED_NODE = "A2.2";

    public static final String RANGE_DOCUMENT = "瓯纪〔2021〕41号-";

    private final Campaigns campaigns;
    private final EndToEndScenarios scenarios;
    private final LedgerCases cases;
    private final UnitFacts facts;
    private final RateTasks tasks;
    private final CurrentUser admin = signedIn("admin", Role.ADMIN, null);

    LanguageScenarios(
            Campaigns campaigns, EndToEndScenarios scenarios, LedgerCases cases, UnitFacts facts, RateTasks tasks) {
        this.campaigns = campaigns;
        this.scenarios = scenarios;
        this.cases = cases;
        this.facts = facts;
        this.tasks = tasks;
    }

    /**
     * {@link LanguageRubric} with the rate item rounded half up to 0.001 (so a figure has three decimals) and a gate
     * on {@link #GATED_NODE}: while 群众满意度 is below 90 the node gives at most 1.
     */
    public static Rubric rubric(Rubric seed) {
        Rubric language = LanguageRubric.of(seed);
        return new Rubric(
                language.code(),
                language.version(),
                language.title(),
                language.metadata(),
                language.total(),
                language.step(),
                language.floor(),
                language.notes(),
                language.nodes().stream().map(LanguageScenarios::node).toList(),
                language.negativeList(),
                language.bonus(),
                language.terms());
    }

    private static RubricNode node(RubricNode n) {
        RubricNode out = n.withChildren(
                n.children().stream().map(LanguageScenarios::node).toList());
        if (n.code().equals(GATED_NODE)) {
            Gate gate = new Gate(
                    new Gate.Condition(LanguageRubric.NUMBER_FACT, null, new BigDecimal("90"), null), BigDecimal.ONE);
            out = out.withTerms(new NodeTerms(List.of(), List.of(gate), null, null, null, null, null));
        }
        if (n.code().equals(LanguageRubric.RATE_ITEM)) {
            out = new RubricNode(
                    out.code(),
                    out.level(),
                    out.number(),
                    out.title(),
                    out.text(),
                    out.points(),
                    out.notes(),
                    out.mode(),
                    out.floor(),
                    out.appliesTo(),
                    new ItemRule.Rate(new Rounding(new BigDecimal("0.001"), RoundingMode.HALF_UP), false),
                    out.children(),
                    out.terms());
        }
        return out;
    }

    /** The two agencies, scored, with every language input recorded; results are not computed. */
    public EndToEndScenarios.Scenario recorded() {
        EndToEndScenarios.Scenario s = scenarios.twoAgencies(
                code -> {
                    Rubric language = rubric(campaigns.rubric(campaigns.get(code)));
                    doReturn(language)
                            .when(campaigns)
                            .rubric(argThat(c -> c != null && c.code().equals(code)));
                },
                Map.of("A1.2.1", "0", "A1.2.2", "1"));
        String c = s.campaign();
        uploadAs(admin, () -> {
            cases.record(c, caseOf(s.a(), LanguageRubric.RANGE_RULE, 1, "4.5", null, RANGE_DOCUMENT + s.a()));
            cases.record(c, caseOf(s.a(), LanguageRubric.LEVEL_RULE, 1, null, "省级", "瓯委〔2021〕7号-" + s.a()));
            cases.record(c, caseOf(s.a(), LanguageRubric.LEVEL_RULE, 1, null, "国家级", "国发〔2021〕2号-" + s.a()));
            cases.record(c, caseOf(s.a(), LanguageRubric.CLAUSE, 3, null, null, "瓯办〔2021〕9号-" + s.a()));
            tasks.record(c, new TaskDetails(s.a(), LanguageRubric.RATE_ITEM, "7", "9", "区委办下达任务清单"));
            tasks.record(c, new TaskDetails(s.b(), LanguageRubric.RATE_ITEM, "10", "10", "区委办下达任务清单"));
            facts.record(c, new FactDetails(s.a(), LanguageRubric.NUMBER_FACT, "85.5", "第三方测评报告"));
            facts.record(c, new FactDetails(s.b(), LanguageRubric.YES_NO_FACT, "1", "区应急局通报〔2021〕3号"));
            return null;
        });
        return s;
    }

    private static CaseDetails caseOf(String unit, String rule, int count, String amount, String level, String doc) {
        return new CaseDetails(
                unit,
                rule,
                count,
                BigDecimal.ONE,
                LocalDate.of(2021, 6, 1),
                doc,
                "区纪委区监委",
                null,
                amount == null ? null : new BigDecimal(amount),
                level);
    }
}
