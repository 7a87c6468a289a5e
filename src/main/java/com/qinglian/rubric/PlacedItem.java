package com.qinglian.rubric;

import java.util.List;

/**
 * An item with the chain of nodes above it, top first: where it sits in the rubric.
 *
 * @param path the ancestors, top first; empty for an item at the top
 */
public record PlacedItem(RubricNode item, List<RubricNode> path) {

    public PlacedItem {
        path = List.copyOf(path);
    }

    /** The node directly above the item (its indicator), or the item itself at the top. */
    public RubricNode indicator() {
        return path.isEmpty() ? item : path.get(path.size() - 1);
    }

    /**
     * Whether the item gives its full points without an input (未发现问题的得满分): what the nearest node stating it
     * says, the item itself first, else the rubric. Deduction items lose nothing without a count anyway.
     */
    public boolean fullMarksByDefault(Rubric rubric) {
        Boolean own = item.terms().defaultFullMarks();
        for (int i = path.size() - 1; own == null && i >= 0; i--) {
            own = path.get(i).terms().defaultFullMarks();
        }
        return own != null ? own : rubric.terms().defaultFullMarks();
    }

    /** Whether the item is the node with this code or lies below it. */
    public boolean isUnder(String nodeCode) {
        return item.code().equals(nodeCode)
                || path.stream().anyMatch(n -> n.code().equals(nodeCode));
    }
}
