package com.qinglian.scoring.cli;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.CaseTerms;
import com.qinglian.rubric.FactRule;
import com.qinglian.rubric.Gate;
import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.NodeClause;
import com.qinglian.rubric.NodeLevel;
import com.qinglian.rubric.NodeTerms;
import com.qinglian.rubric.Rounding;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricTerms;
import com.qinglian.rubric.RuleSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * A small rubric using the language's constructs the CLI feeds: a rate item, a clause inside a node, a block
 * for units tagged {@code river}, a gate on a measured fact, a yes/no fact with a veto, a range rule and a rule
 * by level. 12 points: A (rate R1 4 + manual M1 3, clause A-LATE), RIV (T1 3, river only), G (G1 2, gated).
 */
final class LanguageRubric {

    private LanguageRubric() {}

    static Rubric rubric() {
        RubricNode rate = new RubricNode(
                "R1",
                NodeLevel.ITEM,
                "1",
                null,
                "任务完成率",
                n("4"),
                null,
                null,
                null,
                null,
                new ItemRule.Rate(new Rounding(n("0.01"), RoundingMode.HALF_UP), false),
                null);
        NodeClause late = new NodeClause(new CaseRule("A-LATE", null, "每迟报一次扣0.5分", n("0.5"), null, n("2")), false);
        RubricNode a = RubricNode.branch(
                        "A",
                        NodeLevel.INDICATOR,
                        "工作任务",
                        n("7"),
                        List.of(rate, RubricNode.item("M1", "2", "台账", n("3"))))
                .withTerms(NodeTerms.NONE.withClauses(List.of(late)));
        RubricNode river = RubricNode.branch(
                        "RIV", NodeLevel.INDICATOR, "河道管理", n("3"), List.of(RubricNode.item("T1", "3", "河道巡查", n("3"))))
                .withTerms(new NodeTerms(List.of(), List.of(), null, null, null, Set.of("river"), Set.of()));
        Gate satisfaction = new Gate(new Gate.Condition("SATISFACTION", null, n("90"), null), null);
        RubricNode gated = RubricNode.branch(
                        "G", NodeLevel.INDICATOR, "群众评价", n("2"), List.of(RubricNode.item("G1", "4", "走访", n("2"))))
                .withTerms(new NodeTerms(List.of(), List.of(satisfaction), null, null, null, Set.of(), Set.of()));
        CaseRule harm = new CaseRule(
                "HARM",
                "工作失误",
                "造成不良影响的,扣3-6分",
                null,
                null,
                null,
                new CaseTerms(n("3"), n("6"), List.of(), null, null));
        CaseRule praise = new CaseRule(
                "PRAISE",
                "表彰",
                "获国家级、省级表彰的,分别加2分、1分",
                null,
                null,
                n("2"),
                new CaseTerms(
                        null,
                        null,
                        List.of(new CaseTerms.Level("国家级", n("2")), new CaseTerms.Level("省级", n("1"))),
                        CaseTerms.Combine.HIGHEST,
                        null));
        List<FactRule> facts = List.of(
                new FactRule("SATISFACTION", "群众满意度", FactRule.Kind.NUMBER, "%", null),
                new FactRule(
                        "ACCIDENT",
                        "发生重大安全事故",
                        FactRule.Kind.YES_NO,
                        null,
                        new FactRule.Veto(FactRule.Effect.ZERO_TOTAL, null)));
        return new Rubric(
                "language",
                "1",
                "评价语言示例",
                null,
                n("12"),
                null,
                null,
                null,
                List.of(a, river, gated),
                new RuleSet(List.of(harm), null),
                new RuleSet(List.of(praise), null),
                new RubricTerms(false, null, null, facts));
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }
}
