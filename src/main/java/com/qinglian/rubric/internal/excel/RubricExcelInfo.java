package com.qinglian.rubric.internal.excel;

import static com.qinglian.rubric.internal.excel.RubricExcelText.plain;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.NodeLevel;
import com.qinglian.rubric.NodeMode;
import com.qinglian.rubric.Rounding;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricMetadata;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RuleSet;
import com.qinglian.shared.PlainDecimal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The key/value rows of the 体系信息 sheet: every field the published table has no place for, and the
 * exact wording wherever the table cell would not read back to it (e.g. an item text that itself starts with "2.").
 */
final class RubricExcelInfo {

    static final String NODE_PREFIX = "node.";
    static final String RULE_PREFIX = "rule.";

    /** Rubric-level keys, in the order they are written, with their Chinese explanation. */
    static final List<String[]> HEADER_KEYS = List.of(
            new String[] {"code", "体系代码"},
            new String[] {"version", "版本"},
            new String[] {"title", "标题"},
            new String[] {"total", "总分"},
            new String[] {"step", "计分步长"},
            new String[] {"floor", "总分下限(空为 0)"},
            new String[] {"notes", "备注"},
            new String[] {"publisher", "发布单位"},
            new String[] {"publishedOn", "发布日期"},
            new String[] {"locale", "语言"},
            new String[] {"source", "来源"},
            new String[] {"copyright", "版权"},
            new String[] {"negativeList.cap", "负面清单合计扣分上限"},
            new String[] {"bonus.cap", "加分项合计上限"});

    /** The labels of the rubric language's fields, rubric, node and rule alike. */
    static final Map<String, String> TERM_LABELS = Map.ofEntries(
            Map.entry("defaultFullMarks", "未录入的细则按满分计(true / false)"),
            Map.entry("printedTotals", "印刷分值与下级合计不符时:sum 按下级合计 / cap 以印刷分值为上限"),
            Map.entry("rescale", "折算(YAML 一行)"),
            Map.entry("facts", "记录的事实(YAML 一行)"),
            Map.entry("appliesToTags", "适用单位标签(逗号分隔)"),
            Map.entry("appliesToUnits", "适用单位代码(逗号分隔)"),
            Map.entry("printedTotal", "印刷分值与下级合计不符时:sum / cap"),
            Map.entry("clamp", "得分区间(YAML 一行)"),
            Map.entry("clauses", "本项扣(加)分条款(YAML 一行)"),
            Map.entry("gates", "限制条件(YAML 一行)"),
            Map.entry("range", "分值区间(YAML 一行)"),
            Map.entry("levels", "分级分值(YAML 一行)"),
            Map.entry("combine", "分级累计方式:highest 按最高级别 / sum 累计"),
            Map.entry("multipliers", "按单位类型的系数(YAML 一行)"));

    static final List<String> NODE_FIELDS = concat(
            List.of("mode", "floor", "appliesTo", "rule", "notes", "title", "text", "number"),
            RubricExcelTerms.NODE_FIELDS);
    static final List<String> RULE_FIELDS =
            concat(List.of("cap", "fixed", "title", "category"), RubricExcelTerms.RULE_FIELDS);

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    private RubricExcelInfo() {}

    record Entry(String key, String value, String label) {}

    static List<Entry> entries(Rubric rubric) {
        List<Entry> out = new ArrayList<>();
        RubricMetadata meta = rubric.metadata();
        List<String> values = java.util.Arrays.asList(
                rubric.code(),
                rubric.version(),
                rubric.title(),
                num(rubric.total()),
                num(rubric.step()),
                num(rubric.floor()),
                rubric.notes(),
                meta.publisher(),
                meta.publishedOn() == null ? null : meta.publishedOn().toString(),
                meta.locale(),
                meta.source(),
                meta.copyright(),
                num(rubric.negativeList().cap()),
                num(rubric.bonus().cap()));
        for (int i = 0; i < HEADER_KEYS.size(); i++) {
            if (values.get(i) != null) {
                out.add(new Entry(
                        HEADER_KEYS.get(i)[0], values.get(i), HEADER_KEYS.get(i)[1]));
            }
        }
        RubricExcelTerms.rubricValues(rubric.terms())
                .forEach((field, value) -> out.add(new Entry(field, value, TERM_LABELS.get(field))));
        rubric.allNodes().forEach(node -> nodeEntries(node, out));
        ruleEntries(rubric.negativeList(), true, out);
        ruleEntries(rubric.bonus(), false, out);
        return out;
    }

