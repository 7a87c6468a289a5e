package com.qinglian.rubric;

import java.util.List;
import java.util.Set;

/**
 * What a node states beyond its points and mode: clauses, gates, a clamp, how a printed total that differs from
 * its children scores, default full marks, and applicability by tag or by unit.
 *
 * @param clauses cases that take from or add to this node (see {@link NodeClause})
 * @param gates conditions that cap the node while they hold, applied in order
 * @param clamp the range the node's score stays in, or null for [floor or 0, points]
 * @param printedTotal overrides the rubric's {@link RubricTerms#printedTotals()} for this node, or null
 * @param defaultFullMarks whether items below without an input give full points; null: as the node above states
 * @param appliesToTags the node applies only to units with one of these tags (e.g. {@code river}); empty: any
 * @param appliesToUnits the node applies only to these unit codes (a department's own block); empty: any
 */
public record NodeTerms(
        List<NodeClause> clauses,
        List<Gate> gates,
        Clamp clamp,
        PrintedTotal printedTotal,
        Boolean defaultFullMarks,
        Set<String> appliesToTags,
        Set<String> appliesToUnits) {

    public static final NodeTerms NONE = new NodeTerms(List.of(), List.of(), null, null, null, Set.of(), Set.of());

    public NodeTerms {
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        gates = gates == null ? List.of() : List.copyOf(gates);
        appliesToTags = appliesToTags == null ? Set.of() : Set.copyOf(appliesToTags);
        appliesToUnits = appliesToUnits == null ? Set.of() : Set.copyOf(appliesToUnits);
    }

    public boolean isNone() {
        return equals(NONE);
    }

    public NodeTerms withClauses(List<NodeClause> newClauses) {
        return new NodeTerms(newClauses, gates, clamp, printedTotal, defaultFullMarks, appliesToTags, appliesToUnits);
    }
}
