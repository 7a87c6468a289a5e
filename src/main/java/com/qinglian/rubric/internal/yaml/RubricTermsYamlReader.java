package com.qinglian.rubric.internal.yaml;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.CaseTerms;
import com.qinglian.rubric.Clamp;
import com.qinglian.rubric.FactRule;
import com.qinglian.rubric.Gate;
import com.qinglian.rubric.NodeClause;
import com.qinglian.rubric.NodeTerms;
import com.qinglian.rubric.PrintedTotal;
import com.qinglian.rubric.Rescale;
import com.qinglian.rubric.Rounding;
import com.qinglian.rubric.RubricTerms;
import com.qinglian.shared.YamlFields;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads the rubric language's terms (see docs/rubric-format.md): what a rubric, a node or a case rule states beyond
 * points and modes. Every problem goes to the fields' sink, located at the node or rule code and the field; the
 * Excel reader uses the same methods for the one-line YAML values of its 体系信息 sheet.
 */
public final class RubricTermsYamlReader {

    /** The node fields this class reads, for the node's list of allowed fields. */
    public static final List<String> NODE_FIELDS =
            List.of("appliesToTags", "appliesToUnits", "defaultFullMarks", "printedTotal", "clamp", "clauses", "gates");

    /** The rubric fields this class reads. */
    public static final List<String> RUBRIC_FIELDS = List.of("defaultFullMarks", "printedTotals", "rescale", "facts");

    /** The fields of a case rule (negative list, bonus, clause). */
    public static final List<String> CASE_RULE_FIELDS = List.of(
            "code", "category", "title", "perCase", "fixed", "cap", "range", "levels", "combine", "multipliers");

    static final Map<String, PrintedTotal> PRINTED_TOTALS = words("sum", PrintedTotal.SUM, "cap", PrintedTotal.CAP);
    static final Map<String, RoundingMode> MODES =
            words("down", RoundingMode.DOWN, "halfUp", RoundingMode.HALF_UP, "up", RoundingMode.UP);
    static final Map<String, Boolean> STAGES = words("beforeCases", false, "afterCases", true);
    static final Map<String, FactRule.Kind> FACT_KINDS =
            words("yesNo", FactRule.Kind.YES_NO, "number", FactRule.Kind.NUMBER);
    static final Map<String, FactRule.Effect> EFFECTS = words(
            "zeroTotal", FactRule.Effect.ZERO_TOTAL,
            "capGrade", FactRule.Effect.CAP_GRADE,
            "setGrade", FactRule.Effect.SET_GRADE);
    static final Map<String, CaseTerms.Combine> COMBINES =
            words("highest", CaseTerms.Combine.HIGHEST, "sum", CaseTerms.Combine.SUM);
    static final Map<String, Boolean> ZERO_TARGETS = words("full", true, "zero", false);

    private RubricTermsYamlReader() {}

    /** defaultFullMarks, printedTotals, rescale and facts of the rubric's top mapping. */
    public static RubricTerms rubricTerms(YamlFields f) {
        Boolean full = f.flag("defaultFullMarks");
        return new RubricTerms(
                Boolean.TRUE.equals(full), f.word("printedTotals", PRINTED_TOTALS, false), rescale(f), facts(f));
    }

    /** The terms of a node whose fields are {@code f} (located at the node's code). */
    public static NodeTerms nodeTerms(YamlFields f) {
        return new NodeTerms(
                clauses(f),
                gates(f),
                clamp(f.object("clamp")),
                f.word("printedTotal", PRINTED_TOTALS, false),
                f.flag("defaultFullMarks"),
                new LinkedHashSet<>(f.texts("appliesToTags")),
                new LinkedHashSet<>(f.texts("appliesToUnits")));
    }

    /** The {@code rescale} mapping of {@code parent}; null when absent. */
    public static Rescale rescale(YamlFields parent) {
        YamlFields f = parent.object("rescale");
        if (f == null) {
            return null;
        }
        f = f.at(located(parent, "rescale"));
        f.allow("rounding", "stage");
        Boolean after = f.word("stage", STAGES, false);
        return new Rescale(rounding(f), Boolean.TRUE.equals(after));
    }

    /** The {@code rounding} mapping of {@code parent}: {@code {to: 0.01 | step, mode: down | halfUp | up}}; null when absent. */
    public static Rounding rounding(YamlFields parent) {
        YamlFields f = parent.object("rounding");
        if (f == null) {
            return null;
        }
        f = f.at(located(parent, "rounding"));
        f.allow("to", "mode");
        String to = f.text("to", false);
        BigDecimal increment = to == null || to.strip().equals("step") ? null : f.number("to", false);
        return new Rounding(increment, f.word("mode", MODES, false));
    }