    private static void nodeEntries(RubricNode node, List<Entry> out) {
        String key = NODE_PREFIX + node.code() + ".";
        String who = "节点 " + node.code() + " ";
        if (node.mode() != NodeMode.ADDITIVE) {
            out.add(new Entry(key + "mode", node.mode().key(), who + "计分方式(additive 累加 / deduct 扣完为止 / variant 个性指标)"));
        }
        if (node.floor() != null) {
            out.add(new Entry(key + "floor", num(node.floor()), who + "最低得分"));
        }
        if (!node.appliesTo().isEmpty()) {
            out.add(new Entry(
                    key + "appliesTo",
                    String.join(",", node.appliesTo().stream().sorted().toList()),
                    who + "适用单位类型(逗号分隔)"));
        }
        RubricExcelTerms.nodeValues(node.terms())
                .forEach((field, value) -> out.add(new Entry(key + field, value, who + TERM_LABELS.get(field))));
        if (!(node.rule() instanceof ItemRule.Manual)) {
            out.add(new Entry(key + "rule", formatRule(node.rule()), who + "计分规则"));
        }
        if (node.isItem()) {
            // The table shows number, text and points in one cell; keep the exact wording wherever that cell reads back
            // differently.
            RubricExcelText.ParsedItem shown = RubricExcelText.parseSingleItem(RubricExcelText.itemCell(node));
            if (!Objects.equals(shown.number(), node.number())) {
                out.add(new Entry(key + "number", node.number() == null ? "" : node.number(), who + "编号(原文)"));
            }
            if (!Objects.equals(shown.text(), node.text())) {
                out.add(new Entry(key + "text", node.text() == null ? "" : node.text(), who + "内容与要求(原文)"));
            }
            if (node.title() != null) {
                out.add(new Entry(key + "title", node.title(), who + "名称"));
            }
            return;
        }
        // Notes of groups, dimensions and indicators: the 备注 column belongs to the items.
        if (node.notes() != null) {
            out.add(new Entry(key + "notes", node.notes(), who + "备注"));
        }
        if (!Objects.equals(shownTitle(node), node.title())) {
            out.add(new Entry(key + "title", node.title() == null ? "" : node.title(), who + "名称(原文)"));
        }
        if (node.text() != null) {
            out.add(new Entry(key + "text", node.text(), who + "内容与要求"));
        }
        if (node.number() != null) {
            out.add(new Entry(key + "number", node.number(), who + "编号"));
        }
    }

    /** The name the reader will take from the node's table cell. */
    static String shownTitle(RubricNode node) {
        if (node.level() == NodeLevel.INDICATOR) {
            return RubricExcelText.joinLines(node.title());
        }
        return RubricExcelText.parseLabel(RubricExcelText.labelCell(node.title(), node.points()))
                .text();
    }

    private static void ruleEntries(RuleSet set, boolean deduction, List<Entry> out) {
        for (CaseRule rule : set.rules()) {
            String key = RULE_PREFIX + rule.code() + ".";
            String who = "规则 " + rule.code() + " ";
            if (rule.cap() != null) {
                out.add(new Entry(key + "cap", num(rule.cap()), who + "合计上限"));
            }
            if (rule.perCase() != null && rule.fixed() != null) {
                out.add(new Entry(key + "fixed", num(rule.fixed()), who + "固定分值"));
            }
            RubricExcelTerms.ruleValues(rule)
                    .forEach((field, value) -> out.add(new Entry(key + field, value, who + TERM_LABELS.get(field))));
            RubricExcelText.ParsedRule shown = RubricExcelText.parseRule(RubricExcelText.ruleCell(rule, deduction));
            if (!Objects.equals(RubricExcelText.emptyToNull(shown.title()), rule.title())) {
                out.add(new Entry(key + "title", rule.title() == null ? "" : rule.title(), who + "名称(原文)"));
            }
            if (!Objects.equals(RubricExcelText.joinLines(rule.category()), rule.category())) {
                out.add(new Entry(key + "category", rule.category() == null ? "" : rule.category(), who + "类别(原文)"));
            }
        }
    }

