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

    /** Whether the item is the node with this code or lies below it. */
    public boolean isUnder(String nodeCode) {
        return item.code().equals(nodeCode)
                || path.stream().anyMatch(n -> n.code().equals(nodeCode));
    }
}
