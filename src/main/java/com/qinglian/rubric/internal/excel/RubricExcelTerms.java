package com.qinglian.rubric.internal.excel;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.NodeTerms;
import com.qinglian.rubric.RubricProblem;
import com.qinglian.rubric.RubricTerms;
import com.qinglian.rubric.internal.yaml.RubricTermsYamlReader;
import com.qinglian.rubric.internal.yaml.RubricTermsYamlWriter;
import com.qinglian.rubric.internal.yaml.RubricYamlReader;
import com.qinglian.shared.SafeYaml;
import com.qinglian.shared.YamlFields;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rubric language's terms on the 体系信息 sheet: one row per field, its value the field's YAML written on one
 * line ({@code [{code: A1-LATE, title: 每迟报一次扣0.5分, perCase: 0.5, cap: 2}]}), a list of words comma-separated
 * ({@code river,lake}), or a single word ({@code sum}). Values are read with the YAML reader's own methods, so the
 * sheet and the YAML file accept the same things; a problem names the sheet's row and the field's path.
 */
final class RubricExcelTerms {

    /** Fields whose value is one line of YAML. */
    static final Set<String> YAML_VALUED =
            Set.of("rescale", "facts", "clamp", "clauses", "gates", "range", "levels", "multipliers");
    /** Fields whose value is a comma-separated list of words. */
    static final Set<String> WORD_LISTS = Set.of("appliesToTags", "appliesToUnits");

    static final List<String> RUBRIC_FIELDS = RubricTermsYamlReader.RUBRIC_FIELDS;
    static final List<String> NODE_FIELDS = RubricTermsYamlReader.NODE_FIELDS;
    static final List<String> RULE_FIELDS = List.of("range", "levels", "combine", "multipliers");

    private RubricExcelTerms() {}

    // ---- writing

    /** The rubric-level term fields and their one-line values, in the YAML writer's order. */
    static Map<String, String> rubricValues(RubricTerms terms) {
        Map<String, Object> out = new LinkedHashMap<>();
        RubricTermsYamlWriter.putRubricTerms(out, terms);
        return oneLine(out);
    }

    static Map<String, String> nodeValues(NodeTerms terms) {
        Map<String, Object> out = new LinkedHashMap<>();
        RubricTermsYamlWriter.putNodeHead(out, terms);
        RubricTermsYamlWriter.putNodeTail(out, terms);
        return oneLine(out);
    }

    static Map<String, String> ruleValues(CaseRule rule) {
        Map<String, Object> out = new LinkedHashMap<>();
        RubricTermsYamlWriter.putCaseTerms(out, rule.terms());
        return oneLine(out);
    }

    @SuppressWarnings("unchecked") // the word lists are the writer's List<String>
    private static Map<String, String> oneLine(Map<String, Object> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((field, value) -> {
            if (WORD_LISTS.contains(field)) {
                out.put(field, String.join(",", (List<String>) value));
            } else if (value instanceof String s) {
                out.put(field, s);
            } else {
                out.put(field, flow(value));
            }
        });
        return out;
    }

    private static String flow(Object value) {
        org.yaml.snakeyaml.DumperOptions dumping = new org.yaml.snakeyaml.DumperOptions();
        dumping.setDefaultFlowStyle(org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW);
        dumping.setAllowUnicode(true);
        dumping.setWidth(Integer.MAX_VALUE);
        dumping.setSplitLines(false);
        return SafeYaml.writer(dumping).dump(value).strip();
    }

    // ---- reading

    /**
     * One field's value as a mapping {@code {field: value}} the YAML reader's methods take, located at
     * {@code where} (a node or rule code, or empty); problems are reported at the sheet's row. Null when the value
     * is not even YAML (reported).
     */
    static YamlFields fields(
            String where, String field, String value, String rowLocation, List<RubricProblem> problems) {
        Object loaded;
        if (value == null) {
            loaded = null;
        } else if (WORD_LISTS.contains(field)) {
            loaded = new ArrayList<>(RubricExcelDrafts.appliesTo(value));
        } else if (YAML_VALUED.contains(field)) {
            try {
                loaded = SafeYaml.load(value.getBytes(StandardCharsets.UTF_8), 1024 * 1024);
            } catch (SafeYaml.SyntaxException e) {
                RubricProblem p = RubricYamlReader.syntaxProblem(e);
                String path = where.isEmpty() ? field : where + " / " + field;
                problems.add(new RubricProblem(rowLocation + "," + path, p.key(), p.args()));
                return null;
            }
        } else {
            loaded = value.strip();
        }
        Map<String, Object> map = new HashMap<>();
        map.put(field, loaded);
        return YamlFields.of(map, where, p -> {
            RubricProblem problem = RubricYamlReader.problemOf(p);
            problems.add(new RubricProblem(rowLocation + "," + problem.location(), problem.key(), problem.args()));
        });
    }
}