    /**
     * "deduction perCase=0.5 cap=2", "threshold threshold=90", "proportional target=100 to=0.01 mode=halfUp",
     * "rate to=step mode=down zeroTarget=full", "tiered 90:3 80:2".
     */
    static String formatRule(ItemRule rule) {
        if (rule instanceof ItemRule.Deduction d) {
            return "deduction perCase=" + plain(d.perCase()) + (d.cap() == null ? "" : " cap=" + plain(d.cap()));
        } else if (rule instanceof ItemRule.Threshold t) {
            return "threshold threshold=" + plain(t.threshold());
        } else if (rule instanceof ItemRule.Proportional p) {
            return "proportional target=" + plain(p.target()) + formatRounding(p.rounding());
        } else if (rule instanceof ItemRule.Rate r) {
            return "rate" + formatRounding(r.rounding()) + (r.zeroTargetFull() ? " zeroTarget=full" : "");
        } else if (rule instanceof ItemRule.Tiered t) {
            StringBuilder out = new StringBuilder("tiered");
            t.tiers()
                    .forEach(tier -> out.append(' ')
                            .append(plain(tier.min()))
                            .append(':')
                            .append(plain(tier.points())));
            return out.toString();
        }
        return "manual";
    }

    private static String formatRounding(Rounding rounding) {
        if (rounding == null) {
            return "";
        }
        return " to=" + (rounding.to() == null ? "step" : plain(rounding.to())) + " mode=" + rounding.modeKey();
    }

    /** The inverse of {@link #formatRule}; throws {@link IllegalArgumentException} on anything else. */
    static ItemRule parseRule(String text) {
        String[] parts = text.strip().split("\\s+");
        java.util.Map<String, BigDecimal> args = new java.util.HashMap<>();
        java.util.Map<String, String> words = new java.util.HashMap<>();
        List<ItemRule.Tier> tiers = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("[=:]", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException(parts[i]);
            }
            if (WORD_ARGS.contains(kv[0]) && parts[i].contains("=")) {
                words.put(kv[0], kv[1]);
                continue;
            }
            // PlainDecimal.Refused is an IllegalArgumentException: an exponent is refused like any bad rule
            BigDecimal value = PlainDecimal.parse(kv[1]);
            if (parts[i].contains(":")) {
                tiers.add(new ItemRule.Tier(PlainDecimal.parse(kv[0]), value));
            } else {
                args.put(kv[0], value);
            }
        }
        ItemRule rule = switch (parts[0]) {
            case "manual" -> ItemRule.MANUAL;
            case "deduction" -> new ItemRule.Deduction(required(args, "perCase"), args.remove("cap"));
            case "threshold" -> new ItemRule.Threshold(required(args, "threshold"));
            case "proportional" -> new ItemRule.Proportional(required(args, "target"), rounding(words));
            case "rate" -> new ItemRule.Rate(rounding(words), zeroTargetFull(words.remove("zeroTarget")));
            case "tiered" -> new ItemRule.Tiered(tiers);
            default -> throw new IllegalArgumentException(parts[0]);
        };
        if (!words.isEmpty()) {
            throw new IllegalArgumentException(text);
        }
        if (!args.isEmpty() || (!tiers.isEmpty() && !(rule instanceof ItemRule.Tiered))) {
            throw new IllegalArgumentException(text);
        }
        return rule;
    }

    private static final java.util.Set<String> WORD_ARGS = java.util.Set.of("to", "mode", "zeroTarget");

    /** to=0.01|step and mode=down|halfUp|up, taken from {@code words}; null when neither is there. */
    private static Rounding rounding(java.util.Map<String, String> words) {
        String to = words.remove("to");
        String mode = words.remove("mode");
        if (to == null && mode == null) {
            return null;
        }
        RoundingMode direction = mode == null ? RoundingMode.DOWN : Rounding.modeOf(mode);
        if (direction == null) {
            throw new IllegalArgumentException(mode);
        }
        return new Rounding(to == null || to.equals("step") ? null : PlainDecimal.parse(to), direction);
    }

    private static boolean zeroTargetFull(String word) {
        if (word == null || word.equals("zero")) {
            return false;
        }
        if (word.equals("full")) {
            return true;
        }
        throw new IllegalArgumentException(word);
    }

    private static BigDecimal required(java.util.Map<String, BigDecimal> args, String key) {
        BigDecimal value = args.remove(key);
        if (value == null) {
            throw new IllegalArgumentException(key);
        }
        return value;
    }

    private static String num(BigDecimal value) {
        return value == null ? null : plain(value);
    }
}
