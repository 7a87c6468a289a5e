package com.qinglian.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A versioned evaluation rubric (评价体系): a tree of scored nodes, the negative list and bonuses,
 * and the total the top-level nodes must add up to. Immutable; a published rubric is never changed,
 * a new version is made instead.
 *
 * @param code stable id shared by all versions (e.g. {@code ouhai-clean-agency})
 * @param version the version label (e.g. {@code 2021})
 * @param title the published title
 * @param metadata publisher, publication date, locale, source, copyright
 * @param total the declared total (e.g. 100)
 * @param step the scoring step: every points value and every manual score is a multiple of it
 * @param floor the lowest total after deductions; null means 0
 * @param notes remarks on the rubric as a whole
 * @param nodes the top-level nodes in published order
 * @param negativeList per-case deductions applied after the sum (负面清单)
 * @param bonus per-case or fixed bonus points (加分项)
 * @param terms default full marks, the printed-total choice, rescaling (折算) and the facts recorded per unit
 */
public record Rubric(
        String code,
        String version,
        String title,
        RubricMetadata metadata,
        BigDecimal total,
        BigDecimal step,
        BigDecimal floor,
        String notes,
        List<RubricNode> nodes,
        RuleSet negativeList,
        RuleSet bonus,
        RubricTerms terms) {

    public static final BigDecimal DEFAULT_STEP = new BigDecimal("0.5");

    public Rubric {
        metadata = metadata == null ? RubricMetadata.NONE : metadata;
        step = step == null ? DEFAULT_STEP : step;
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        negativeList = negativeList == null ? RuleSet.EMPTY : negativeList;
        bonus = bonus == null ? RuleSet.EMPTY : bonus;
        terms = terms == null ? RubricTerms.NONE : terms;
    }

    /** A rubric that states nothing beyond its tree and case lists. */
    public Rubric(
            String code,
            String version,
            String title,
            RubricMetadata metadata,
            BigDecimal total,
            BigDecimal step,
            BigDecimal floor,
            String notes,
            List<RubricNode> nodes,
            RuleSet negativeList,
            RuleSet bonus) {
        this(code, version, title, metadata, total, step, floor, notes, nodes, negativeList, bonus, RubricTerms.NONE);
    }

    /** The clause with this code and the node it is printed in, if any. */
    public Optional<Map.Entry<RubricNode, NodeClause>> clause(String clauseCode) {
        return allNodes()
                .flatMap(n -> n.terms().clauses().stream()
                        .filter(c -> c.rule().code().equals(clauseCode))
                        .map(c -> Map.entry(n, c)))
                .findFirst();
    }

    /** The case rule with this code: of the negative list, the bonus, or a node's clause. */
    public Optional<CaseRule> caseRule(String ruleCode) {
        return negativeList
                .rule(ruleCode)
                .or(() -> bonus.rule(ruleCode))
                .or(() -> clause(ruleCode).map(e -> e.getValue().rule()));
    }

    /** Every node, depth first in published order. */
    public Stream<RubricNode> allNodes() {
        return nodes.stream().flatMap(RubricNode::flatten);
    }

    public List<RubricNode> items() {
        return allNodes().filter(RubricNode::isItem).toList();
    }

    public Optional<RubricNode> node(String nodeCode) {
        return allNodes().filter(n -> n.code().equals(nodeCode)).findFirst();
    }

    /** Nodes by code; codes are unique in a valid rubric. */
    public Map<String, RubricNode> nodesByCode() {
        return allNodes().collect(Collectors.toMap(RubricNode::code, Function.identity(), (a, b) -> a));
    }

    /** Every item with the nodes above it, in published order. */
    public List<PlacedItem> placedItems() {
        return itemsFor(null);
    }

    /**
     * The items that apply to a unit of this type, with the nodes above them, in published order: an item
     * applies when it and every node above it apply to the type. A null type takes every item.
     */
    public List<PlacedItem> itemsFor(String unitType) {
        List<PlacedItem> out = new ArrayList<>();
        nodes.forEach(
                top -> collect(top, new ArrayList<>(), unitType == null ? null : n -> n.appliesTo(unitType), out));
        return out;
    }

    /**
     * The items that apply to this unit, judged by its type, its tags and its code (a node restricted to tags or
     * to units applies only when the unit matches), with the nodes above them, in published order.
     */
    public List<PlacedItem> itemsFor(String unitType, Set<String> unitTags, String unitCode) {
        List<PlacedItem> out = new ArrayList<>();
        nodes.forEach(top -> collect(top, new ArrayList<>(), n -> n.appliesTo(unitType, unitTags, unitCode), out));
        return out;
    }

    private static void collect(
            RubricNode node, List<RubricNode> path, Predicate<RubricNode> applies, List<PlacedItem> out) {
        if (applies != null && !applies.test(node)) {
            return;
        }
        if (node.isItem()) {
            out.add(new PlacedItem(node, path));
            return;
        }
        path.add(node);
        node.children().forEach(child -> collect(child, path, applies, out));
        path.remove(path.size() - 1);
    }

    /** The same rubric stating other terms. */
    public Rubric withTerms(RubricTerms newTerms) {
        return new Rubric(
                code, version, title, metadata, total, step, floor, notes, nodes, negativeList, bonus, newTerms);
    }

    /**
     * The same rubric with {@code printedTotals: sum} declared when a printed figure differs from what it adds up and
     * nothing is declared: what importers of published tables do, so that the printed figure is kept as printed and
     * the difference is a warning for the organiser instead of a refusal.
     */
    public Rubric withPrintedTotalsDeclared() {
        if (terms.printedTotals() != null || !RubricValidator.hasPrintedTotalMismatch(this)) {
            return this;
        }
        return withTerms(new RubricTerms(terms.defaultFullMarks(), PrintedTotal.SUM, terms.rescale(), terms.facts()));
    }

    public String label() {
        return title + " (" + version + ")";
    }
}
