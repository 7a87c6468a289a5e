package com.qinglian.rubric;

import java.math.BigDecimal;
import java.util.List;

/** Named rubrics for tests. */
public final class RubricFixtures {

    private RubricFixtures() {}

    public static BigDecimal pts(String value) {
        return new BigDecimal(value);
    }

    /** A valid 10-point rubric: one group with a dimension, one group without. */
    public static Rubric smallRubric() {
        RubricNode a11 = RubricNode.branch(
                "A1.1",
                NodeLevel.INDICATOR,
                "学习教育",
                pts("4"),
                List.of(
                        RubricNode.item("A1.1.1", "1", "制定学习计划;", pts("2")),
                        RubricNode.item("A1.1.2", "2", "开展警示教育。", pts("2"))));
        RubricNode a1 = RubricNode.branch("A1", NodeLevel.DIMENSION, "政治清明", pts("4"), List.of(a11));
        RubricNode a = RubricNode.branch("A", NodeLevel.GROUP, "共性评价指标", pts("4"), List.of(a1));
        RubricNode b1 = RubricNode.branch(
                "B1",
                NodeLevel.INDICATOR,
                "特色工作",
                pts("6"),
                List.of(
                        RubricNode.item("B1.1", "1", "形成特色做法;", pts("3.5")),
                        RubricNode.item("B1.2", null, "经验受到上级肯定。", pts("2.5"))));
        RubricNode b = RubricNode.branch("B", NodeLevel.GROUP, "个性评价指标", pts("6"), List.of(b1));
        RuleSet negative = new RuleSet(
                List.of(
                        new CaseRule("FORM1", "四种形态", "第一种形态处理", pts("1"), null, null),
                        new CaseRule("DISSATISFIED", "万人评议", "被评为不满意科室(站所)", pts("3"), null, pts("3"))),
                null);
        return new Rubric(
                "small",
                "1",
                "小型测试体系",
                RubricMetadata.NONE,
                pts("10"),
                null,
                null,
                null,
                List.of(a, b),
                negative,
                RuleSet.EMPTY);
    }

    public static Rubric withNodes(Rubric rubric, List<RubricNode> nodes) {
        return new Rubric(
                rubric.code(),
                rubric.version(),
                rubric.title(),
                rubric.metadata(),
                rubric.total(),
                rubric.step(),
                rubric.floor(),
                rubric.notes(),
                nodes,
                rubric.negativeList(),
                rubric.bonus());
    }

    public static Rubric withVersion(Rubric rubric, String version) {
        return new Rubric(
                rubric.code(),
                version,
                rubric.title(),
                rubric.metadata(),
                rubric.total(),
                rubric.step(),
                rubric.floor(),
                rubric.notes(),
                rubric.nodes(),
                rubric.negativeList(),
                rubric.bonus());
    }
}
