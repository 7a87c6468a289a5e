package com.qinglian.rubric.internal.excel;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.CaseTerms;
import com.qinglian.rubric.Clamp;
import com.qinglian.rubric.Gate;
import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.NodeClause;
import com.qinglian.rubric.NodeLevel;
import com.qinglian.rubric.NodeMode;
import com.qinglian.rubric.NodeTerms;
import com.qinglian.rubric.PrintedTotal;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricMetadata;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricProblem;
import com.qinglian.rubric.RubricValidator;
import com.qinglian.rubric.RuleSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mutable tree a reader builds row by row before it becomes an immutable {@link Rubric}: remembers
 * each node's row for messages, refuses duplicate codes, and generates codes for rows that have none.
 */
final class RubricExcelDrafts {

    static final String DEFAULT_CODE = "imported";
    static final String DEFAULT_VERSION = "1";

    private final List<RubricProblem> problems;
    private final List<Node> groups = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final Set<String> codes = new java.util.HashSet<>();
    private final Map<String, String> locations = new HashMap<>();
    private final Map<String, Node> nodes = new HashMap<>();

    RubricExcelDrafts(List<RubricProblem> problems) {
        this.problems = problems;
    }

    /** A node in the making; fields are filled from the table first and from 体系信息 after. */
    final class Node {
        final NodeLevel level;
        final Node parent;
        final String location;
        final List<Node> children = new ArrayList<>();
        String code;
        String title;
        String text;
        String number;
        BigDecimal points;
        String notes;
        NodeMode mode;
        BigDecimal floor;
        Set<String> appliesTo;
        ItemRule rule;
        // the rubric language's terms, from 体系信息
        Set<String> appliesToTags;
        Set<String> appliesToUnits;
        Boolean defaultFullMarks;
        PrintedTotal printedTotal;
        Clamp clamp;
        List<NodeClause> clauses;
        List<Gate> gates;
        /** The last item number seen under an indicator, so the next cell's "2." is recognised. */
        int lastNumber;

        private Node(NodeLevel level, Node parent, String code, String title, BigDecimal points, String location) {
            this.level = level;
            this.parent = parent;
            this.title = title;
            this.points = points;
            this.location = location;
            this.code = register(code, location);
        }

        Node add(
                NodeLevel childLevel,
                String childCode,
                String childTitle,
                BigDecimal childPoints,
                String childLocation) {
            Node child = new Node(childLevel, this, childCode, childTitle, childPoints, childLocation);
            children.add(child);
            return child;
        }

        private RubricNode build() {
            List<RubricNode> built = children.stream().map(Node::build).toList();
            BigDecimal total = points;
            if (total == null && !built.isEmpty()) {
                // Hand-made sheets may leave a level's points out: it is then what its children add up to.
                total = RubricValidator.sum(built);
            }
            NodeTerms terms =
                    new NodeTerms(clauses, gates, clamp, printedTotal, defaultFullMarks, appliesToTags, appliesToUnits);
            return new RubricNode(
                    code, level, number, title, text, total, notes, mode, floor, appliesTo, rule, built, terms);
        }
    }

    /** A negative-list or bonus rule in the making. */
    static final class Rule {
        final boolean deduction;
        final String location;
        String code;
        String category;
        String title;
        BigDecimal perCase;
        BigDecimal fixed;
        BigDecimal cap;
        BigDecimal rangeMin;
        BigDecimal rangeMax;
        List<CaseTerms.Level> levels;
        CaseTerms.Combine combine;
        Map<String, BigDecimal> multipliers;
        /** The rule's cell had no "(N分)" mark: fine when 体系信息 gives a range or levels instead. */
        String unmarked;

        Rule(boolean deduction, String location) {
            this.deduction = deduction;
            this.location = location;
        }

        CaseRule build() {
            return new CaseRule(
                    code,
                    category,
                    title,
                    perCase,
                    fixed,
                    cap,
                    new CaseTerms(rangeMin, rangeMax, levels, combine, multipliers));
        }
    }

    Node addGroup(String code, String title, BigDecimal points, String location) {
        Node group = new Node(NodeLevel.GROUP, null, code, title, points, location);
        groups.add(group);
        return group;
    }

    void addRule(boolean deduction, String code, String category, RubricExcelText.ParsedRule parsed, String location) {
        Rule rule = new Rule(deduction, location);
        if (parsed.points() == null) {
            rule.unmarked = parsed.title() == null ? "" : parsed.title();
        }
        rule.code = register(code, location);
        rule.category = category;
        rule.title = RubricExcelText.emptyToNull(parsed.title());
        if (parsed.perCase()) {
            rule.perCase = parsed.points();
        } else {
            rule.fixed = parsed.points();
        }
        rules.add(rule);
    }

