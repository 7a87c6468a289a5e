package com.qinglian.scoring;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.CaseTerms;
import com.qinglian.rubric.Clamp;
import com.qinglian.rubric.FactRule;
import com.qinglian.rubric.Gate;
import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.NodeClause;
import com.qinglian.rubric.NodeLevel;
import com.qinglian.rubric.NodeMode;
import com.qinglian.rubric.NodeTerms;
import com.qinglian.rubric.PrintedTotal;
import com.qinglian.rubric.Rescale;
import com.qinglian.rubric.Rounding;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricTerms;
import com.qinglian.rubric.RuleSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rubric that uses every construct of the rubric language, written from phrasing such rubrics print. Its
 * numbers are small so a reader can follow them by hand.
 */
final class LanguageRubrics {

    private LanguageRubrics() {}

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    static CaseRule perCase(String code, String title, String points) {
        return new CaseRule(code, "条款", title, n(points), null, null);
    }

    static NodeTerms clauses(NodeClause... clauses) {
        return new NodeTerms(List.of(clauses), List.of(), null, null, null, Set.of(), Set.of());
    }

    static RubricNode manual(String code, String points) {
        return RubricNode.item(code, null, "细则 " + code, n(points));
    }

    static RubricNode item(String code, String points, ItemRule rule, NodeTerms terms) {
        return new RubricNode(
                code, NodeLevel.ITEM, null, null, "细则 " + code, n(points), null, null, null, null, rule, null, terms);
    }

    static RubricNode branch(String code, NodeLevel level, String points, NodeTerms terms, RubricNode... children) {
        return new RubricNode(
                code,
                level,
                null,
                "指标 " + code,
                null,
                n(points),
                null,
                null,
                null,
                null,
                null,
                List.of(children),
                terms);
    }

    static RubricNode variant(String code, String points, RubricNode... blocks) {
        return new RubricNode(
                code,
                NodeLevel.GROUP,
                null,
                "个性指标",
                null,
                n(points),
                null,
                NodeMode.VARIANT,
                null,
                null,
                null,
                List.of(blocks),
                null);
    }

    static NodeTerms only(Set<String> tags, Set<String> units) {
        return new NodeTerms(List.of(), List.of(), null, null, null, tags, units);
    }

    static final Rounding HUNDREDTHS_HALF_UP = new Rounding(n("0.01"), RoundingMode.HALF_UP);

