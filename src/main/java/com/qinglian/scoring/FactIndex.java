package com.qinglian.scoring;

import com.qinglian.rubric.FactRule;
import com.qinglian.rubric.Rubric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The recorded facts by unit, checked: a fact the rubric declares, once per unit, a yes/no fact as 0 or 1. */
final class FactIndex {

    private FactIndex() {}

    static List<Map<String, FactInput>> index(
            Rubric rubric,
            List<ScoredUnit> units,
            Map<String, Integer> unitIndex,
            List<FactInput> facts,
            List<ScoringProblem> problems) {
        List<Map<String, FactInput>> byUnit = new ArrayList<>(units.size());
        for (int u = 0; u < units.size(); u++) {
            byUnit.add(Map.of());
        }
        for (int f = 0; f < facts.size(); f++) {
            FactInput fact = facts.get(f);
            Integer u = unitIndex.get(fact.unitCode());
            FactRule rule = rubric.terms().fact(fact.factCode()).orElse(null);
            if (u == null) {
                problems.add(refusal(f, "unit", "scoring.error.unknownUnit", fact.unitCode()));
            } else if (rule == null) {
                problems.add(refusal(f, "fact", "scoring.error.unknownFact", fact.unitCode(), fact.factCode()));
            } else if (rule.kind() == FactRule.Kind.YES_NO
                    && fact.value().compareTo(BigDecimal.ZERO) != 0
                    && fact.value().compareTo(BigDecimal.ONE) != 0) {
                problems.add(refusal(
                        f,
                        "value",
                        "scoring.error.factYesNo",
                        fact.unitCode(),
                        fact.factCode(),
                        fact.value().toPlainString()));
            } else if (byUnit.get(u).containsKey(fact.factCode())) {
                problems.add(refusal(f, "fact", "scoring.error.factTwice", fact.unitCode(), fact.factCode()));
            } else {
                if (byUnit.get(u).isEmpty()) {
                    byUnit.set(u, new HashMap<>());
                }
                byUnit.get(u).put(fact.factCode(), fact);
            }
        }
        return byUnit;
    }

    private static ScoringProblem refusal(int index, String field, String key, Object... args) {
        return ScoringProblem.keyed(
                ScoringProblem.Source.FACT,
                index,
                field,
                key.substring(key.lastIndexOf('.') + 1) + " " + List.of(args),
                key,
                args);
    }
}
