package com.qinglian.rubric;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads and writes the rubric YAML format ({@code docs/rubric-format.md}). Reading is defensive:
 * a size cap, no duplicate keys, no aliases worth a bomb, no object tags, no octal surprises
 * (every scalar but {@code null} is read as text and converted here), unknown fields refused.
 */
public final class RubricYaml {

    public static final String FORMAT = "qinglian-rubric/1";
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private RubricYaml() {}

    /** Parses a rubric file; throws {@link RubricInvalidException} naming every field that is wrong. Does not validate sums. */
    public static Rubric read(byte[] content) {
        if (content.length == 0) {
            throw new RubricInvalidException(RubricProblem.of("", "rubric.error.emptyFile"));
        }
        if (content.length > MAX_BYTES) {
            throw new RubricInvalidException(
                    RubricProblem.of("", "rubric.error.fileTooLarge", MAX_BYTES / 1024 / 1024));
        }
        Object document;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            document = yaml().load(reader);
        } catch (YAMLException | java.io.IOException e) {
            throw new RubricInvalidException(
                    RubricProblem.of("", "rubric.error.yamlSyntax", firstLine(e.getMessage())));
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new RubricInvalidException(RubricProblem.of("", "rubric.error.notARubric"));
        }
        YamlFields root = new YamlFields(map, "", new ArrayList<>());
        Rubric rubric = readRubric(root);
        if (!root.problems.isEmpty()) {
            throw new RubricInvalidException(root.problems);
        }
        return rubric;
    }

    public static String write(Rubric rubric) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", FORMAT);
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
        out.put("nodes", rubric.nodes().stream().map(RubricYaml::writeNode).toList());
        putIf(out, "negativeList", writeRules(rubric.negativeList()));
        putIf(out, "bonus", writeRules(rubric.bonus()));
        return yaml().dump(out);
    }

    private static Rubric readRubric(YamlFields f) {
        f.allow(
                "format",
                "code",
                "version",
                "title",
                "publisher",
                "publishedOn",
                "locale",
                "source",
                "copyright",
                "total",
                "step",
                "floor",
                "notes",
                "nodes",
                "negativeList",
                "bonus");
        String format = f.text("format", true);
        if (format != null && !FORMAT.equals(format)) {
            f.problem("format", "rubric.error.badFormat", format, FORMAT);
        }
        RubricMetadata meta = new RubricMetadata(
                f.text("publisher", false),
                f.date("publishedOn"),
                f.text("locale", false),
                f.text("source", false),
                f.text("copyright", false));
        List<RubricNode> nodes = new ArrayList<>();
        List<YamlFields> nodeFields = f.list("nodes", true);
        for (YamlFields n : nodeFields) {
            nodes.add(readNode(n));
        }
        return new Rubric(
                f.text("code", true),
                f.text("version", true),
                f.text("title", true),
                meta,
                f.number("total", true),
                f.number("step", false),
                f.number("floor", false),
                f.text("notes", false),
                nodes,
                readRules(f.object("negativeList")),
                readRules(f.object("bonus")));
    }

    private static RubricNode readNode(YamlFields f) {
        String code = f.text("code", true);
        if (code != null) {
            f.where = code;
        }
        f.allow(
                "code",
                "level",
                "number",
                "title",
                "text",
                "points",
                "notes",
                "mode",
                "floor",
                "appliesTo",
                "rule",
                "children");
        NodeLevel level = f.choice("level", NodeLevel.class, true);
        NodeMode mode = f.choice("mode", NodeMode.class, false);
        List<RubricNode> children = new ArrayList<>();
        for (YamlFields c : f.list("children", false)) {
            children.add(readNode(c));
        }
        return new RubricNode(
                code,
                level,
                f.text("number", false),
                f.text("title", false),
                f.text("text", false),
                f.number("points", true),
                f.text("notes", false),
                mode,
                f.number("floor", false),
                new LinkedHashSet<>(f.texts("appliesTo")),
                readItemRule(f.object("rule")),
                children);
    }

    private static ItemRule readItemRule(YamlFields f) {
        if (f == null) {
            return ItemRule.MANUAL;
        }
        f.allow("type", "perCase", "cap", "threshold", "target", "tiers");
        String type = f.text("type", true);
        if (type == null) {
            return ItemRule.MANUAL;
        }
        switch (type) {
            case "manual":
                return ItemRule.MANUAL;
            case "deduction":
                return new ItemRule.Deduction(f.number("perCase", true), f.number("cap", false));
            case "threshold":
                return new ItemRule.Threshold(f.number("threshold", true));
            case "proportional":
                return new ItemRule.Proportional(f.number("target", true));
            case "tiered":
                List<ItemRule.Tier> tiers = new ArrayList<>();
                for (YamlFields t : f.list("tiers", true)) {
                    t.allow("min", "points");
                    BigDecimal min = t.number("min", true);
                    BigDecimal points = t.number("points", true);
                    if (min != null && points != null) {
                        tiers.add(new ItemRule.Tier(min, points));
                    }
                }
                return new ItemRule.Tiered(tiers);
            default:
                f.problem(
                        "type",
                        "rubric.error.badChoice",
                        "rule.type",
                        type,
                        "manual, deduction, threshold, proportional, tiered");
                return ItemRule.MANUAL;
        }
    }

    private static RuleSet readRules(YamlFields f) {
        if (f == null) {
            return RuleSet.EMPTY;
        }
        f.allow("cap", "rules");
        List<CaseRule> rules = new ArrayList<>();
        for (YamlFields r : f.list("rules", false)) {
            String code = r.text("code", true);
            if (code != null) {
                r.where = code;
            }
            r.allow("code", "category", "title", "perCase", "fixed", "cap");
            rules.add(new CaseRule(
                    code,
                    r.text("category", false),
                    r.text("title", true),
                    r.number("perCase", false),
                    r.number("fixed", false),
                    r.number("cap", false)));
        }
        return new RuleSet(rules, f.number("cap", false));
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
        if (!(node.rule() instanceof ItemRule.Manual)) {
            out.put("rule", writeItemRule(node.rule()));
        }
        putIf(out, "notes", node.notes());
        if (!node.children().isEmpty()) {
            out.put(
                    "children",
                    node.children().stream().map(RubricYaml::writeNode).toList());
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
                set.rules().stream()
                        .map(r -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("code", r.code());
                            putIf(m, "category", r.category());
                            m.put("title", r.title());
                            putIf(m, "perCase", num(r.perCase()));
                            putIf(m, "fixed", num(r.fixed()));
                            putIf(m, "cap", num(r.cap()));
                            return m;
                        })
                        .toList());
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

    private static String firstLine(String message) {
        return message == null
                ? ""
                : message.lines()
                        .limit(3)
                        .reduce((a, b) -> a + " " + b)
                        .orElse("")
                        .strip();
    }

    private static Yaml yaml() {
        LoaderOptions loading = new LoaderOptions();
        loading.setAllowDuplicateKeys(false);
        loading.setMaxAliasesForCollections(20);
        loading.setNestingDepthLimit(40);
        loading.setCodePointLimit(MAX_BYTES);
        loading.setAllowRecursiveKeys(false);
        DumperOptions dumping = new DumperOptions();
        dumping.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dumping.setAllowUnicode(true);
        dumping.setIndent(2);
        dumping.setIndicatorIndent(0);
        dumping.setWidth(200);
        return new Yaml(
                new SafeConstructor(loading), new Representer(dumping), dumping, loading, new TextOnlyResolver());
    }

    /** Resolves only {@code null} implicitly; numbers, dates and booleans stay text until this class converts them. */
    private static final class TextOnlyResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
        }
    }
}
