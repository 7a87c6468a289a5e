package com.qinglian.rubric;

import java.util.List;
import java.util.Optional;

/**
 * What a rubric states about scoring as a whole, beyond its tree and case lists.
 *
 * @param defaultFullMarks items without an input give their full points (per node it can be stated otherwise)
 * @param printedTotals how nodes whose printed points differ from their children's sum score; null: such a
 *     difference is an error unless the node states its own choice
 * @param rescale 折算 of units to which some sections do not apply, or null for none
 * @param facts the facts organisers record per unit for gates and vetoes
 */
public record RubricTerms(boolean defaultFullMarks, PrintedTotal printedTotals, Rescale rescale, List<FactRule> facts) {

    public static final RubricTerms NONE = new RubricTerms(false, null, null, List.of());

    public RubricTerms {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    public Optional<FactRule> fact(String code) {
        return facts.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public boolean isNone() {
        return equals(NONE);
    }
}
