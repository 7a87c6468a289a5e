package com.qinglian.rubric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A list of case rules with an optional cap on their combined effect. */
public record RuleSet(List<CaseRule> rules, BigDecimal cap) {

    public static final RuleSet EMPTY = new RuleSet(List.of(), null);

    public RuleSet {
        rules = List.copyOf(rules);
    }

    public Optional<CaseRule> rule(String code) {
        return rules.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }
}
