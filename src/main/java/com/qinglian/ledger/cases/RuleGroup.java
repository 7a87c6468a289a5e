package com.qinglian.ledger.cases;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.NodeClause;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules a case may name, under one heading of the case form: the negative list, the bonus, or one node whose
 * printed clauses they are ("每迟报一次扣0.5分" under its indicator).
 *
 * @param kind which list the rules come from
 * @param node the node whose clauses these are; null for the negative list and the bonus
 */
public record RuleGroup(Kind kind, RubricNode node, List<CaseRule> rules) {

    public RuleGroup {
        rules = List.copyOf(rules);
    }

    public enum Kind {
        NEGATIVE_LIST,
        BONUS,
        CLAUSES
    }

    /** The heading's words for a clause group: the node's number and label; null for the other groups. */
    public String nodeLabel() {
        if (node == null) {
            return null;
        }
        String label = node.label();
        return node.number() == null || label.startsWith(node.number()) ? label : node.number() + " " + label;
    }

    /** The rubric's groups in published order, empty ones left out. */
    static List<RuleGroup> of(Rubric rubric) {
        List<RuleGroup> groups = new ArrayList<>();
        groups.add(new RuleGroup(Kind.NEGATIVE_LIST, null, rubric.negativeList().rules()));
        groups.add(new RuleGroup(Kind.BONUS, null, rubric.bonus().rules()));
        rubric.allNodes()
                .filter(n -> !n.terms().clauses().isEmpty())
                .forEach(n -> groups.add(new RuleGroup(
                        Kind.CLAUSES,
                        n,
                        n.terms().clauses().stream().map(NodeClause::rule).toList())));
        return groups.stream().filter(g -> !g.rules().isEmpty()).toList();
    }
}
