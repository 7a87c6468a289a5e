package com.qinglian.results;

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
import com.qinglian.scoring.CaseInput;
import com.qinglian.scoring.ExplanationLine;
import com.qinglian.scoring.FactInput;
import com.qinglian.scoring.IgnoredCase;
import com.qinglian.scoring.ItemInput;
import com.qinglian.scoring.ScoredUnit;
import com.qinglian.scoring.ScoringEngine;
import com.qinglian.scoring.Settings;
import com.qinglian.scoring.UnitResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two small rubrics that, scored by the engine, make it write every phrase of its explanation details: item rules
 * (threshold, proportional in each rounding, rate with a target and a target of 0, tiers, deductions, missing and default
 * full marks), node caps, floors, clamps and gates, the printed total, 折算, and every kind of case rule with
 * rule and overall caps, the total's floor and the cases it ignores.
 */
final class ExplanationRubrics {

    private ExplanationRubrics() {}

    static final String DOCUMENT = "纪发〔2025〕3号";
    static final String DATE = "2025-03-01";

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static RubricNode item(String code, String points, ItemRule rule) {
        return new RubricNode(
                code, NodeLevel.ITEM, null, null, "细则 " + code, n(points), null, null, null, null, rule, null);
    }

    private static RubricNode group(
            String code, String points, NodeMode mode, String floor, NodeTerms terms, RubricNode... children) {
        return new RubricNode(
                code,
                NodeLevel.GROUP,
                null,
                "指标 " + code,
                null,
                n(points),
                null,
                mode,
                floor == null ? null : n(floor),
                null,
                null,
                List.of(children),
                terms == null ? NodeTerms.NONE : terms);
    }

    private static CaseRule perCase(String code, String points) {
        return new CaseRule(code, "条款", "条款 " + code, n(points), null, null);
    }

    /** Items, nodes, clauses, gates and the printed total (20 of a tree worth 30). */
    static Rubric tree() {
        RubricNode a = group(
                "A",
                "10",
                null,
                null,
                null,
                item("A.T", "1", new ItemRule.Threshold(n("3"))),
                item("A.P", "3", new ItemRule.Proportional(n("50"), new Rounding(n("0.01"), RoundingMode.HALF_UP))),
                item("A.PU", "1", new ItemRule.Proportional(n("10"), new Rounding(n("0.5"), RoundingMode.UP))),
                item("A.PD", "1", new ItemRule.Proportional(n("10"), new Rounding(n("0.01"), RoundingMode.DOWN))),
                item("A.R", "1", new ItemRule.Rate(new Rounding(n("0.01"), RoundingMode.HALF_UP), true)),
                item("A.R0", "1", new ItemRule.Rate(null, false)),
                item("A.TI", "1", new ItemRule.Tiered(List.of(new ItemRule.Tier(n("5"), n("1"))))),
                item("A.M", "1", ItemRule.MANUAL));
        RubricNode b = group(
                "B",
                "5",
                NodeMode.DEDUCT,
                "2",
                null,
                item("B.D1", "3", new ItemRule.Deduction(n("1"), null)),
                item("B.D2", "2", new ItemRule.Deduction(n("0.5"), n("1"))));
        RubricNode c = group(
                "C",
                "5",
                null,
                null,
                new NodeTerms(List.of(), List.of(), null, null, true, Set.of(), Set.of()),
                item("C.1", "5", ItemRule.MANUAL));
        RubricNode d = group(
                "D",
                "5",
                null,
                null,
                new NodeTerms(List.of(), List.of(), null, PrintedTotal.CAP, null, Set.of(), Set.of()),
                item("D.1", "3", ItemRule.MANUAL),
                item("D.2", "3", ItemRule.MANUAL));
        NodeTerms gated = new NodeTerms(
                List.of(new NodeClause(perCase("E-ADD", "1"), true), new NodeClause(perCase("E-TAKE", "1"), false)),
                List.of(
                        new Gate(new Gate.Condition(null, "A", n("100"), null), n("4")),
                        new Gate(new Gate.Condition("SAT", null, n("90"), null), n("3")),
                        new Gate(new Gate.Condition("SAT", null, null, n("80")), n("2"))),
                new Clamp(n("0"), n("5")),
                null,
                null,
                Set.of(),
                Set.of());
        RubricNode e = group("E", "5", null, null, gated, item("E.1", "5", ItemRule.MANUAL));
        RubricTerms terms = new RubricTerms(
                false, PrintedTotal.CAP, null, List.of(new FactRule("SAT", "群众满意度", FactRule.Kind.NUMBER, "%", null)));
        return new Rubric(
                "words", "1", "计算说明", null, n("20"), n("0.5"), null, null, List.of(a, b, c, d, e), null, null, terms);
    }

