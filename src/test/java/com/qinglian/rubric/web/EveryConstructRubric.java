package com.qinglian.rubric.web;

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
import com.qinglian.rubric.RubricMetadata;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricTerms;
import com.qinglian.rubric.RuleSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A 100-point rubric that uses every construct of the rubric language once, in the wording such rubrics print:
 * A (40, printed 30 over children worth 25 under a declared sum) with clauses, a gate on a fact, a clamp and default
 * full marks; B a block for river units (by tag); C 个性指标 with U001's and U002's own blocks and a default; D a
 * rate and a stated proportional rounding; the negative list by range and with multipliers, the bonus by level.
 */
final class EveryConstructRubric {

    private EveryConstructRubric() {}

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    static NodeTerms terms(
            List<NodeClause> clauses,
            List<Gate> gates,
            Clamp clamp,
            PrintedTotal printed,
            Boolean fullMarks,
            Set<String> tags,
            Set<String> units) {
        return new NodeTerms(clauses, gates, clamp, printed, fullMarks, tags, units);
    }

    static RubricNode item(String code, String text, String points, ItemRule rule, NodeTerms terms) {
        return new RubricNode(
                code, NodeLevel.ITEM, null, null, text, n(points), null, null, null, null, rule, null, terms);
    }

    static RubricNode branch(
            String code,
            NodeLevel level,
            String title,
            String points,
            NodeMode mode,
            NodeTerms terms,
            RubricNode... children) {
        return new RubricNode(
                code, level, null, title, null, n(points), null, mode, null, null, null, List.of(children), terms);
    }

    static Rubric rubric(String code, String version) {
        NodeClause late = new NodeClause(new CaseRule("A1-LATE", "条款", "每迟报一次扣0.5分", n("0.5"), null, n("2")), false);
        NodeClause praise =
                new NodeClause(new CaseRule("A1-PRAISE", "条款", "每获通报表扬一次加0.5分", n("0.5"), null, null), true);
        NodeClause harm = new NodeClause(
                new CaseRule(
                        "A1-HARM",
                        "条款",
                        "造成不良影响的,扣3-6分",
                        null,
                        null,
                        null,
                        new CaseTerms(n("3"), n("6"), List.of(), null, Map.of())),
                false);
        RubricNode a1 = branch(
                "A1",
                NodeLevel.INDICATOR,
                "信息报送",
                "15",
                null,
                terms(
                        List.of(late, praise, harm),
                        List.of(new Gate(new Gate.Condition("SATISFACTION", null, n("90"), null), null)),
                        new Clamp(n("1"), n("14")),
                        null,
                        true,
                        null,
                        null),
                RubricNode.item("A1.1", "1", "按时报送重大事项;", n("10")),
                RubricNode.item("A1.2", "2", "报送内容准确。", n("5")));
        RubricNode a2 = branch(
                "A2",
                NodeLevel.INDICATOR,
                "制度建设",
                "10",
                null,
                terms(
                        null,
                        List.of(new Gate(new Gate.Condition(null, "A1", n("2"), null), n("1"))),
                        null,
                        null,
                        null,
                        null,
                        null),
                RubricNode.item("A2.1", "1", "制定廉政制度。", n("10")));
        RubricNode a = branch(
                "A",
                NodeLevel.GROUP,
                "共性指标",
                "30",
                null,
                terms(null, null, null, PrintedTotal.SUM, null, null, null),
                a1,
                a2);
        RubricNode b = branch(
                "B",
                NodeLevel.GROUP,
                "河道保洁",
                "10",
                null,
                terms(null, null, null, null, null, Set.of("沿河单位"), null),
                RubricNode.item("B1", "1", "河道巡查每月不少于两次。", n("10")));
        RubricNode c1 = branch(
                "C1",
                NodeLevel.DIMENSION,
                "U001 本单位指标",
                "20",
                null,
                terms(null, null, null, null, null, null, Set.of("U001", "U002")),
                RubricNode.item("C1.1", "1", "完成本部门重点任务。", n("20")));
        RubricNode c2 = branch(
                "C2",
                NodeLevel.DIMENSION,
                "通用指标",
                "20",
                null,
                null,
                RubricNode.item("C2.1", "1", "完成年度重点工作。", n("20")));
        RubricNode c = branch("C", NodeLevel.GROUP, "个性指标", "20", NodeMode.VARIANT, null, c1, c2);
        RubricNode d = branch(
                "D",
                NodeLevel.GROUP,
                "任务完成",
                "40",
                null,
                null,
                item(
                        "D1",
                        "完成下达的整改任务。",
                        "25",
                        new ItemRule.Rate(new Rounding(n("0.5"), RoundingMode.DOWN), true),
                        null),
                item(
                        "D2",
                        "群众满意度。",
                        "15",
                        new ItemRule.Proportional(n("100"), new Rounding(n("0.01"), RoundingMode.HALF_UP)),
                        null));
        RuleSet negative = new RuleSet(
                List.of(
                        new CaseRule(
                                "HARM",
                                "工作失误",
                                "造成不良影响的,扣3-6分",
                                null,
                                null,
                                null,
                                new CaseTerms(n("3"), n("6"), List.of(), null, Map.of())),
                        new CaseRule(
                                "FORM1",
                                "四种形态",
                                "第一种形态处理",
                                n("1"),
                                null,
                                null,
                                new CaseTerms(null, null, List.of(), null, Map.of("street", n("1.5"))))),
                null);
        RuleSet bonus = new RuleSet(
                List.of(new CaseRule(
                        "PRAISE",
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
                                Map.of()))),
                null);
        RubricTerms rubricTerms = new RubricTerms(
                false,
                PrintedTotal.SUM,
                new Rescale(new Rounding(n("0.01"), RoundingMode.HALF_UP), false),
                List.of(
                        new FactRule(
                                "MAJOR_ACCIDENT",
                                "发生重大安全事故",
                                FactRule.Kind.YES_NO,
                                null,
                                new FactRule.Veto(FactRule.Effect.ZERO_TOTAL, null)),
                        new FactRule("SATISFACTION", "群众满意度", FactRule.Kind.NUMBER, null, null)));
        return new Rubric(
                code,
                version,
                "每种写法测试体系",
                RubricMetadata.NONE,
                n("100"),
                null,
                null,
                null,
                List.of(a, b, c, d),
                negative,
                bonus,
                rubricTerms);
    }
}