    public static List<FactRule> facts(YamlFields f) {
        List<FactRule> out = new ArrayList<>();
        for (YamlFields fact : f.list("facts", false)) {
            String code = fact.text("code", true);
            YamlFields at = code == null ? fact : fact.at(code);
            at.allow("code", "title", "kind", "unit", "veto");
            FactRule.Veto veto = null;
            YamlFields v = at.object("veto");
            if (v != null) {
                YamlFields vetoAt = v.at(located(at, "veto"));
                vetoAt.allow("effect", "grade");
                veto = new FactRule.Veto(vetoAt.word("effect", EFFECTS, true), vetoAt.text("grade", false));
            }
            out.add(new FactRule(
                    code, at.text("title", true), at.word("kind", FACT_KINDS, false), at.text("unit", false), veto));
        }
        return out;
    }

    /** A node's clauses: case rules with {@code adds}, located at {@code node / clause code}. */
    public static List<NodeClause> clauses(YamlFields f) {
        List<NodeClause> out = new ArrayList<>();
        for (YamlFields c : f.list("clauses", false)) {
            String code = c.text("code", true);
            YamlFields at = code == null ? c : c.at(located(f, code));
            List<String> allowed = new ArrayList<>(CASE_RULE_FIELDS);
            allowed.add("adds");
            at.allow(allowed.toArray(String[]::new));
            out.add(new NodeClause(caseRule(at, code), Boolean.TRUE.equals(at.flag("adds"))));
        }
        return out;
    }

    /** The fields of a case rule (already allowed by the caller, located at its code). */
    public static CaseRule caseRule(YamlFields r, String code) {
        CaseTerms terms = caseTerms(r);
        return new CaseRule(
                code,
                r.text("category", false),
                r.text("title", true),
                r.number("perCase", false),
                r.number("fixed", false),
                r.number("cap", false),
                terms);
    }

    public static CaseTerms caseTerms(YamlFields r) {
        BigDecimal min = null;
        BigDecimal max = null;
        YamlFields range = r.object("range");
        if (range != null) {
            YamlFields at = range.at(located(r, "range"));
            at.allow("min", "max");
            min = at.number("min", true);
            max = at.number("max", true);
        }
        List<CaseTerms.Level> levels = new ArrayList<>();
        for (YamlFields l : r.list("levels", false)) {
            l.allow("name", "points");
            levels.add(new CaseTerms.Level(l.text("name", true), l.number("points", true)));
        }
        Map<String, BigDecimal> multipliers = new LinkedHashMap<>();
        YamlFields m = r.object("multipliers");
        if (m != null) {
            YamlFields at = m.at(located(r, "multipliers"));
            for (String type : at.keys()) {
                BigDecimal factor = at.number(type, true);
                if (factor != null) {
                    multipliers.put(type, factor);
                }
            }
        }
        return new CaseTerms(min, max, levels, r.word("combine", COMBINES, false), multipliers);
    }

    public static List<Gate> gates(YamlFields f) {
        List<Gate> out = new ArrayList<>();
        for (YamlFields g : f.list("gates", false)) {
            g.allow("when", "cap");
            YamlFields when = g.object("when");
            Gate.Condition condition = null;
            if (when == null) {
                g.problem("when", YamlFields.Kind.MISSING, null, null);
            } else {
                YamlFields at = when.at(located(g, "when"));
                at.allow("fact", "node", "below", "atLeast");
                condition = new Gate.Condition(
                        at.text("fact", false),
                        at.text("node", false),
                        at.number("below", false),
                        at.number("atLeast", false));
            }
            out.add(new Gate(condition, g.number("cap", false)));
        }
        return out;
    }

    public static Clamp clamp(YamlFields f) {
        if (f == null) {
            return null;
        }
        YamlFields at = f.at(located(f, "clamp"));
        at.allow("min", "max");
        return new Clamp(at.number("min", false), at.number("max", false));
    }

    private static String located(YamlFields parent, String field) {
        return parent.where().isEmpty() ? field : parent.where() + " / " + field;
    }

    /** An ordered map of words to values, so a bad choice lists the words in the documented order. */
    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> words(Object... pairs) {
        Map<String, T> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], (T) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
