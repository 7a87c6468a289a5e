package com.qinglian.rubric.internal.text;

import static com.qinglian.rubric.RubricDoubt.Kind.ITEM_WITHOUT_POINTS;
import static com.qinglian.rubric.RubricDoubt.Kind.LEFT_OUT;
import static com.qinglian.rubric.RubricDoubt.Kind.TOTAL_MISMATCH;
import static com.qinglian.rubric.RubricDoubt.Kind.TYPO;
import static com.qinglian.rubric.RubricDoubt.Kind.UNNUMBERED_ITEM;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.LineRange;
import com.qinglian.rubric.NodeLevel;
import com.qinglian.rubric.NodeMode;
import com.qinglian.rubric.RubricInvalidException;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the tree a {@link TreeBuilder} read into rubric nodes: decides each heading's level from what it holds,
 * gives codes in the published numbering (A, A1, A1.1, A1.1.1), and lists the doubts about totals, points,
 * unnumbered items and typos. Declared totals are kept as printed, never replaced by the sum.
 */
final class DraftAssembler {

    final List<PendingDoubt> doubts = new ArrayList<>();
    final Map<String, LineRange> sources = new LinkedHashMap<>();

    List<RubricNode> nodes(List<DraftNode> roots) {
        List<DraftNode> kept = dropEmpty(roots);
        if (kept.stream().noneMatch(DraftAssembler::holdsAnyItem)) {
            throw new RubricInvalidException(RubricProblem.of("", "rubric.error.text.noStructure"));
        }
        if (kept.stream().flatMap(DraftAssembler::flatten).noneMatch(n -> n.declared() != null || n.perCase != null)) {
            throw new RubricInvalidException(RubricProblem.of("", "rubric.error.text.noPoints"));
        }
        List<RubricNode> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            DraftNode root = kept.get(i);
            root.code = letters(i);
            out.add(build(root, 0));
        }
        return out;
    }

    List<CaseRule> rules(List<DraftRule> rules, boolean deduction) {
        List<CaseRule> out = new ArrayList<>();
        for (DraftRule rule : rules) {
            if (rule.deduction == deduction) {
                rule.code = (deduction ? "NEG" : "BONUS") + (out.size() + 1);
                sources.put(rule.code, rule.lines);
                out.add(rule.build());
            }
        }
        return out;
    }

    private RubricNode build(DraftNode node, int depth) {
        sources.put(node.code, node.lines);
        typos(node);
        if (node.isItem()) {
            return item(node);
        }
        List<RubricNode> children = new ArrayList<>();
        List<DraftNode> kept = dropEmpty(node.children);
        NodeLevel level = level(node, kept, depth);
        for (int i = 0; i < kept.size(); i++) {
            DraftNode child = kept.get(i);
            child.code = node.code + (level == NodeLevel.GROUP ? "" : ".") + (i + 1);
            children.add(build(child, depth + 1));
        }
        boolean deduct = level == NodeLevel.INDICATOR
                && (node.deduct || kept.stream().allMatch(c -> c.points == null && c.perCase != null));
        if (level == NodeLevel.INDICATOR && kept.stream().anyMatch(c -> c.number == null)) {
            kept.stream()
                    .filter(c -> c.number == null)
                    .forEach(c -> doubts.add(PendingDoubt.onNode(UNNUMBERED_ITEM, c, c.lines)));
        }
        BigDecimal points = node.effectivePoints();
        if (node.points != null && node.statedTotal != null && node.points.compareTo(node.statedTotal) != 0) {
            doubts.add(
                    PendingDoubt.onNode(TOTAL_MISMATCH, node, node.lines, plain(node.points), plain(node.statedTotal)));
        } else if (!deduct && node.declared() != null && node.declared().compareTo(node.childSum()) != 0) {
            doubts.add(PendingDoubt.onNode(
                    TOTAL_MISMATCH, node, node.lines, plain(node.declared()), plain(node.childSum())));
        }
        return new RubricNode(
                node.code,
                level,
                node.number,
                node.name,
                null,
                points,
                node.notes,
                deduct ? NodeMode.DEDUCT : NodeMode.ADDITIVE,
                null,
                null,
                null,
                children);
    }

    private RubricNode item(DraftNode node) {
        BigDecimal points = node.points;
        ItemRule rule = null;
        if (points == null && node.perCase != null) {
            points = BigDecimal.ZERO;
            rule = new ItemRule.Deduction(node.perCase, null);
        } else if (points == null) {
            doubts.add(PendingDoubt.onNode(ITEM_WITHOUT_POINTS, node, node.lines));
            points = BigDecimal.ZERO;
        }
        String text = node.text.toString().strip();
        return new RubricNode(
                node.code,
                NodeLevel.ITEM,
                node.number,
                null,
                text.isEmpty() ? null : text,
                points,
                node.notes,
                null,
                null,
                null,
                rule,
                null);
    }

    private static NodeLevel level(DraftNode node, List<DraftNode> kept, int depth) {
        if (node.kind == DraftNode.Kind.INDICATOR || kept.stream().anyMatch(DraftNode::isItem)) {
            return NodeLevel.INDICATOR;
        }
        if (depth == 0) {
            return NodeLevel.GROUP;
        }
        if (depth == 1) {
            return NodeLevel.DIMENSION;
        }
        throw new RubricInvalidException(
                RubricProblem.of("", "rubric.error.text.tooDeep", node.name, node.lines.label()));
    }

    private List<DraftNode> dropEmpty(List<DraftNode> nodes) {
        List<DraftNode> kept = new ArrayList<>();
        for (DraftNode node : nodes) {
            if (node.isItem() || holdsAnyItem(node)) {
                kept.add(node);
            } else {
                doubts.add(PendingDoubt.onText(LEFT_OUT, node.lines, node.label() == null ? "" : node.label()));
            }
        }
        return kept;
    }

    private void typos(DraftNode node) {
        String words = node.isItem() ? node.text.toString() : node.name;
        for (Typos.Typo typo : Typos.find(words).stream().distinct().toList()) {
            doubts.add(PendingDoubt.onNode(TYPO, node, node.lines, typo.word(), typo.likely()));
        }
    }

    private static java.util.stream.Stream<DraftNode> flatten(DraftNode node) {
        return java.util.stream.Stream.concat(
                java.util.stream.Stream.of(node), node.children.stream().flatMap(DraftAssembler::flatten));
    }

    private static boolean holdsAnyItem(DraftNode node) {
        return node.isItem() || node.children.stream().anyMatch(DraftAssembler::holdsAnyItem);
    }

    private static String plain(BigDecimal value) {
        return Marks.plainPoints(value);
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    private static String letters(int index) {
        StringBuilder out = new StringBuilder();
        for (int n = index; n >= 0; n = n / 26 - 1) {
            out.insert(0, (char) ('A' + n % 26));
        }
        return out.toString();
    }
}