    /**
     * Reports each rule whose cell had no "(N分)" mark and that 体系信息 gave no range or levels either (a rule by
     * range or level is written without a mark: its amount is the case's).
     */
    void checkUnmarkedRules() {
        for (Rule rule : rules) {
            boolean amounts = rule.perCase != null
                    || rule.fixed != null
                    || rule.rangeMin != null
                    || rule.rangeMax != null
                    || (rule.levels != null && !rule.levels.isEmpty());
            if (rule.unmarked != null && !amounts) {
                String line = rule.unmarked.lines().findFirst().orElse("");
                problems.add(RubricProblem.of(
                        rule.location,
                        "rubric.error.excel.noRulePoints",
                        line.length() > 30 ? line.substring(0, 30) + "…" : line));
            }
        }
    }

    Node node(String code) {
        return nodes.get(code);
    }

    Rule rule(String code) {
        return rules.stream().filter(r -> code.equals(r.code)).findFirst().orElse(null);
    }

    /** The sheet and row a node or rule code was read from, or null. */
    String locationOf(String code) {
        return locations.get(code);
    }

    /** Codes like the published numbering: groups A, B…; A1 under a group; A1.1, A1.1.1 further down. */
    void generateCodes() {
        for (int i = 0; i < groups.size(); i++) {
            Node group = groups.get(i);
            if (group.code == null) {
                group.code = register(unique(letters(i)), group.location);
            }
            generateChildCodes(group);
        }
        int negative = 0;
        int bonus = 0;
        for (Rule rule : rules) {
            int n = rule.deduction ? ++negative : ++bonus;
            if (rule.code == null) {
                rule.code = register(unique((rule.deduction ? "NEG" : "BONUS") + n), rule.location);
            }
        }
        for (Node group : groups) {
            index(group);
        }
    }

    private void generateChildCodes(Node node) {
        for (int i = 0; i < node.children.size(); i++) {
            Node child = node.children.get(i);
            if (child.code == null) {
                String separator = node.level == NodeLevel.GROUP ? "" : ".";
                child.code = register(unique(node.code + separator + (i + 1)), child.location);
            }
            generateChildCodes(child);
        }
    }

    private void index(Node node) {
        nodes.putIfAbsent(node.code, node);
        node.children.forEach(this::index);
    }

    Rubric build(RubricExcelInfoReader info, String titleFromSheet) {
        List<RubricNode> built = groups.stream().map(Node::build).toList();
        List<CaseRule> negative =
                rules.stream().filter(r -> r.deduction).map(Rule::build).toList();
        List<CaseRule> bonus =
                rules.stream().filter(r -> !r.deduction).map(Rule::build).toList();
        if (info == null) {
            return new Rubric(
                    DEFAULT_CODE,
                    DEFAULT_VERSION,
                    titleFromSheet,
                    RubricMetadata.NONE,
                    RubricValidator.sum(built),
                    null,
                    null,
                    null,
                    built,
                    new RuleSet(negative, null),
                    new RuleSet(bonus, null));
        }
        return new Rubric(
                or(info.code, DEFAULT_CODE),
                or(info.version, DEFAULT_VERSION),
                or(info.title, titleFromSheet),
                new RubricMetadata(info.publisher, info.publishedOn, info.locale, info.source, info.copyright),
                info.total == null ? RubricValidator.sum(built) : info.total,
                info.step,
                info.floor,
                info.notes,
                built,
                new RuleSet(negative, info.negativeCap),
                new RuleSet(bonus, info.bonusCap),
                info.terms());
    }

    /** Records a code and where it was read; a code seen before is reported at the row repeating it. */
    private String register(String code, String location) {
        if (code == null) {
            return null;
        }
        if (!codes.add(code)) {
            problems.add(RubricProblem.of(location, "rubric.error.duplicateCode", code));
        }
        locations.putIfAbsent(code, location);
        return code;
    }

    private String unique(String candidate) {
        String code = candidate;
        for (int n = 2; codes.contains(code); n++) {
            code = candidate + "-" + n;
        }
        return code;
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    private static String letters(int index) {
        StringBuilder out = new StringBuilder();
        for (int n = index; n >= 0; n = n / 26 - 1) {
            out.insert(0, (char) ('A' + n % 26));
        }
        return out.toString();
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }

    static Set<String> appliesTo(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : text.split("[,,、\\s]+")) {
            if (!part.isBlank()) {
                out.add(part);
            }
        }
        return out;
    }
}
