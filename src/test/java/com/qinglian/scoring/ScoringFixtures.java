package com.qinglian.scoring;

import com.qinglian.rubric.BuiltInRubrics;
import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.NodeLevel;
import com.qinglian.rubric.NodeMode;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricMetadata;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RuleSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Named rubrics, units and inputs for scoring tests. */
public final class ScoringFixtures {

    private ScoringFixtures() {}

    /**
     * A 25-point rubric with every rule type: group G1 (10) holds manual items M1 (2) and M2 (4) and
     * the deduct-from-base indicator D (4, floor 1) with deduction items DA (1 per case, cap 2) and DB (2 per case);
     * group G2 (10) holds threshold T (2, at 95), proportional P (3, target 100) and tiered R (5: ≥90 → 5, ≥60 → 3, ≥0 → 1);
     * group S (5, stations only) holds manual item S1 (5). Negative list: FORM1 1, FORM2 2 (cap 5), FORM4 20,
     * DISSATISFIED fixed 3; overall cap 10. Bonus: AWARD 1 per case (cap 2), HONOUR fixed 2; overall cap 3.
     */
    public static Rubric smallRubric() {
        RubricNode d = new RubricNode(
                "D",
                NodeLevel.INDICATOR,
                null,
                "扣分指标",
                null,
                n("4"),
                null,
                NodeMode.DEDUCT,
                n("1"),
                null,
                null,
                List.of(
                        rule("DA", "4", new ItemRule.Deduction(n("1"), n("2"))),
                        rule("DB", "4", new ItemRule.Deduction(n("2"), null))));
        RubricNode i1 = RubricNode.branch(
                "I1",
                NodeLevel.INDICATOR,
                "人工评分",
                n("6"),
                List.of(RubricNode.item("M1", "1", "人工项一", n("2")), RubricNode.item("M2", "2", "人工项二", n("4"))));
        RubricNode g1 = RubricNode.branch("G1", NodeLevel.GROUP, "共性", n("10"), List.of(i1, d));
        RubricNode i2 = RubricNode.branch(
                "I2",
                NodeLevel.INDICATOR,
                "公式评分",
                n("10"),
                List.of(
                        rule("T", "2", new ItemRule.Threshold(n("95"))),
                        rule("P", "3", new ItemRule.Proportional(n("100"))),
                        rule(
                                "R",
                                "5",
                                new ItemRule.Tiered(List.of(
                                        new ItemRule.Tier(n("60"), n("3")),
                                        new ItemRule.Tier(n("90"), n("5")),
                                        new ItemRule.Tier(n("0"), n("1")))))));
        RubricNode g2 = RubricNode.branch("G2", NodeLevel.GROUP, "计算", n("10"), List.of(i2));
        RubricNode s = new RubricNode(
                "S",
                NodeLevel.GROUP,
                null,
                "站所",
                null,
                n("5"),
                null,
                null,
                null,
                Set.of("station"),
                null,
                List.of(RubricNode.item("S1", "1", "站所项", n("5"))));
        RuleSet negative = new RuleSet(
                List.of(
                        new CaseRule("FORM1", "四种形态", "第一种形态", n("1"), null, null),
                        new CaseRule("FORM2", "四种形态", "第二种形态", n("2"), null, n("5")),
                        new CaseRule("FORM4", "四种形态", "第四种形态", n("20"), null, null),
                        new CaseRule("DISSATISFIED", "万人评议", "不满意", null, n("3"), null)),
                n("10"));
        RuleSet bonus = new RuleSet(
                List.of(
                        new CaseRule("AWARD", "表彰", "获奖", n("1"), null, n("2")),
                        new CaseRule("HONOUR", "表彰", "荣誉", null, n("2"), null)),
                n("3"));
        return new Rubric(
                "small",
                "1",
                "小评价体系",
                RubricMetadata.NONE,
                n("25"),
                null,
                null,
                null,
                List.of(g1, g2, s),
                negative,
                bonus);
    }

    public static Rubric seedRubric() {
        return BuiltInRubrics.ouhai2021();
    }

    public static ScoredUnit agency(String code) {
        return new ScoredUnit(code, "机关" + code, "agency");
    }

    public static ScoredUnit station(String code) {
        return new ScoredUnit(code, "站所" + code, "station");
    }

    /** Full marks on every manual item of a rubric for one unit (rule items get no input). */
    public static List<ItemInput> fullMarks(Rubric rubric, String unitCode) {
        List<ItemInput> inputs = new ArrayList<>();
        for (RubricNode item : rubric.items()) {
            if (item.rule() instanceof ItemRule.Manual) {
                inputs.add(new ItemInput(unitCode, item.code(), item.points()));
            }
        }
        return inputs;
    }

    /** On the small rubric: full marks everywhere, rule items at their best (T 95, P 100, R 90, no deduction cases). */
    public static List<ItemInput> smallFullMarks(String unitCode) {
        List<ItemInput> inputs = new ArrayList<>(fullMarks(smallRubric(), unitCode));
        inputs.add(ItemInput.measured(unitCode, "T", "95"));
        inputs.add(ItemInput.measured(unitCode, "P", "100"));
        inputs.add(ItemInput.measured(unitCode, "R", "90"));
        return inputs;
    }

    public static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static RubricNode rule(String code, String points, ItemRule rule) {
        return new RubricNode(
                code, NodeLevel.ITEM, null, null, "规则项" + code, n(points), null, null, null, null, rule, null);
    }
}
