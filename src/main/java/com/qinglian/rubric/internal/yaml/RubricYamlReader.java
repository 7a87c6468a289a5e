package com.qinglian.rubric.internal.yaml;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.NodeLevel;
import com.qinglian.rubric.NodeMode;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricInvalidException;
import com.qinglian.rubric.RubricMetadata;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricProblem;
import com.qinglian.rubric.RubricYaml;
import com.qinglian.rubric.RuleSet;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads the rubric YAML format defensively: a size cap, no duplicate keys, no aliases worth a bomb, no
 * object tags, no octal surprises (every scalar but {@code null} is read as text and converted here),
 * unknown fields refused.
 */
public final class RubricYamlReader {

    private static final int MAX_BYTES = RubricYaml.MAX_BYTES;

    private RubricYamlReader() {}

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
        if (format != null && !RubricYaml.FORMAT.equals(format)) {
            f.problem("format", "rubric.error.badFormat", format, RubricYaml.FORMAT);
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
}
