package com.qinglian.rubric.internal.excel;

import com.qinglian.rubric.CaseTerms;
import com.qinglian.rubric.FactRule;
import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.NodeMode;
import com.qinglian.rubric.NodeTerms;
import com.qinglian.rubric.PrintedTotal;
import com.qinglian.rubric.Rescale;
import com.qinglian.rubric.RubricProblem;
import com.qinglian.rubric.RubricTerms;
import com.qinglian.rubric.internal.yaml.RubricTermsYamlReader;
import com.qinglian.shared.PlainDecimal;
import com.qinglian.shared.YamlFields;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the 体系信息 sheet: the rubric header, and per-node and per-rule fields applied once codes are known. */
final class RubricExcelInfoReader {

    private final List<RubricProblem> problems;
    private final Map<String, String> keyLocations = new HashMap<>();
    private final List<Override> overrides = new ArrayList<>();

    String code;
    String version;
    String title;
    String notes;
    String publisher;
    LocalDate publishedOn;
    String locale;
    String source;
    String copyright;
    BigDecimal total;
    BigDecimal step;
    BigDecimal floor;
    BigDecimal negativeCap;
    BigDecimal bonusCap;
    boolean defaultFullMarks;
    PrintedTotal printedTotals;
    Rescale rescale;
    List<FactRule> facts = List.of();

    /** A node or rule field: key "node.A1.2.rule" means field "rule" of code "A1.2". */
    private record Override(boolean node, String code, String field, String value, String location) {}

    RubricExcelInfoReader(RubricExcelSheet sheet, List<RubricProblem> problems) {
        this.problems = problems;
        for (int r = 1; r <= sheet.lastRow(); r++) {
            String key = sheet.text(r, 0);
            if (key != null) {
                readEntry(key.strip(), sheet.text(r, 1), sheet.location(r));
            }
        }
    }

    /** Where a header key ("code", "total"…) stands, for validator messages. */
    String locationOf(String key) {
        return keyLocations.get(key);
    }

    private void readEntry(String key, String value, String location) {
        if (keyLocations.putIfAbsent(key, location) != null) {
            problems.add(RubricProblem.of(location, "rubric.error.excel.duplicateKey", key));
            return;
        }
        if (key.startsWith(RubricExcelInfo.NODE_PREFIX) || key.startsWith(RubricExcelInfo.RULE_PREFIX)) {
            boolean node = key.startsWith(RubricExcelInfo.NODE_PREFIX);
            String rest = key.substring((node ? RubricExcelInfo.NODE_PREFIX : RubricExcelInfo.RULE_PREFIX).length());
            int dot = rest.lastIndexOf('.');
            String field = dot < 0 ? "" : rest.substring(dot + 1);
            List<String> fields = node ? RubricExcelInfo.NODE_FIELDS : RubricExcelInfo.RULE_FIELDS;
            if (dot <= 0 || !fields.contains(field)) {
                problems.add(RubricProblem.of(location, "rubric.error.excel.unknownKey", key));
            } else {
                overrides.add(new Override(node, rest.substring(0, dot), field, value, location));
            }
            return;
        }
        switch (key) {
            case "code" -> code = value;
            case "version" -> version = value;
            case "title" -> title = value;
            case "notes" -> notes = value;
            case "publisher" -> publisher = value;
            case "locale" -> locale = value;
            case "source" -> source = value;
            case "copyright" -> copyright = value;
            case "publishedOn" -> publishedOn = date(key, value, location);
            case "total" -> total = number(key, value, location);
            case "step" -> step = number(key, value, location);
            case "floor" -> floor = number(key, value, location);
            case "negativeList.cap" -> negativeCap = number(key, value, location);
            case "bonus.cap" -> bonusCap = number(key, value, location);
            case "defaultFullMarks", "printedTotals", "rescale", "facts" -> readRubricTerm(key, value, location);
            default -> problems.add(RubricProblem.of(location, "rubric.error.excel.unknownKey", key));
        }
    }

    private void readRubricTerm(String field, String value, String location) {
        YamlFields f = RubricExcelTerms.fields("", field, value, location, problems);
        if (f == null) {
            return;
        }
        RubricTerms terms = RubricTermsYamlReader.rubricTerms(f);
        switch (field) {
            case "defaultFullMarks" -> defaultFullMarks = terms.defaultFullMarks();
            case "printedTotals" -> printedTotals = terms.printedTotals();
            case "rescale" -> rescale = terms.rescale();
            default -> facts = terms.facts();
        }
    }

    /** What the 体系信息 sheet states beyond the tree and case lists. */
    RubricTerms terms() {
        return new RubricTerms(defaultFullMarks, printedTotals, rescale, facts);
    }

