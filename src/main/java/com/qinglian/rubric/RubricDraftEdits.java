package com.qinglian.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The changes an organiser makes to a draft before publishing it: a node's words and points, a rule's points, the
 * tree's structure (a node deleted or moved among its siblings), the draft's name.
 */
public final class RubricDraftEdits {

    private RubricDraftEdits() {}

    /**
     * The rubric with one node's words (an item's text, another node's title) and points replaced.
     *
     * @throws IllegalArgumentException when there is no such node
     */
    public static Rubric editNode(Rubric rubric, String code, String words, BigDecimal points) {
        if (rubric.node(code).isEmpty()) {
            throw new IllegalArgumentException("no node " + code);
        }
        List<RubricNode> nodes =
                rubric.nodes().stream().map(n -> edit(n, code, words, points)).toList();
        return withNodes(rubric, nodes);
    }

    /**
     * The rubric with one node's applicability (unit types, tags, unit codes; empty means any) and mode replaced;
     * every other field and term of the node is kept. Whether the result is a valid rubric is the validator's to say.
     *
     * @throws IllegalArgumentException when there is no such node
     */
    public static Rubric editScope(
            Rubric rubric, String code, Set<String> types, Set<String> tags, Set<String> units, NodeMode mode) {
        if (rubric.node(code).isEmpty()) {
            throw new IllegalArgumentException("no node " + code);
        }
        return withNodes(rubric, scoped(rubric.nodes(), code, types, tags, units, mode));
    }

    private static List<RubricNode> scoped(
            List<RubricNode> nodes,
            String code,
            Set<String> types,
            Set<String> tags,
            Set<String> units,
            NodeMode mode) {
        return nodes.stream()
                .map(n -> {
                    if (!n.code().equals(code)) {
                        return n.children().isEmpty()
                                ? n
                                : n.withChildren(scoped(n.children(), code, types, tags, units, mode));
                    }
                    NodeTerms t = n.terms();
                    NodeTerms terms = new NodeTerms(
                            t.clauses(), t.gates(), t.clamp(), t.printedTotal(), t.defaultFullMarks(), tags, units);
                    return new RubricNode(
                                    n.code(),
                                    n.level(),
                                    n.number(),
                                    n.title(),
                                    n.text(),
                                    n.points(),
                                    n.notes(),
                                    mode,
                                    n.floor(),
                                    types,
                                    n.rule(),
                                    n.children(),
                                    n.terms())
                            .withTerms(terms);
                })
                .toList();
    }

    /**
     * The rubric with one negative-list or bonus rule's points replaced: per case or fixed (exactly one), and its cap.
     *
     * @throws IllegalArgumentException when there is no such rule
     */
    public static Rubric editRule(Rubric rubric, String code, BigDecimal perCase, BigDecimal fixed, BigDecimal cap) {
        boolean negative = rubric.negativeList().rule(code).isPresent();
        if (!negative && rubric.bonus().rule(code).isEmpty()) {
            throw new IllegalArgumentException("no rule " + code);
        }
        RuleSet set = negative ? rubric.negativeList() : rubric.bonus();
        List<CaseRule> rules = new ArrayList<>();
        for (CaseRule r : set.rules()) {
            rules.add(r.code().equals(code) ? r.withAmounts(perCase, fixed, cap) : r);
        }
        RuleSet edited = new RuleSet(rules, set.cap());
        return new Rubric(
                rubric.code(),
                rubric.version(),
                rubric.title(),
                rubric.metadata(),
                rubric.total(),
                rubric.step(),
                rubric.floor(),
                rubric.notes(),
                rubric.nodes(),
                negative ? edited : rubric.negativeList(),
                negative ? rubric.bonus() : edited,
                rubric.terms());
    }

    /**
     * The rubric without one node and everything under it.
     *
     * @throws IllegalArgumentException when there is no such node
     */
    public static Rubric deleteNode(Rubric rubric, String code) {
        if (rubric.node(code).isEmpty()) {
            throw new IllegalArgumentException("no node " + code);
        }
        return withNodes(rubric, without(rubric.nodes(), code));
    }

    /**
     * The rubric with one node moved one place up ({@code -1}) or down ({@code +1}) among its siblings; the same
     * rubric when it is first or last already.
     *
     * @throws IllegalArgumentException when there is no such node
     */
    public static Rubric moveNode(Rubric rubric, String code, int step) {
        if (rubric.node(code).isEmpty()) {
            throw new IllegalArgumentException("no node " + code);
        }
        return withNodes(rubric, moved(rubric.nodes(), code, step));
    }

    private static List<RubricNode> without(List<RubricNode> nodes, String code) {
        return nodes.stream()
                .filter(n -> !n.code().equals(code))
                .map(n -> n.children().isEmpty() ? n : n.withChildren(without(n.children(), code)))
                .toList();
    }

    private static List<RubricNode> moved(List<RubricNode> nodes, String code, int step) {
        List<RubricNode> out = new ArrayList<>(nodes);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).code().equals(code)) {
                int j = i + Integer.signum(step);
                if (j >= 0 && j < out.size()) {
                    out.set(i, out.get(j));
                    out.set(j, nodes.get(i));
                }
                return out;
            }
        }
        return out.stream()
                .map(n -> n.children().isEmpty() ? n : n.withChildren(moved(n.children(), code, step)))
                .toList();
    }

    /** The rubric under another code and version (a draft read from text is called {@code imported} until named). */
    public static Rubric rename(Rubric rubric, String code, String version, String title) {
        return new Rubric(
                code,
                version,
                title,
                rubric.metadata(),
                rubric.total(),
                rubric.step(),
                rubric.floor(),
                rubric.notes(),
                rubric.nodes(),
                rubric.negativeList(),
                rubric.bonus(),
                rubric.terms());
    }

    private static Rubric withNodes(Rubric rubric, List<RubricNode> nodes) {
        return new Rubric(
                rubric.code(),
                rubric.version(),
                rubric.title(),
                rubric.metadata(),
                RubricValidator.sum(nodes),
                rubric.step(),
                rubric.floor(),
                rubric.notes(),
                nodes,
                rubric.negativeList(),
                rubric.bonus(),
                rubric.terms());
    }

    private static RubricNode edit(RubricNode node, String code, String words, BigDecimal points) {
        if (node.code().equals(code)) {
            String title = node.isItem() ? node.title() : words;
            String text = node.isItem() ? words : node.text();
            return new RubricNode(
                    node.code(),
                    node.level(),
                    node.number(),
                    title,
                    text,
                    points,
                    node.notes(),
                    node.mode(),
                    node.floor(),
                    node.appliesTo(),
                    node.rule(),
                    node.children(),
                    node.terms());
        }
        if (node.children().isEmpty()) {
            return node;
        }
        return node.withChildren(
                node.children().stream().map(c -> edit(c, code, words, points)).toList());
    }
}
