package com.qinglian.ledger;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.CaseTerms;
import com.qinglian.rubric.FactRule;
import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.NodeClause;
import com.qinglian.rubric.NodeTerms;
import com.qinglian.rubric.Rounding;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricTerms;
import com.qinglian.rubric.RuleSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The seed rubric with the rubric language's case and fact constructs, built in Java (the YAML reader learns them
 * separately): a negative-list rule with a range, a bonus rule by level, a clause printed inside node A1.2, a rate
 * item A2.1.1, and two facts.
 */
public final class LanguageRubric {

    public static final String RANGE_RULE = "HARM";
    public static final String LEVEL_RULE = "PRAISE";
    public static final String CLAUSE = "A1-LATE";
    public static final String CLAUSE_NODE = "A1.2";
    public static final String RATE_ITEM = "A2.1.1";
    public static final String YES_NO_FACT = "MAJOR_ACCIDENT";
    public static final String NUMBER_FACT = "SATISFACTION";

    private LanguageRubric() {}

    public static Rubric of(Rubric seed) {
        List<CaseRule> negative = new ArrayList<>(seed.negativeList().rules());
        negative.add(new CaseRule(
                RANGE_RULE,
                "工作失误",
                "造成不良影响的,扣3-6分",
                null,
                null,
                null,
                new CaseTerms(new BigDecimal("3"), new BigDecimal("6"), List.of(), null, Map.of())));
        List<CaseRule> bonus = new ArrayList<>(seed.bonus().rules());
        bonus.add(new CaseRule(
                LEVEL_RULE,
                "表彰",
                "获国家级、省级、市级表彰的,分别加5分、3分、1分",
                null,
                null,
                new BigDecimal("5"),
                new CaseTerms(
                        null,
                        null,
                        List.of(
                                new CaseTerms.Level("国家级", new BigDecimal("5")),
                                new CaseTerms.Level("省级", new BigDecimal("3")),
                                new CaseTerms.Level("市级", new BigDecimal("1"))),
                        CaseTerms.Combine.HIGHEST,
                        Map.of())));
        RubricTerms terms = new RubricTerms(
                false,
                null,
                null,
                List.of(
                        new FactRule(
                                YES_NO_FACT,
                                "发生重大安全事故",
                                FactRule.Kind.YES_NO,
                                null,
                                new FactRule.Veto(FactRule.Effect.ZERO_TOTAL, null)),
                        new FactRule(NUMBER_FACT, "群众满意度", FactRule.Kind.NUMBER, "%", null)));
        return new Rubric(
                seed.code(),
                seed.version(),
                seed.title(),
                seed.metadata(),
                seed.total(),
                seed.step(),
                seed.floor(),
                seed.notes(),
                seed.nodes().stream().map(LanguageRubric::node).toList(),
                new RuleSet(negative, seed.negativeList().cap()),
                new RuleSet(bonus, seed.bonus().cap()),
                terms);
    }

    private static RubricNode node(RubricNode n) {
        RubricNode out =
                n.withChildren(n.children().stream().map(LanguageRubric::node).toList());
        if (n.code().equals(CLAUSE_NODE)) {
            CaseRule late = new CaseRule(CLAUSE, null, "每迟报一次扣0.5分", new BigDecimal("0.5"), null, new BigDecimal("2"));
            out = out.withTerms(
                    new NodeTerms(List.of(new NodeClause(late, false)), List.of(), null, null, null, null, null));
        }
        if (n.code().equals(RATE_ITEM)) {
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
                    new ItemRule.Rate(Rounding.STEP_DOWN, false),
                    out.children(),
                    out.terms());
        }
        return out;
    }
}
