package com.qinglian.assessment;

import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The items a unit answers in its self-assessment: those that apply to its type (with every node
 * above them) and are not under a node that only the organisers score.
 */
public final class ApplicableItems {

    private ApplicableItems() {}

    /** An item with the chain of nodes above it, top first. */
    public record Entry(RubricNode item, List<RubricNode> path) {
        public RubricNode indicator() {
            return path.isEmpty() ? item : path.get(path.size() - 1);
        }
    }

    public static List<Entry> forUnit(Rubric rubric, String unitType, List<String> organiserNodes) {
        List<Entry> out = new ArrayList<>();
        for (RubricNode top : rubric.nodes()) {
            walk(top, new ArrayList<>(), unitType, organiserNodes, out);
        }
        return out;
    }

    private static void walk(
            RubricNode node, List<RubricNode> path, String unitType, List<String> organiserNodes, List<Entry> out) {
        if (!node.appliesTo(unitType) || organiserNodes.contains(node.code())) {
            return;
        }
        if (node.isItem()) {
            out.add(new Entry(node, List.copyOf(path)));
            return;
        }
        path.add(node);
        node.children().forEach(child -> walk(child, path, unitType, organiserNodes, out));
        path.remove(path.size() - 1);
    }
}