    /**
     * Total 40: A 清廉履职 (clauses, a rate item, a gated item whose clauses add and take within a clamp), B 个性指标
     * (U1's own block, else the default block), C 河道管理 (units tagged river; capped at 5 while A1 is below 3),
     * D 专项工作 (printed 10, items adding up to 8, scored by their sum). Negative list FORM1 (1 per case, ×1.5 for
     * streets) and HARM (3–6 chosen per case); bonus AWARD by level, highest level counts, at most 5. Facts:
     * MAJOR_ACCIDENT zeroes the total, LATE_REPORT sets the grade 不合格, SATISFACTION is measured. 折算 to 0.01,
     * half up, before the negative list and bonus.
     */
    static Rubric everyConstruct() {
        RubricNode a1 = branch(
                "A1",
                NodeLevel.INDICATOR,
                "5",
                clauses(new NodeClause(perCase("A1-FIND", "每发现一次不符合要求扣0.5分,扣完为止", "0.5"), false)),
                manual("A1.1", "3"),
                item(
                        "A1.2",
                        "2",
                        ItemRule.MANUAL,
                        clauses(new NodeClause(perCase("A1.2-LATE", "每迟报一次扣0.5分", "0.5"), false))));
        NodeTerms a22 = new NodeTerms(
                List.of(
                        new NodeClause(perCase("A2.2-PRAISE", "每获通报表扬一次加0.5分", "0.5"), true),
                        new NodeClause(
                                new CaseRule(
                                        "A2.2-HARM",
                                        "条款",
                                        "造成不良影响的,扣1-2分",
                                        null,
                                        null,
                                        null,
                                        new CaseTerms(n("1"), n("2"), null, null, null)),
                                false)),
                List.of(new Gate(new Gate.Condition("SATISFACTION", null, n("90"), null), null)),
                new Clamp(n("0"), n("2")),
                null,
                null,
                Set.of(),
                Set.of());
        RubricNode a2 = branch(
                "A2",
                NodeLevel.INDICATOR,
                "5",
                null,
                item("A2.1", "3", new ItemRule.Rate(HUNDREDTHS_HALF_UP, true), null),
                item("A2.2", "2", ItemRule.MANUAL, a22));
        RubricNode a = branch("A", NodeLevel.GROUP, "10", null, a1, a2);
        RubricNode b = variant(
                "B",
                "10",
                branch(
                        "B-U1",
                        NodeLevel.INDICATOR,
                        "10",
                        only(Set.of(), Set.of("U1")),
                        manual("B-U1.1", "6"),
                        manual("B-U1.2", "4")),
                branch("B-DEF", NodeLevel.INDICATOR, "10", null, manual("B-DEF.1", "10")));
        NodeTerms riverGated = new NodeTerms(
                List.of(),
                List.of(new Gate(new Gate.Condition(null, "A1", n("3"), null), n("5"))),
                null,
                null,
                null,
                Set.of("river"),
                Set.of());
        RubricNode c = branch("C", NodeLevel.GROUP, "10", riverGated, manual("C1", "10"));
        NodeTerms printedSum = new NodeTerms(List.of(), List.of(), null, PrintedTotal.SUM, null, Set.of(), Set.of());
        RubricNode d = branch("D", NodeLevel.GROUP, "10", printedSum, manual("D1", "5"), manual("D2", "3"));
        RuleSet negative = new RuleSet(
                List.of(
                        new CaseRule(
                                "FORM1",
                                "四种形态",
                                "第一种形态处理",
                                n("1"),
                                null,
                                null,
                                new CaseTerms(null, null, null, null, Map.of("street", n("1.5")))),
                        new CaseRule(
                                "HARM",
                                "工作失误",
                                "造成不良影响的,扣3-6分",
                                null,
                                null,
                                null,
                                new CaseTerms(n("3"), n("6"), null, null, null))),
                null);
        RuleSet bonus = new RuleSet(
                List.of(new CaseRule(
                        "AWARD",
                        "表彰",
                        "获国家级、省级、市级表彰的,分别加5分、3分、1分",
                        null,
                        null,
                        n("5"),
                        new CaseTerms(
                                null,
                                null,
                                List.of(
                                        new CaseTerms.Level("国家级", n("5")),
                                        new CaseTerms.Level("省级", n("3")),
                                        new CaseTerms.Level("市级", n("1"))),
                                CaseTerms.Combine.HIGHEST,
                                null))),
                null);
        RubricTerms terms = new RubricTerms(
                false,
                null,
                new Rescale(HUNDREDTHS_HALF_UP, false),
                List.of(
                        new FactRule(
                                "MAJOR_ACCIDENT",
                                "发生重大安全事故",
                                FactRule.Kind.YES_NO,
                                null,
                                new FactRule.Veto(FactRule.Effect.ZERO_TOTAL, null)),
                        new FactRule(
                                "LATE_REPORT",
                                "迟报漏报重大事项",
                                FactRule.Kind.YES_NO,
                                null,
                                new FactRule.Veto(FactRule.Effect.SET_GRADE, "不合格")),
                        new FactRule("SATISFACTION", "群众满意度", FactRule.Kind.NUMBER, "%", null)));
        return new Rubric(
                "language",
                "1",
                "规则语言示例",
                null,
                n("40"),
                n("0.5"),
                null,
                null,
                List.of(a, b, c, d),
                negative,
                bonus,
                terms);
    }
}