    /** The engine's details for {@link #tree()}: two units between them reach every item and node phrase. */
    static List<String> treeDetails() {
        List<ItemInput> inputs = new ArrayList<>(List.of(
                ItemInput.measured("U1", "A.T", "5"),
                ItemInput.measured("U1", "A.P", "45"),
                ItemInput.measured("U1", "A.PU", "7"),
                ItemInput.measured("U1", "A.PD", "7"),
                ItemInput.rate("U1", "A.R", "45", "50"),
                ItemInput.rate("U1", "A.R0", "1", "0"),
                ItemInput.measured("U1", "A.TI", "6"),
                ItemInput.score("U1", "A.M", "1"),
                ItemInput.count("U1", "B.D1", 3),
                ItemInput.count("U1", "B.D2", 3),
                ItemInput.score("U1", "D.1", "3"),
                ItemInput.score("U1", "D.2", "3"),
                ItemInput.score("U1", "E.1", "5")));
        inputs.addAll(List.of(
                ItemInput.measured("U2", "A.T", "2"),
                ItemInput.rate("U2", "A.R", "1", "0"),
                ItemInput.measured("U2", "A.TI", "1"),
                ItemInput.score("U2", "E.1", "0")));
        List<CaseInput> cases = List.of(CaseInput.of("U1", "E-ADD", 1), CaseInput.of("U2", "E-TAKE", 1));
        List<FactInput> facts = List.of(FactInput.measured("U1", "SAT", "85", "问卷"));
        return details(ScoringEngine.score(tree(), units("U1", "U2"), inputs, cases, facts, Settings.defaults())
                .units());
    }

    /** 折算 (section Y applies to river units only) and every kind of case rule, with caps, a floor, ignored cases. */
    static Rubric cases() {
        RubricNode x = group("X", "10", null, null, null, item("X.1", "10", ItemRule.MANUAL));
        RubricNode y = group(
                "Y",
                "10",
                null,
                null,
                new NodeTerms(List.of(), List.of(), null, null, null, Set.of("river"), Set.of()),
                item("Y.1", "10", ItemRule.MANUAL));
        Map<String, BigDecimal> agency = Map.of("agency", n("1.5"));
        RuleSet negative = new RuleSet(
                List.of(
                        new CaseRule(
                                "FORM1",
                                "四种形态",
                                "第一种形态处理",
                                n("1"),
                                null,
                                n("4"),
                                new CaseTerms(null, null, null, null, agency)),
                        new CaseRule(
                                "ONCE",
                                "一次性",
                                "发生即扣",
                                null,
                                n("2"),
                                null,
                                new CaseTerms(null, null, null, null, agency)),
                        new CaseRule(
                                "HARM",
                                "工作失误",
                                "造成不良影响的,扣3-6分",
                                null,
                                null,
                                null,
                                new CaseTerms(n("3"), n("6"), null, null, null))),
                n("9"));
        RuleSet bonus = new RuleSet(
                List.of(new CaseRule(
                        "AWARD",
                        "表彰",
                        "获省级、市级表彰的,分别加3分、1分",
                        null,
                        null,
                        null,
                        new CaseTerms(
                                null,
                                null,
                                List.of(new CaseTerms.Level("省级", n("3")), new CaseTerms.Level("市级", n("1"))),
                                CaseTerms.Combine.HIGHEST,
                                null))),
                null);
        RubricTerms terms = new RubricTerms(
                false, null, new Rescale(new Rounding(n("0.01"), RoundingMode.HALF_UP), false), List.of());
        return new Rubric(
                "words-cases", "1", "计算说明", null, n("20"), n("0.5"), null, null, List.of(x, y), negative, bonus, terms);
    }

    /** The engine's details for {@link #cases()}, and the reasons it gives for the cases it ignores. */
    static List<String> caseDetails() {
        LocalDate date = LocalDate.parse(DATE);
        List<CaseInput> cases = List.of(
                new CaseInput("U1", "FORM1", 1, n("2"), date, DOCUMENT),
                CaseInput.of("U1", "FORM1", 2),
                new CaseInput("U1", "ONCE", 1, null, date, "纪发〔2025〕4号"),
                CaseInput.of("U1", "ONCE", 1),
                CaseInput.of("U1", "HARM", 1).withAmount(n("4")),
                CaseInput.of("U1", "AWARD", 1).withLevel("省级"),
                CaseInput.of("U1", "AWARD", 1).withLevel("市级"),
                CaseInput.of("U1", "HARM", 0).withAmount(n("3")),
                new CaseInput("U1", "HARM", 1, null, LocalDate.parse("2019-01-01"), "纪发〔2019〕1号").withAmount(n("3")));
        Settings settings = new Settings(
                null, null, null, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), null, null);
        List<UnitResult> results = ScoringEngine.score(
                        cases(), units("U1"), List.of(ItemInput.score("U1", "X.1", "8")), cases, List.of(), settings)
                .units();
        List<String> out = new ArrayList<>(details(results));
        results.forEach(r -> r.ignoredCases().stream().map(IgnoredCase::reason).forEach(out::add));
        return out;
    }

    private static List<ScoredUnit> units(String... codes) {
        return java.util.Arrays.stream(codes)
                .map(code -> new ScoredUnit(code, "单位 " + code, "agency", Set.of()))
                .toList();
    }

    private static List<String> details(List<UnitResult> results) {
        return results.stream()
                .flatMap(r -> r.explanation().stream())
                .map(ExplanationLine::detail)
                .filter(d -> d != null && !d.isEmpty())
                .toList();
    }
}
