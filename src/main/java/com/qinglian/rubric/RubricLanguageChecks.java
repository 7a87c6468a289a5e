package com.qinglian.rubric;

import static com.qinglian.rubric.RubricValidator.isMultiple;
import static com.qinglian.rubric.RubricValidator.plain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The checks of the rubric language's terms (clauses, gates, clamps, case amounts, facts, rescaling, roundings,
 * applicability by tag and unit); {@link RubricValidator} runs them after the tree's own checks. Every problem is
 * located at the node, rule, clause or fact code and names the field.
 */
final class RubricLanguageChecks {

    private final Rubric rubric;
    private final Set<String> seen;
    private final List<RubricProblem> problems;
    private final Map<String, Integer> order;

    RubricLanguageChecks(Rubric rubric, Set<String> seen, List<RubricProblem> problems) {
        this.rubric = rubric;
        this.seen = seen;
        this.problems = problems;
        List<RubricNode> all = rubric.allNodes().toList();
        this.order = IntStream.range(0, all.size())
                .boxed()
                .collect(Collectors.toMap(i -> String.valueOf(all.get(i).code()), Function.identity(), (a, b) -> a));
    }

    void run() {
        rubric.allNodes().forEach(this::checkNodeTerms);
        rubric.allNodes().forEach(node -> node.terms().clauses().forEach(c -> checkCaseRule(c.rule(), true)));
        checkFacts();
        RubricTerms terms = rubric.terms();
        if (terms.rescale() != null) {
            if (terms.rescale().rounding() == null) {
                problems.add(RubricProblem.of("rescale", "rubric.error.rescaleRounding"));
            } else {
                checkRounding("rescale", terms.rescale().rounding());
            }
        }
    }

    /** Per case, fixed, range or levels: exactly one, each well formed; multipliers positive. */
    void checkCaseRule(CaseRule rule, boolean clause) {
        String where = rule.code() == null ? "?" : rule.code();
        if (clause) {
            if (rule.code() == null
                    || !RubricValidator.CODE.matcher(rule.code()).matches()) {
                problems.add(RubricProblem.of(where, "rubric.error.badNodeCode", String.valueOf(rule.code())));
            } else if (!seen.add(rule.code())) {
                problems.add(RubricProblem.of(where, "rubric.error.duplicateCode", rule.code()));
            }
            if (RubricValidator.isBlank(rule.title())) {
                problems.add(RubricProblem.of(where, "rubric.error.noText"));
            }
        }
        CaseTerms terms = rule.terms();
        int kinds = (rule.perCase() != null ? 1 : 0)
                + (rule.fixed() != null ? 1 : 0)
                + (terms.isRange() ? 1 : 0)
                + (terms.byLevel() ? 1 : 0);
        if (kinds != 1) {
            problems.add(RubricProblem.of(where, "rubric.error.perCaseOrFixed"));
        } else if (rule.perCase() != null && rule.perCase().signum() <= 0) {
            problems.add(RubricProblem.of(where, "rubric.error.rulePositive", "perCase"));
        } else if (rule.fixed() != null && rule.fixed().signum() <= 0) {
            problems.add(RubricProblem.of(where, "rubric.error.rulePositive", "fixed"));
        }
        if (clause && rule.cap() != null && rule.cap().signum() < 0) {
            problems.add(RubricProblem.of(where, "rubric.error.rulePositive", "cap"));
        }
        if (terms.isRange()) {
            checkRange(where, terms);
        }
        Set<String> names = new HashSet<>();
        for (CaseTerms.Level level : terms.levels()) {
            if (RubricValidator.isBlank(level.name())) {
                problems.add(RubricProblem.of(where, "rubric.error.levelNameBlank"));
            } else if (!names.add(level.name().strip())) {
                problems.add(RubricProblem.of(where, "rubric.error.levelNameDuplicate", level.name()));
            }
            if (level.points() == null || level.points().signum() <= 0) {
                problems.add(RubricProblem.of(where, "rubric.error.levelPoints", level.name(), plain(level.points())));
            }
        }
        terms.multipliers().forEach((type, factor) -> {
            if (RubricValidator.isBlank(type)) {
                problems.add(RubricProblem.of(where, "rubric.error.blankEntry", "multipliers"));
            } else if (factor == null || factor.signum() <= 0) {
                problems.add(RubricProblem.of(where, "rubric.error.multiplier", type, plain(factor)));
            }
        });
    }

    private void checkRange(String where, CaseTerms terms) {
        BigDecimal min = terms.rangeMin();
        BigDecimal max = terms.rangeMax();
        if (min == null || max == null) {
            problems.add(RubricProblem.of(where, "rubric.error.missing", min == null ? "range.min" : "range.max"));
        } else if (min.signum() < 0) {
            problems.add(RubricProblem.of(where, "rubric.error.rulePositive", "range.min"));
        } else if (min.compareTo(max) > 0) {
            problems.add(RubricProblem.of(where, "rubric.error.rangeOrder", plain(min), plain(max)));
        } else if (!isMultiple(min, rubric.step()) || !isMultiple(max, rubric.step())) {
            problems.add(
                    RubricProblem.of(where, "rubric.error.rangeOffStep", plain(min), plain(max), plain(rubric.step())));
        }
    }

