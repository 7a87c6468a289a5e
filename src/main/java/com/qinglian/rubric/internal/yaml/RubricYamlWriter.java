package com.qinglian.rubric.internal.yaml;

import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.NodeMode;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricMetadata;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricYaml;
import com.qinglian.rubric.RuleSet;
import com.qinglian.shared.SafeYaml;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Writes the canonical rubric YAML: fixed key order, numbers without trailing zeros, defaults left out. */
public final class RubricYamlWriter {

    private RubricYamlWriter() {}

    public static String write(Rubric rubric) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", RubricYaml.FORMAT);
        out.put("code", rubric.code());
        out.put("version", rubric.version());
        out.put("title", rubric.title());
        RubricMetadata meta = rubric.metadata();
        putIf(out, "publisher", meta.publisher());
        putIf(
                out,
                "publishedOn",
                meta.publishedOn() == null ? null : meta.publishedOn().toString());
        putIf(out, "locale", meta.locale());
        putIf(out, "source", meta.source());
        putIf(out, "copyright", meta.copyright());
        out.put("total", num(rubric.total()));
        out.put("step", num(rubric.step()));
        putIf(out, "floor", num(rubric.floor()));
        putIf(out, "notes", rubric.notes());
        RubricTermsYamlWriter.putRubricTerms(out, rubric.terms());
        out.put(
                "nodes",
                rubric.nodes().stream().map(RubricYamlWriter::writeNode).toList());
        putIf(out, "negativeList", writeRules(rubric.negativeList()));
        putIf(out, "bonus", writeRules(rubric.bonus()));
        return yaml().dump(out);
    }

    private static Map<String, Object> writeNode(RubricNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", node.code());
        out.put("level", node.level().key());
        putIf(out, "number", node.number());
        putIf(out, "title", node.title());
        putIf(out, "text", node.text());
        out.put("points", num(node.points()));
        if (node.mode() != NodeMode.ADDITIVE) {
            out.put("mode", node.mode().key());
        }
        putIf(out, "floor", num(node.floor()));
        if (!node.appliesTo().isEmpty()) {
            out.put("appliesTo", node.appliesTo().stream().sorted().toList());
        }
        RubricTermsYamlWriter.putNodeHead(out, node.terms());
        if (!(node.rule() instanceof ItemRule.Manual)) {
            out.put("rule", writeItemRule(node.rule()));
        }
        putIf(out, "notes", node.notes());
        RubricTermsYamlWriter.putNodeTail(out, node.terms());
        if (!node.children().isEmpty()) {
            out.put(
                    "children",
                    node.children().stream().map(RubricYamlWriter::writeNode).toList());
        }
        return out;
    }

    private static Map<String, Object> writeItemRule(ItemRule rule) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", rule.type());
        if (rule instanceof ItemRule.Deduction d) {
            out.put("perCase", num(d.perCase()));
            putIf(out, "cap", num(d.cap()));
        } else if (rule instanceof ItemRule.Threshold t) {
            out.put("threshold", num(t.threshold()));
        } else if (rule instanceof ItemRule.Proportional p) {
            out.put("target", num(p.target()));
            putIf(out, "rounding", RubricTermsYamlWriter.rounding(p.rounding()));
        } else if (rule instanceof ItemRule.Rate r) {
            putIf(out, "rounding", RubricTermsYamlWriter.rounding(r.rounding()));
            if (r.zeroTargetFull()) {
                out.put("zeroTarget", "full");
            }
        } else if (rule instanceof ItemRule.Tiered t) {
            out.put(
                    "tiers",
                    t.tiers().stream()
                            .map(tier -> {
                                Map<String, Object> m = new LinkedHashMap<>();
                                m.put("min", num(tier.min()));
                                m.put("points", num(tier.points()));
                                return m;
                            })
                            .toList());
        }
        return out;
    }

    private static Map<String, Object> writeRules(RuleSet set) {
        if (set.isEmpty() && set.cap() == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        putIf(out, "cap", num(set.cap()));
        out.put(
                "rules",
                set.rules().stream().map(RubricTermsYamlWriter::caseRule).toList());
        return out;
    }

    private static void putIf(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }

    private static String num(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static Yaml yaml() {
        DumperOptions dumping = new DumperOptions();
        dumping.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dumping.setAllowUnicode(true);
        dumping.setIndent(2);
        dumping.setIndicatorIndent(0);
        dumping.setWidth(200);
        return SafeYaml.writer(dumping);
    }
}
