package com.qinglian.scoring;

import com.qinglian.rubric.Clamp;
import com.qinglian.rubric.FactRule;
import com.qinglian.rubric.Gate;
import com.qinglian.rubric.NodeClause;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a node's own terms do to the score its children (or its input) gave: its clauses add or take, its clamp
 * keeps it in range, then its gates cap it while their conditions hold. Each step leaves an explanation line, so
 * the node's lines still add up to its score.
 */
final class NodeTermsScorer {

    private final Rubric rubric;
    private final RubricLayout layout;

    NodeTermsScorer(Rubric rubric, RubricLayout layout) {
        this.rubric = rubric;
        this.layout = layout;
    }

    /** What one unit brings to the terms: its type, facts, clause cases, and the scores walked so far. */
    record UnitView(
            String unitType,
            Map<String, FactInput> facts,
            Map<String, List<CaseInput>> clauseCases,
            BigDecimal[] scores,
            boolean[] applicable) {}

    /** The node's score after its clauses, clamp and gates. */
    BigDecimal apply(RubricNode node, BigDecimal score, UnitView unit, ExplanationList lines) {
        BigDecimal result = score;
        for (NodeClause clause : node.terms().clauses()) {
            List<CaseInput> cases = unit.clauseCases().get(clause.rule().code());
            if (cases == null || cases.isEmpty()) {
                continue;
            }
            RuleTally.Tally tally = RuleTally.of(clause.rule(), cases, unit.unitType());
            for (RuleTally.Row row : tally.rows()) {
                lines.append(
                        ExplanationLine.Kind.CLAUSE, clause.rule().code(), signed(row.points(), clause), row.detail());
            }
            if (tally.capped()) {
                lines.append(
                        ExplanationLine.Kind.CLAUSE,
                        clause.rule().code(),
                        signed(tally.beforeCap().subtract(tally.total()), clause)
                                .negate(),
                        "rule cap " + clause.rule().cap().toPlainString());
            }
            result = result.add(signed(tally.total(), clause));
        }
        result = clamp(node, result, lines);
        for (Gate gate : node.terms().gates()) {
            if (result.compareTo(gate.cap()) > 0 && holds(gate.when(), unit)) {
                lines.append(ExplanationLine.Kind.GATE, node.code(), gate.cap().subtract(result), describe(gate, unit));
                result = gate.cap();
            }
        }
        return result;
    }

    private static BigDecimal signed(BigDecimal points, NodeClause clause) {
        return clause.adds() ? points : points.negate();
    }

    /** [clamp min, or the floor, or 0; clamp max, or the points]. */
    private static BigDecimal clamp(RubricNode node, BigDecimal score, ExplanationList lines) {
        Clamp clamp = node.terms().clamp();
        BigDecimal min = clamp != null && clamp.min() != null
                ? clamp.min()
                : node.floor() != null ? node.floor().min(node.points()) : BigDecimal.ZERO;
        BigDecimal max = clamp != null && clamp.max() != null ? clamp.max() : node.points();
        if (score.compareTo(min) < 0) {
            lines.append(ExplanationLine.Kind.NODE_CLAMP, node.code(), min.subtract(score), "floor " + plain(min));
            return min;
        }
        if (score.compareTo(max) > 0) {
            lines.append(ExplanationLine.Kind.NODE_CLAMP, node.code(), max.subtract(score), "capped at " + plain(max));
            return max;
        }
        return score;
    }

    /** A fact not recorded, or a node that does not apply to the unit, never makes a condition hold. */
    private boolean holds(Gate.Condition when, UnitView unit) {
        BigDecimal value;
        boolean yesNo = false;
        if (when.fact() != null) {
            FactInput fact = unit.facts().get(when.fact());
            if (fact == null) {
                return false;
            }
            value = fact.value();
            yesNo = rubric.terms()
                    .fact(when.fact())
                    .map(f -> f.kind() == FactRule.Kind.YES_NO)
                    .orElse(false);
        } else {
            Integer position = layout.positions.get(when.node());
            if (position == null || !unit.applicable()[position] || unit.scores()[position] == null) {
                return false;
            }
            value = unit.scores()[position];
        }
        if (when.below() == null && when.atLeast() == null) {
            return yesNo && value.signum() != 0;
        }
        return (when.below() == null || value.compareTo(when.below()) < 0)
                && (when.atLeast() == null || value.compareTo(when.atLeast()) >= 0);
    }

    private String describe(Gate gate, UnitView unit) {
        Gate.Condition when = gate.when();
        StringBuilder out = new StringBuilder("gate: ");
        if (when.fact() != null) {
            FactInput fact = unit.facts().get(when.fact());
            out.append(when.fact()).append(" = ").append(plain(fact.value()));
            if (fact.basis() != null && !fact.basis().isBlank()) {
                out.append(" (").append(fact.basis()).append(')');
            }
        } else {
            out.append(when.node()).append(" = ").append(plain(unit.scores()[layout.positions.get(when.node())]));
        }
        if (when.below() != null) {
            out.append(" < ").append(plain(when.below()));
        }
        if (when.atLeast() != null) {
            out.append(" ≥ ").append(plain(when.atLeast()));
        }
        return out.append(", at most ").append(plain(gate.cap())).toString();
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
