package com.qinglian.rubric.web;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.web.RubricTermWords.Line;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rubric page says in words beyond the published table: the rubric's own terms, each node's lines (items
 * show theirs in the table, other nodes in a list above it, in published order) and the amounts of case rules with a
 * range, levels or multipliers.
 *
 * @param rubric the lines of the rubric as a whole
 * @param nodes each node's lines by code; nodes without any are absent
 * @param branches the nodes other than items that have lines, in published order
 * @param rules the amounts of negative-list and bonus rules in words by code, where they are more than a figure
 */
record RubricTermsView(
        List<Line> rubric, Map<String, List<Line>> nodes, List<RubricNode> branches, Map<String, String> rules) {

    static RubricTermsView of(Rubric rubric, RubricTermWords words) {
        Map<String, List<Line>> nodes = new HashMap<>();
        List<RubricNode> branches = new ArrayList<>();
        rubric.nodes().forEach(top -> collect(top, null, words, nodes, branches));
        Map<String, String> rules = new HashMap<>();
        rubric.negativeList().rules().forEach(r -> put(rules, r, words.ofCaseRule(r, false)));
        rubric.bonus().rules().forEach(r -> put(rules, r, words.ofCaseRule(r, true)));
        return new RubricTermsView(words.ofRubric(), nodes, branches, rules);
    }

    /** Whether there is anything to say beyond the table. */
    public boolean hasTerms() {
        return !rubric.isEmpty() || !branches.isEmpty();
    }

    public List<Line> of(String nodeCode) {
        return nodes.getOrDefault(nodeCode, List.of());
    }

    private static void put(Map<String, String> rules, CaseRule rule, String words) {
        if (words != null) {
            rules.put(rule.code(), words);
        }
    }

    private static void collect(
            RubricNode node,
            RubricNode parent,
            RubricTermWords words,
            Map<String, List<Line>> nodes,
            List<RubricNode> branches) {
        List<Line> lines = words.ofNode(node, parent);
        if (!lines.isEmpty()) {
            nodes.put(node.code(), lines);
            if (!node.isItem()) {
                branches.add(node);
            }
        }
        node.children().forEach(child -> collect(child, node, words, nodes, branches));
    }
}
