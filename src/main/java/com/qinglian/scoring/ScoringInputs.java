package com.qinglian.scoring;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The inputs checked and arranged by unit and item position (depth first, as {@link RubricLayout}), so scoring a unit needs no lookups by text. */
final class ScoringInputs {

    private final BigDecimal[][] values;
    private final BigDecimal[][] targets;
    private final List<List<CaseInput>> cases;
    private final List<Map<String, FactInput>> facts;

    private ScoringInputs(
            BigDecimal[][] values,
            BigDecimal[][] targets,
            List<List<CaseInput>> cases,
            List<Map<String, FactInput>> facts) {
        this.values = values;
        this.targets = targets;
        this.cases = cases;
        this.facts = facts;
    }

    static ScoringInputs index(
            Rubric rubric,
            List<ScoredUnit> units,
            List<ItemInput> inputs,
            List<CaseInput> cases,
            List<FactInput> facts,
            Settings settings) {
        List<ScoringProblem> problems = new ArrayList<>();
        Map<String, Integer> unitIndex = indexUnits(units, problems);
        List<RubricNode> items = rubric.items();
        Map<String, Integer> itemIndex = new HashMap<>(items.size() * 2);
        for (int i = 0; i < items.size(); i++) {
            itemIndex.put(items.get(i).code(), i);
        }
        BigDecimal[][] values = new BigDecimal[units.size()][items.size()];
        BigDecimal[][] targets = null;
        int[][] counts = settings.multipleScores().averages() ? new int[units.size()][items.size()] : null;
        for (int i = 0; i < inputs.size(); i++) {
            ItemInput input = inputs.get(i);
            Integer u = unitIndex.get(input.unitCode());
            Integer item = itemIndex.get(input.itemCode());
            if (u == null) {
                problems.add(ScoringProblem.keyed(
                        ScoringProblem.Source.ITEM_INPUT,
                        i,
                        "unit",
                        "unknown unit " + input.unitCode(),
                        "scoring.error.unknownUnit",
                        input.unitCode()));
            } else if (item == null) {
                problems.add(ScoringProblem.keyed(
                        ScoringProblem.Source.ITEM_INPUT,
                        i,
                        "item",
                        "unit " + input.unitCode() + ": unknown item " + input.itemCode(),
                        "scoring.error.unknownItem",
                        input.unitCode(),
                        input.itemCode()));
            } else if (!TargetCheck.fits(items.get(item), input, i, problems)) {
                continue;
            } else if (values[u][item] == null) {
                values[u][item] = input.value();
                if (input.target() != null) {
                    if (targets == null) {
                        targets = new BigDecimal[units.size()][];
                    }
                    if (targets[u] == null) {
                        targets[u] = new BigDecimal[items.size()];
                    }
                    targets[u][item] = input.target();
                }
                if (counts != null) {
                    counts[u][item] = 1;
                }
            } else if (counts != null && items.get(item).rule() instanceof ItemRule.Manual) {
                values[u][item] = values[u][item].add(input.value());
                counts[u][item]++;
            } else {
                problems.add(ScoringProblem.keyed(
                        ScoringProblem.Source.ITEM_INPUT,
                        i,
                        "item",
                        "unit " + input.unitCode() + ", item " + input.itemCode() + ": more than one input",
                        "scoring.error.moreThanOneInput",
                        input.unitCode(),
                        input.itemCode()));
            }
        }
        if (counts != null) {
            average(values, counts, rubric.step());
        }
        checkValues(rubric, units, items, values, inputs, problems);
        List<List<CaseInput>> byUnit = indexCases(rubric, units, unitIndex, cases, problems);
        List<Map<String, FactInput>> factsByUnit = FactIndex.index(rubric, units, unitIndex, facts, problems);
        VariantCheck.check(rubric, units, problems);
        if (!problems.isEmpty()) {
            throw new ScoringException(problems);
        }
        return new ScoringInputs(values, targets, byUnit, factsByUnit);
    }

    BigDecimal[] values(int unit) {
        return values[unit];
    }

    /** The unit's targets by item position, or null when it has none. */
    BigDecimal[] targets(int unit) {
        return targets == null ? null : targets[unit];
    }

    Map<String, FactInput> facts(int unit) {
        return facts.get(unit);
    }

    List<CaseInput> cases(int unit) {
        return cases.get(unit);
    }

    private static Map<String, Integer> indexUnits(List<ScoredUnit> units, List<ScoringProblem> problems) {
        Map<String, Integer> unitIndex = new HashMap<>(units.size() * 2);
        for (int u = 0; u < units.size(); u++) {
            if (unitIndex.putIfAbsent(units.get(u).code(), u) != null) {
                problems.add(ScoringProblem.keyed(
                        ScoringProblem.Source.UNIT,
                        u,
                        "code",
                        "duplicate unit " + units.get(u).code(),
                        "scoring.error.duplicateUnit",
                        units.get(u).code()));
            }
        }
        return unitIndex;
    }