    /** Applies node and rule fields; codes must exist in the table. */
    void applyTo(RubricExcelDrafts drafts) {
        for (Override o : overrides) {
            if (o.node()) {
                RubricExcelDrafts.Node node = drafts.node(o.code());
                if (node == null) {
                    problems.add(RubricProblem.of(o.location(), "rubric.error.excel.unknownCode", o.code()));
                } else {
                    applyToNode(node, o);
                }
            } else {
                RubricExcelDrafts.Rule rule = drafts.rule(o.code());
                if (rule == null) {
                    problems.add(RubricProblem.of(o.location(), "rubric.error.excel.unknownCode", o.code()));
                } else {
                    applyToRule(rule, o);
                }
            }
        }
    }

    private void applyToNode(RubricExcelDrafts.Node node, Override o) {
        String value = o.value();
        String key = RubricExcelInfo.NODE_PREFIX + o.code() + "." + o.field();
        switch (o.field()) {
            case "mode" -> node.mode = mode(key, value, o.location());
            case "floor" -> node.floor = number(key, value, o.location());
            case "appliesTo" -> node.appliesTo = value == null ? null : RubricExcelDrafts.appliesTo(value);
            case "rule" -> node.rule = rule(key, value, o.location());
            case "notes" -> node.notes = value;
            case "title" -> node.title = value;
            case "text" -> node.text = value;
            case "number" -> node.number = value == null ? null : value.strip();
            default -> applyTermToNode(node, o);
        }
    }

    private void applyTermToNode(RubricExcelDrafts.Node node, Override o) {
        YamlFields f = RubricExcelTerms.fields(o.code(), o.field(), o.value(), o.location(), problems);
        if (f == null) {
            return;
        }
        NodeTerms read = RubricTermsYamlReader.nodeTerms(f);
        switch (o.field()) {
            case "appliesToTags" -> node.appliesToTags = read.appliesToTags();
            case "appliesToUnits" -> node.appliesToUnits = read.appliesToUnits();
            case "defaultFullMarks" -> node.defaultFullMarks = read.defaultFullMarks();
            case "printedTotal" -> node.printedTotal = read.printedTotal();
            case "clamp" -> node.clamp = read.clamp();
            case "clauses" -> node.clauses = read.clauses();
            case "gates" -> node.gates = read.gates();
            default -> throw new IllegalStateException(o.field());
        }
    }

    private void applyTermToRule(RubricExcelDrafts.Rule rule, Override o) {
        YamlFields f = RubricExcelTerms.fields(o.code(), o.field(), o.value(), o.location(), problems);
        if (f == null) {
            return;
        }
        CaseTerms read = RubricTermsYamlReader.caseTerms(f);
        switch (o.field()) {
            case "range" -> {
                rule.rangeMin = read.rangeMin();
                rule.rangeMax = read.rangeMax();
            }
            case "levels" -> rule.levels = read.levels();
            case "combine" -> rule.combine = read.combine();
            case "multipliers" -> rule.multipliers = read.multipliers();
            default -> throw new IllegalStateException(o.field());
        }
    }

    private void applyToRule(RubricExcelDrafts.Rule rule, Override o) {
        String key = RubricExcelInfo.RULE_PREFIX + o.code() + "." + o.field();
        switch (o.field()) {
            case "cap" -> rule.cap = number(key, o.value(), o.location());
            case "fixed" -> rule.fixed = number(key, o.value(), o.location());
            case "title" -> rule.title = o.value();
            case "category" -> rule.category = o.value();
            default -> applyTermToRule(rule, o);
        }
    }

    private NodeMode mode(String key, String value, String location) {
        if (value == null) {
            return null;
        }
        try {
            return NodeMode.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(RubricProblem.of(location, "rubric.error.badChoice", key, value, "additive, deduct, variant"));
            return null;
        }
    }

    private ItemRule rule(String key, String value, String location) {
        if (value == null) {
            return null;
        }
        try {
            return RubricExcelInfo.parseRule(value);
        } catch (IllegalArgumentException e) {
            problems.add(RubricProblem.of(location, "rubric.error.excel.badRule", value));
            return null;
        }
    }

    private BigDecimal number(String key, String value, String location) {
        if (value == null) {
            return null;
        }
        try {
            return PlainDecimal.parse(value.strip());
        } catch (PlainDecimal.Refused e) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
            problems.add(RubricProblem.of(location, "rubric.error.notANumber", key, shown));
            return null;
        }
    }

    private LocalDate date(String key, String value, String location) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(RubricProblem.of(location, "rubric.error.notADate", key, value));
            return null;
        }
    }
}