    private void checkNodeTerms(RubricNode node) {
        String where = String.valueOf(node.code());
        NodeTerms terms = node.terms();
        if (terms.appliesToTags().stream().anyMatch(RubricValidator::isBlank)) {
            problems.add(RubricProblem.of(where, "rubric.error.blankEntry", "appliesToTags"));
        }
        if (terms.appliesToUnits().stream().anyMatch(RubricValidator::isBlank)) {
            problems.add(RubricProblem.of(where, "rubric.error.blankEntry", "appliesToUnits"));
        }
        Clamp clamp = terms.clamp();
        BigDecimal points = node.points();
        if (clamp != null && points != null) {
            BigDecimal min = clamp.min() == null ? BigDecimal.ZERO : clamp.min();
            BigDecimal max = clamp.max() == null ? points : clamp.max();
            if (min.signum() < 0 || max.compareTo(points) > 0 || min.compareTo(max) > 0) {
                problems.add(RubricProblem.of(where, "rubric.error.clamp", plain(min), plain(max), plain(points)));
            }
        }
        for (int i = 0; i < terms.gates().size(); i++) {
            checkGate(node, "gates[" + (i + 1) + "]", terms.gates().get(i));
        }
        if (node.rule() instanceof ItemRule.Proportional p && p.rounding() != null) {
            checkRounding(where + " / rule", p.rounding());
        } else if (node.rule() instanceof ItemRule.Rate r && r.rounding() != null) {
            checkRounding(where + " / rule", r.rounding());
        }
    }

    private void checkGate(RubricNode node, String field, Gate gate) {
        String where = node.code() + " / " + field;
        Gate.Condition when = gate.when();
        if (when == null) {
            problems.add(RubricProblem.of(where, "rubric.error.missing", "when"));
            return;
        }
        boolean bound = when.below() != null || when.atLeast() != null;
        if ((when.fact() == null) == (when.node() == null)) {
            problems.add(RubricProblem.of(where, "rubric.error.gateSubject"));
        } else if (when.fact() != null) {
            FactRule fact = rubric.terms().fact(when.fact()).orElse(null);
            if (fact == null) {
                problems.add(RubricProblem.of(where, "rubric.error.gateUnknownFact", when.fact()));
            } else if (fact.kind() == FactRule.Kind.NUMBER && !bound) {
                problems.add(RubricProblem.of(where, "rubric.error.gateNeedsBound", when.fact()));
            } else if (fact.kind() == FactRule.Kind.YES_NO && bound) {
                problems.add(RubricProblem.of(where, "rubric.error.gateYesNoBound", when.fact()));
            }
        } else {
            Integer at = order.get(when.node());
            Integer self = order.get(node.code());
            RubricNode other = rubric.node(when.node()).orElse(null);
            if (at == null || other == null) {
                problems.add(RubricProblem.of(where, "rubric.error.gateUnknownNode", when.node()));
            } else if (self == null || at >= self || other.flatten().anyMatch(n -> n == node)) {
                problems.add(RubricProblem.of(where, "rubric.error.gateNodeOrder", when.node(), node.code()));
            } else if (!bound) {
                problems.add(RubricProblem.of(where, "rubric.error.gateNeedsBound", when.node()));
            }
        }
        if (when.below() != null && when.atLeast() != null) {
            problems.add(RubricProblem.of(where, "rubric.error.gateTwoBounds"));
        }
        if (gate.cap().signum() < 0 || (node.points() != null && gate.cap().compareTo(node.points()) > 0)) {
            problems.add(RubricProblem.of(where, "rubric.error.gateCap", plain(gate.cap()), plain(node.points())));
        }
    }

    private void checkFacts() {
        for (FactRule fact : rubric.terms().facts()) {
            String where = fact.code() == null ? "?" : fact.code();
            if (fact.code() == null
                    || !RubricValidator.CODE.matcher(fact.code()).matches()) {
                problems.add(RubricProblem.of(where, "rubric.error.badNodeCode", String.valueOf(fact.code())));
            } else if (!seen.add(fact.code())) {
                problems.add(RubricProblem.of(where, "rubric.error.duplicateCode", fact.code()));
            }
            if (RubricValidator.isBlank(fact.title())) {
                problems.add(RubricProblem.of(where, "rubric.error.noText"));
            }
            FactRule.Veto veto = fact.veto();
            if (veto == null) {
                continue;
            }
            if (fact.kind() != FactRule.Kind.YES_NO) {
                problems.add(RubricProblem.of(where, "rubric.error.vetoNumberFact", where));
            }
            if (veto.effect() == null) {
                problems.add(RubricProblem.of(where, "rubric.error.missing", "veto.effect"));
            } else if (veto.effect() != FactRule.Effect.ZERO_TOTAL && RubricValidator.isBlank(veto.grade())) {
                problems.add(RubricProblem.of(
                        where, "rubric.error.vetoGrade", veto.effect().key()));
            }
        }
    }

    private void checkRounding(String where, Rounding rounding) {
        if (rounding.to() != null && rounding.to().signum() <= 0) {
            problems.add(RubricProblem.of(where, "rubric.error.roundingTo", plain(rounding.to())));
        }
    }
}