    /** Several evaluators' manual scores become their mean, rounded down to the step so totals stay on the step. */
    private static void average(BigDecimal[][] values, int[][] counts, BigDecimal step) {
        for (int u = 0; u < values.length; u++) {
            for (int i = 0; i < values[u].length; i++) {
                if (counts[u][i] > 1) {
                    BigDecimal steps =
                            values[u][i].divide(step.multiply(BigDecimal.valueOf(counts[u][i])), 0, RoundingMode.DOWN);
                    values[u][i] = steps.multiply(step);
                }
            }
        }
    }

    private static void checkValues(
            Rubric rubric,
            List<ScoredUnit> units,
            List<RubricNode> items,
            BigDecimal[][] values,
            List<ItemInput> inputs,
            List<ScoringProblem> problems) {
        StepCheck step = new StepCheck(rubric.step());
        for (int u = 0; u < values.length; u++) {
            for (int i = 0; i < items.size(); i++) {
                BigDecimal value = values[u][i];
                if (value == null) {
                    continue;
                }
                Object[] why = refusal(items.get(i), value, step);
                if (why != null) {
                    String unit = units.get(u).code();
                    String item = items.get(i).code();
                    Object[] args = new Object[why.length];
                    args[0] = unit;
                    args[1] = item;
                    System.arraycopy(why, 2, args, 2, why.length - 2);
                    problems.add(ScoringProblem.keyed(
                            ScoringProblem.Source.ITEM_INPUT,
                            positionOf(inputs, unit, item),
                            "value",
                            "unit " + unit + ", item " + item + ": " + why[1],
                            (String) why[0],
                            args));
                }
            }
        }
    }

    /** Null when the value is fine, else {key, English text, value, limit...}: the message and its arguments after unit and item. */
    private static Object[] refusal(RubricNode item, BigDecimal value, StepCheck step) {
        if (item.rule() instanceof ItemRule.Manual) {
            if (value.signum() < 0 || value.compareTo(item.points()) > 0) {
                String shown = value.toPlainString();
                String max = item.points().toPlainString();
                return new Object[] {
                    "scoring.error.outsideRange", "score " + shown + " is outside 0.." + max, shown, max
                };
            }
            if (!step.isMultiple(value)) {
                String shown = value.toPlainString();
                String stepText = step.step().toPlainString();
                return new Object[] {
                    "scoring.error.offStep",
                    "score " + shown + " is not a multiple of the step " + stepText,
                    shown,
                    stepText
                };
            }
        } else if (item.rule() instanceof ItemRule.Deduction && value.signum() < 0) {
            String shown = value.toPlainString();
            return new Object[] {"scoring.error.negativeCount", "case count " + shown + " is negative", shown};
        }
        return null;
    }

    /** Only called for the rare refused value, so a scan is fine. */
    private static int positionOf(List<ItemInput> inputs, String unit, String item) {
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).unitCode().equals(unit)
                    && inputs.get(i).itemCode().equals(item)) {
                return i;
            }
        }
        return -1;
    }

    private static List<List<CaseInput>> indexCases(
            Rubric rubric,
            List<ScoredUnit> units,
            Map<String, Integer> unitIndex,
            List<CaseInput> cases,
            List<ScoringProblem> problems) {
        List<List<CaseInput>> byUnit = new ArrayList<>(units.size());
        for (int u = 0; u < units.size(); u++) {
            byUnit.add(List.of());
        }
        Map<String, CaseRule> rules = new HashMap<>();
        rubric.negativeList().rules().forEach(r -> rules.put(r.code(), r));
        rubric.bonus().rules().forEach(r -> rules.put(r.code(), r));
        rubric.allNodes()
                .flatMap(n -> n.terms().clauses().stream())
                .forEach(c -> rules.put(c.rule().code(), c.rule()));
        StepCheck step = new StepCheck(rubric.step());
        for (int c = 0; c < cases.size(); c++) {
            CaseInput input = cases.get(c);
            Integer u = unitIndex.get(input.unitCode());
            CaseRule rule = rules.get(input.ruleCode());
            if (u == null) {
                problems.add(ScoringProblem.keyed(
                        ScoringProblem.Source.CASE,
                        c,
                        "unit",
                        "unknown unit " + input.unitCode(),
                        "scoring.error.unknownUnit",
                        input.unitCode()));
            } else if (rule == null) {
                problems.add(ScoringProblem.keyed(
                        ScoringProblem.Source.CASE,
                        c,
                        "rule",
                        "unit " + input.unitCode() + ": unknown negative-list or bonus rule " + input.ruleCode(),
                        "scoring.error.unknownRule",
                        input.unitCode(),
                        input.ruleCode()));
            } else if (CaseAmountCheck.fits(rule, input, c, step, problems)) {
                if (byUnit.get(u).isEmpty()) {
                    byUnit.set(u, new ArrayList<>());
                }
                byUnit.get(u).add(input);
            }
        }
        return byUnit;
    }
}
