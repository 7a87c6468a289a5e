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
import com.qinglian.shared.SafeYaml;
import com.qinglian.shared.YamlFields;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads the rubric YAML format defensively: a size cap, no duplicate keys, no aliases worth a bomb, no
 * object tags, no octal surprises (every scalar but {@code null} is read as text and converted here),
 * unknown fields refused.
 */
public final class RubricYamlReader {

    private static final int MAX_BYTES = RubricYaml.MAX_BYTES;

    private final List<RubricProblem> problems = new ArrayList<>();

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
        try {
            document = SafeYaml.load(content, MAX_BYTES);
        } catch (SafeYaml.SyntaxException e) {
            throw new RubricInvalidException(syntaxProblem(e));
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new RubricInvalidException(RubricProblem.of("", "rubric.error.notARubric"));
        }
        RubricYamlReader reader = new RubricYamlReader();
        Rubric rubric = reader.readRubric(YamlFields.of(map, "", reader::add));
        if (!reader.problems.isEmpty()) {
            throw new RubricInvalidException(reader.problems);
        }
        return rubric;
    }

    private void add(YamlFields.Problem p) {
        problems.add(problemOf(p));
    }

    /** A field problem in the rubric's words. */
    public static RubricProblem problemOf(YamlFields.Problem p) {
        String location = p.location();
        return switch (p.kind()) {
            case UNKNOWN_FIELD -> RubricProblem.of(location, "rubric.error.unknownField", p.field());
            case MISSING -> RubricProblem.of(location, "rubric.error.missing", p.field());
            case NOT_TEXT -> RubricProblem.of(location, "rubric.error.notText", p.field());
            case NOT_A_NUMBER -> RubricProblem.of(location, "rubric.error.notANumber", p.field(), p.value());
            case NOT_A_DATE -> RubricProblem.of(location, "rubric.error.notADate", p.field(), p.value());
            case BAD_CHOICE -> RubricProblem.of(location, "rubric.error.badChoice", p.field(), p.value(), p.allowed());
            case NOT_TEXT_LIST -> RubricProblem.of(location, "rubric.error.notTextList", p.field());
            case NOT_A_MAPPING -> RubricProblem.of(location, "rubric.error.notAMapping", p.field());
            case NOT_A_LIST -> RubricProblem.of(location, "rubric.error.notAList", p.field());
            case ELEMENT_NOT_A_MAPPING -> RubricProblem.of(p.where(), "rubric.error.notAMapping", p.field());
        };
    }

    private static String location(YamlFields f, String field) {
        return f.where().isEmpty() ? field : f.where() + " / " + field;
    }

    private Rubric readRubric(YamlFields f) {
        allow(
                f,
                RubricTermsYamlReader.RUBRIC_FIELDS,
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
            problems.add(RubricProblem.of(location(f, "format"), "rubric.error.badFormat", format, RubricYaml.FORMAT));
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
                readRules(f.object("negativeList"), "negativeList"),
                readRules(f.object("bonus"), "bonus"),
                RubricTermsYamlReader.rubricTerms(f));
    }

    private static void allow(YamlFields f, List<String> more, String... keys) {
        List<String> all = new ArrayList<>(List.of(keys));
        all.addAll(more);
        f.allow(all.toArray(String[]::new));
    }

    private RubricNode readNode(YamlFields f) {
        String code = f.text("code", true);
        if (code != null) {
            f = f.at(code);
        }
        allow(
                f,
                RubricTermsYamlReader.NODE_FIELDS,
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
                children,
                RubricTermsYamlReader.nodeTerms(f));
    }

    private ItemRule readItemRule(YamlFields f) {
        if (f == null) {
            return ItemRule.MANUAL;
        }
        f = f.at(location(f, "rule"));
        f.allow("type", "perCase", "cap", "threshold", "target", "tiers", "rounding", "zeroTarget");
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
                return new ItemRule.Proportional(f.number("target", true), RubricTermsYamlReader.rounding(f));
            case "rate":
                Boolean full = f.word("zeroTarget", RubricTermsYamlReader.ZERO_TARGETS, false);
                return new ItemRule.Rate(RubricTermsYamlReader.rounding(f), Boolean.TRUE.equals(full));
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
                problems.add(RubricProblem.of(
                        location(f, "type"),
                        "rubric.error.badChoice",
                        "rule.type",
                        type,
                        "manual, deduction, threshold, proportional, rate, tiered"));
                return ItemRule.MANUAL;
        }
    }

    private RuleSet readRules(YamlFields f, String field) {
        if (f == null) {
            return RuleSet.EMPTY;
        }
        f = f.at(location(f, field));
        f.allow("cap", "rules");
        List<CaseRule> rules = new ArrayList<>();
        for (YamlFields r : f.list("rules", false)) {
            String code = r.text("code", true);
            if (code != null) {
                r = r.at(code);
            }
            r.allow(RubricTermsYamlReader.CASE_RULE_FIELDS.toArray(String[]::new));
            rules.add(RubricTermsYamlReader.caseRule(r, code));
        }
        return new RuleSet(rules, f.number("cap", false));
    }

    /**
     * A YAML error in the rubric's words: located by line, column and key ({@code 第 3 行第 5 列,键“points”}), the
     * message saying what is wrong (the duplicate key named, a limit stated).
     */
    public static RubricProblem syntaxProblem(SafeYaml.SyntaxException e) {
        String location = e.line() == 0
                ? e.key()
                : "第 " + e.line() + " 行第 " + e.column() + " 列" + (e.key().isEmpty() ? "" : ",键“" + e.key() + "”");
        return switch (e.kind()) {
            case NOT_UTF8 -> RubricProblem.of(location, "yaml.error.notUtf8");
            case DUPLICATE_KEY -> RubricProblem.of(location, "yaml.error.duplicateKey", e.key());
            case TOO_MANY_ALIASES -> RubricProblem.of(location, "yaml.error.tooManyAliases", SafeYaml.maxAliases());
            case SELF_REFERENCE -> RubricProblem.of(location, "yaml.error.selfReference");
            case TOO_DEEP -> RubricProblem.of(location, "yaml.error.tooDeep", SafeYaml.maxNesting());
            case TOO_LARGE -> RubricProblem.of(location, "yaml.error.tooLarge", 2 * MAX_BYTES / 1024 / 1024);
            case TAB -> RubricProblem.of(location, "yaml.error.tab");
            case MAPPING_NOT_ALLOWED -> RubricProblem.of(location, "yaml.error.mappingNotAllowed");
            case UNCLOSED_QUOTE -> RubricProblem.of(location, "yaml.error.unclosedQuote");
            case UNKNOWN_ALIAS -> RubricProblem.of(location, "yaml.error.unknownAlias");
            case CONTROL_CHARACTER -> RubricProblem.of(location, "yaml.error.controlCharacter");
            case SYNTAX -> RubricProblem.of(location, "rubric.error.yamlSyntax", e.detail());
        };
    }
}
