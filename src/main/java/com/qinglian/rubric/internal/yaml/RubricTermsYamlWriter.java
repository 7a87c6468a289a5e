package com.qinglian.rubric.internal.yaml;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.CaseTerms;
import com.qinglian.rubric.Clamp;
import com.qinglian.rubric.FactRule;
import com.qinglian.rubric.Gate;
import com.qinglian.rubric.NodeClause;
import com.qinglian.rubric.NodeTerms;
import com.qinglian.rubric.Rescale;
import com.qinglian.rubric.Rounding;
import com.qinglian.rubric.RubricTerms;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the rubric language's terms as the plain maps and lists the YAML writer dumps, in a fixed key order and
 * with every default left out, so that a rubric stating none of them is written exactly as before. The Excel writer
 * dumps the same values on one line each.
 */
public final class RubricTermsYamlWriter {

    private RubricTermsYamlWriter() {}

    /** The rubric-level fields, in the order they follow {@code notes}. */
    public static void putRubricTerms(Map<String, Object> out, RubricTerms terms) {
        if (terms.defaultFullMarks()) {
            out.put("defaultFullMarks", "true");
        }
        if (terms.printedTotals() != null) {
            out.put("printedTotals", terms.printedTotals().key());
        }
        putIf(out, "rescale", rescale(terms.rescale()));
        if (!terms.facts().isEmpty()) {
            out.put("facts", facts(terms.facts()));
        }
    }

    /** The node fields that follow {@code appliesTo}: applicability, default full marks, printed total, clamp. */
    public static void putNodeHead(Map<String, Object> out, NodeTerms terms) {
        if (!terms.appliesToTags().isEmpty()) {
            out.put("appliesToTags", terms.appliesToTags().stream().sorted().toList());
        }
        if (!terms.appliesToUnits().isEmpty()) {
            out.put("appliesToUnits", terms.appliesToUnits().stream().sorted().toList());
        }
        if (terms.defaultFullMarks() != null) {
            out.put("defaultFullMarks", terms.defaultFullMarks().toString());
        }
        if (terms.printedTotal() != null) {
            out.put("printedTotal", terms.printedTotal().key());
        }
        putIf(out, "clamp", clamp(terms.clamp()));
    }

    /** The node fields that come after its rule and notes: clauses and gates. */
    public static void putNodeTail(Map<String, Object> out, NodeTerms terms) {
        if (!terms.clauses().isEmpty()) {
            out.put("clauses", clauses(terms.clauses()));
        }
        if (!terms.gates().isEmpty()) {
            out.put("gates", gates(terms.gates()));
        }
    }

    public static Map<String, Object> rescale(Rescale rescale) {
        if (rescale == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        putIf(out, "rounding", rounding(rescale.rounding()));
        out.put("stage", rescale.afterCases() ? "afterCases" : "beforeCases");
        return out;
    }

    public static Map<String, Object> rounding(Rounding rounding) {
        if (rounding == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("to", rounding.to() == null ? "step" : num(rounding.to()));
        out.put("mode", rounding.modeKey());
        return out;
    }

    public static List<Map<String, Object>> facts(List<FactRule> facts) {
        return facts.stream()
                .map(fact -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("code", fact.code());
                    m.put("title", fact.title());
                    m.put("kind", fact.kind().key());
                    putIf(m, "unit", fact.unit());
                    if (fact.veto() != null) {
                        Map<String, Object> veto = new LinkedHashMap<>();
                        putIf(
                                veto,
                                "effect",
                                fact.veto().effect() == null
                                        ? null
                                        : fact.veto().effect().key());
                        putIf(veto, "grade", fact.veto().grade());
                        m.put("veto", veto);
                    }
                    return m;
                })
                .toList();
    }

    public static List<Map<String, Object>> clauses(List<NodeClause> clauses) {
        return clauses.stream()
                .map(clause -> {
                    Map<String, Object> m = caseRule(clause.rule());
                    if (clause.adds()) {
                        m.put("adds", "true");
                    }
                    return m;
                })
                .toList();
    }

    /** A case rule of the negative list, the bonus or a clause. */
    public static Map<String, Object> caseRule(CaseRule rule) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", rule.code());
        putIf(m, "category", rule.category());
        m.put("title", rule.title());
        putIf(m, "perCase", num(rule.perCase()));
        putIf(m, "fixed", num(rule.fixed()));
        putCaseTerms(m, rule.terms());
        putIf(m, "cap", num(rule.cap()));
        return m;
    }

    /** range, levels, combine and multipliers, each only when stated. */
    public static void putCaseTerms(Map<String, Object> m, CaseTerms terms) {
        if (terms.isRange()) {
            Map<String, Object> range = new LinkedHashMap<>();
            putIf(range, "min", num(terms.rangeMin()));
            putIf(range, "max", num(terms.rangeMax()));
            m.put("range", range);
        }
        if (terms.byLevel()) {
            m.put("levels", levels(terms.levels()));
        }
        if (terms.combine() != CaseTerms.Combine.SUM) {
            m.put("combine", terms.combine().key());
        }
        if (!terms.multipliers().isEmpty()) {
            Map<String, Object> factors = new LinkedHashMap<>();
            terms.multipliers().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> factors.put(e.getKey(), num(e.getValue())));
            m.put("multipliers", factors);
        }
    }

    public static List<Map<String, Object>> levels(List<CaseTerms.Level> levels) {
        return levels.stream()
                .map(level -> {
                    Map<String, Object> l = new LinkedHashMap<>();
                    l.put("name", level.name());
                    l.put("points", num(level.points()));
                    return l;
                })
                .toList();
    }

    public static List<Map<String, Object>> gates(List<Gate> gates) {
        return gates.stream()
                .map(gate -> {
                    Map<String, Object> g = new LinkedHashMap<>();
                    Map<String, Object> when = new LinkedHashMap<>();
                    if (gate.when() != null) {
                        putIf(when, "fact", gate.when().fact());
                        putIf(when, "node", gate.when().node());
                        putIf(when, "below", num(gate.when().below()));
                        putIf(when, "atLeast", num(gate.when().atLeast()));
                    }
                    g.put("when", when);
                    if (gate.cap().signum() != 0) {
                        g.put("cap", num(gate.cap()));
                    }
                    return g;
                })
                .toList();
    }

    public static Map<String, Object> clamp(Clamp clamp) {
        if (clamp == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        putIf(out, "min", num(clamp.min()));
        putIf(out, "max", num(clamp.max()));
        return out;
    }

    private static void putIf(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }

    static String num(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
