package com.qinglian.rubric.web;

import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricMetadata;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RuleSet;
import com.qinglian.rubric.StoredRubric;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The JSON shape of a rubric: the YAML format's fields, plus its status. */
record RubricDocument(
        String code,
        String version,
        String title,
        String status,
        Instant publishedAt,
        RubricMetadata metadata,
        BigDecimal total,
        BigDecimal step,
        BigDecimal floor,
        String notes,
        List<Node> nodes,
        RuleSet negativeList,
        RuleSet bonus) {

    record Node(
            String code,
            String level,
            String number,
            String title,
            String text,
            BigDecimal points,
            String notes,
            String mode,
            BigDecimal floor,
            Set<String> appliesTo,
            ItemRuleJson rule,
            List<Node> children) {

        static Node of(RubricNode n) {
            return new Node(
                    n.code(),
                    n.level().key(),
                    n.number(),
                    n.title(),
                    n.text(),
                    n.points(),
                    n.notes(),
                    n.mode().key(),
                    n.floor(),
                    n.appliesTo(),
                    n.isItem() ? ItemRuleJson.of(n.rule()) : null,
                    n.children().stream().map(Node::of).toList());
        }
    }

    /** An item rule flattened to one shape; fields that the type does not use are null. */
    record ItemRuleJson(
            String type,
            BigDecimal perCase,
            BigDecimal cap,
            BigDecimal threshold,
            BigDecimal target,
            List<ItemRule.Tier> tiers) {

        static ItemRuleJson of(ItemRule rule) {
            if (rule instanceof ItemRule.Deduction d) {
                return new ItemRuleJson(rule.type(), d.perCase(), d.cap(), null, null, null);
            } else if (rule instanceof ItemRule.Threshold t) {
                return new ItemRuleJson(rule.type(), null, null, t.threshold(), null, null);
            } else if (rule instanceof ItemRule.Proportional p) {
                return new ItemRuleJson(rule.type(), null, null, null, p.target(), null);
            } else if (rule instanceof ItemRule.Tiered t) {
                return new ItemRuleJson(rule.type(), null, null, null, null, t.tiers());
            }
            return new ItemRuleJson(rule.type(), null, null, null, null, null);
        }
    }

    static RubricDocument of(StoredRubric stored) {
        Rubric r = stored.rubric();
        return new RubricDocument(
                r.code(),
                r.version(),
                r.title(),
                stored.status().name(),
                stored.publishedAt(),
                r.metadata(),
                r.total(),
                r.step(),
                r.floor(),
                r.notes(),
                r.nodes().stream().map(Node::of).toList(),
                r.negativeList(),
                r.bonus());
    }
}
