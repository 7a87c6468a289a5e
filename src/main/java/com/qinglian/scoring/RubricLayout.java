package com.qinglian.scoring;

import com.qinglian.rubric.NodeLevel;
import com.qinglian.rubric.NodeMode;
import com.qinglian.rubric.NodeTerms;
import com.qinglian.rubric.PrintedTotal;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricValidator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rubric's nodes numbered depth first in published order, so a unit's scores fit in plain arrays
 * shared by position instead of millions of small objects (see {@code docs/benchmarks.md}).
 */
final class RubricLayout {

    final RubricNode[] nodes;
    final String[] codes;
    final NodeLevel[] levels;
    /** The positions of each node's children. */
    final int[][] children;
    /** The position of each item among the rubric's items, -1 for other nodes. */
    final int[] itemPosition;
    /** The positions of the top-level nodes. */
    final int[] roots;
    /** Whether an item without an input gives its full points (the rubric's or the nearest node's statement). */
    final boolean[] fullByDefault;
    /** Whether an additive node whose printed points differ from its children's sum gives the sum (not capped). */
    final boolean[] scoreBySum;
    /** Whether the node has clauses, gates or a clamp: the rare nodes that need more than a sum. */
    final boolean[] hasTerms;
    /** Node positions by code, for gates that read another node's score. */
    final Map<String, Integer> positions;
    /** Whether the top level differs from the declared total and is capped at it. */
    final boolean topCapped;
    /** What a unit to which every node applies can score at most: what 折算 rescales to. */
    final BigDecimal fullPoints;

    RubricLayout(Rubric rubric) {
        List<RubricNode> flat = rubric.allNodes().toList();
        int size = flat.size();
        nodes = flat.toArray(new RubricNode[0]);
        codes = new String[size];
        levels = new NodeLevel[size];
        children = new int[size][];
        itemPosition = new int[size];
        List<Integer> rootList = new ArrayList<>();
        int[] next = {0};
        int items = 0;
        for (int i = 0; i < size; i++) {
            codes[i] = nodes[i].code();
            levels[i] = nodes[i].level();
            itemPosition[i] = nodes[i].isItem() ? items++ : -1;
        }
        for (RubricNode root : rubric.nodes()) {
            rootList.add(next[0]);
            place(root, next);
        }
        roots = rootList.stream().mapToInt(Integer::intValue).toArray();
        fullByDefault = new boolean[size];
        scoreBySum = new boolean[size];
        hasTerms = new boolean[size];
        positions = new HashMap<>(size * 2);
        PrintedTotal rubricChoice = rubric.terms().printedTotals();
        for (int i = 0; i < size; i++) {
            RubricNode node = nodes[i];
            positions.put(node.code(), i);
            NodeTerms terms = node.terms();
            hasTerms[i] = !terms.clauses().isEmpty() || !terms.gates().isEmpty() || terms.clamp() != null;
            PrintedTotal choice = terms.printedTotal() != null ? terms.printedTotal() : rubricChoice;
            scoreBySum[i] = !node.isItem()
                    && node.mode() == NodeMode.ADDITIVE
                    && choice == PrintedTotal.SUM
                    && RubricValidator.sum(node.children()).compareTo(node.points()) != 0;
        }
        for (int root : roots) {
            inheritFullMarks(root, rubric.terms().defaultFullMarks());
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int root : roots) {
            sum = sum.add(full(root));
        }
        topCapped = rubricChoice == PrintedTotal.CAP && sum.compareTo(rubric.total()) > 0;
        fullPoints = topCapped ? rubric.total() : sum;
    }

    private void inheritFullMarks(int position, boolean inherited) {
        Boolean stated = nodes[position].terms().defaultFullMarks();
        boolean own = stated != null ? stated : inherited;
        fullByDefault[position] = own;
        for (int child : children[position]) {
            inheritFullMarks(child, own);
        }
    }

    /** The most the node gives when everything below it applies. */
    private BigDecimal full(int position) {
        RubricNode node = nodes[position];
        if (node.isItem() || node.mode() != NodeMode.ADDITIVE) {
            return node.points();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int child : children[position]) {
            sum = sum.add(full(child));
        }
        return scoreBySum[position] ? sum : sum.min(node.points());
    }

    int size() {
        return nodes.length;
    }

    /** Records the children's positions of the node at next[0] and of everything below it, returning nothing but advancing next. */
    private void place(RubricNode node, int[] next) {
        int position = next[0]++;
        int[] positions = new int[node.children().size()];
        for (int c = 0; c < positions.length; c++) {
            positions[c] = next[0];
            place(node.children().get(c), next);
        }
        children[position] = positions;
    }
}
