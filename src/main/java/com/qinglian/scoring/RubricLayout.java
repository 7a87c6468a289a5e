package com.qinglian.scoring;

import com.qinglian.rubric.NodeLevel;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import java.util.ArrayList;
import java.util.List;

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
