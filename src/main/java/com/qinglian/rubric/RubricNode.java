package com.qinglian.rubric;

import com.qinglian.shared.PlainDecimal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One node of a rubric tree. Items are the leaves a person (or a rule) scores; every other level
 * sums or deducts from its children according to {@link #mode()}.
 *
 * @param code stable, unique id within the rubric (e.g. {@code A1.2.3})
 * @param level published level
 * @param number the item's published number (e.g. {@code 1}), or null when the text has none
 * @param title the short name (group, dimension and indicator names); null for items
 * @param text the published requirement, kept word for word; null when the level has none
 * @param points the maximum this node can give
 * @param notes remarks (备注), including known errors of the published text
 * @param mode how children combine into this node
 * @param floor the lowest score of a {@link NodeMode#DEDUCT} node; null means 0
 * @param appliesTo unit types the node applies to; empty means all
 * @param rule how an item is scored; {@link ItemRule#MANUAL} for non-items
 * @param children ordered children; empty for items
 * @param terms clauses, gates, clamp, printed-total choice, default full marks, applicability by tag or unit
 */
public record RubricNode(
        String code,
        NodeLevel level,
        String number,
        String title,
        String text,
        BigDecimal points,
        String notes,
        NodeMode mode,
        BigDecimal floor,
        Set<String> appliesTo,
        ItemRule rule,
        List<RubricNode> children,
        NodeTerms terms) {

    public RubricNode {
        terms = terms == null ? NodeTerms.NONE : terms;
        mode = mode == null ? NodeMode.ADDITIVE : mode;
        appliesTo = appliesTo == null ? Set.of() : Set.copyOf(appliesTo);
        rule = rule == null ? ItemRule.MANUAL : rule;
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** A node that states nothing beyond its points, mode and applicability by type. */
    public RubricNode(
            String code,
            NodeLevel level,
            String number,
            String title,
            String text,
            BigDecimal points,
            String notes,
            NodeMode mode,
            BigDecimal floor,
            Set<String> appliesTo,
            ItemRule rule,
            List<RubricNode> children) {
        this(code, level, number, title, text, points, notes, mode, floor, appliesTo, rule, children, NodeTerms.NONE);
    }

    public static RubricNode item(String code, String number, String text, BigDecimal points) {
        return new RubricNode(code, NodeLevel.ITEM, number, null, text, points, null, null, null, null, null, null);
    }

    public static RubricNode branch(
            String code, NodeLevel level, String title, BigDecimal points, List<RubricNode> children) {
        return new RubricNode(code, level, null, title, null, points, null, null, null, null, null, children);
    }

    public boolean isItem() {
        return level == NodeLevel.ITEM;
    }

    /** Whether the node applies to units of this type; restrictions by tag or unit are not judged here. */
    public boolean appliesTo(String unitType) {
        return appliesTo.isEmpty() || appliesTo.contains(unitType);
    }

    /** Whether the node applies to this unit: by type, by one of its tags, and by its code, as far as each is stated. */
    public boolean appliesTo(String unitType, Set<String> unitTags, String unitCode) {
        return appliesTo(unitType)
                && (terms.appliesToTags().isEmpty()
                        || (unitTags != null && unitTags.stream().anyMatch(terms.appliesToTags()::contains)))
                && (terms.appliesToUnits().isEmpty() || terms.appliesToUnits().contains(unitCode));
    }

    /** Whether the node's applicability depends on more than the unit's type. */
    public boolean restrictedBeyondType() {
        return !terms.appliesToTags().isEmpty() || !terms.appliesToUnits().isEmpty();
    }

    /** Whether the node applies only to some units: by type, by tag or by unit code. */
    public boolean restricted() {
        return !appliesTo.isEmpty() || restrictedBeyondType();
    }

    /**
     * The block of this {@link NodeMode#VARIANT} node that a unit scores: the first child restricted to it (by type,
     * tag or code), else the first child without any restriction (the default block), else none.
     */
    public Optional<RubricNode> variantBlockFor(String unitType, Set<String> unitTags, String unitCode) {
        List<RubricNode> applying = children.stream()
                .filter(c -> c.appliesTo(unitType, unitTags, unitCode))
                .toList();
        return applying.stream()
                .filter(RubricNode::restricted)
                .findFirst()
                .or(() -> applying.stream().filter(c -> !c.restricted()).findFirst());
    }

    /**
     * Why this node refuses {@code score}, if it does: a score lies between 0 and the node's points and is
     * a multiple of the rubric's {@code step}. A missing score is not judged here.
     */
    public Optional<ScoreRefusal> scoreRefusal(BigDecimal score, BigDecimal step) {
        ScoreRefusal.Reason reason = null;
        if (score.signum() < 0) {
            reason = ScoreRefusal.Reason.NEGATIVE;
        } else if (score.compareTo(points) > 0) {
            reason = ScoreRefusal.Reason.ABOVE_POINTS;
        } else if (!PlainDecimal.within(score, PlainDecimal.Bounds.DEFAULT)
                || score.remainder(step).signum() != 0) {
            // a score like 1e-999999999 is off any step; its remainder would take minutes and the heap
            reason = ScoreRefusal.Reason.OFF_STEP;
        }
        return Optional.ofNullable(reason).map(r -> new ScoreRefusal(r, code, points, step));
    }

    /** Whether this node takes {@code score} (see {@link #scoreRefusal}). */
    public boolean acceptsScore(BigDecimal score, BigDecimal step) {
        return score != null && scoreRefusal(score, step).isEmpty();
    }

    /** Title for display: the name, or for an item its number and text. */
    public String label() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        return number == null ? text : number + "." + text;
    }

    /** This node and all below it, depth first in published order. */
    public Stream<RubricNode> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(RubricNode::flatten));
    }

    public RubricNode withChildren(List<RubricNode> newChildren) {
        return new RubricNode(
                code, level, number, title, text, points, notes, mode, floor, appliesTo, rule, newChildren, terms);
    }

    public RubricNode withTerms(NodeTerms newTerms) {
        return new RubricNode(
                code, level, number, title, text, points, notes, mode, floor, appliesTo, rule, children, newTerms);
    }

    public RubricNode withNotes(String newNotes) {
        return new RubricNode(
                code, level, number, title, text, points, newNotes, mode, floor, appliesTo, rule, children, terms);
    }
}
