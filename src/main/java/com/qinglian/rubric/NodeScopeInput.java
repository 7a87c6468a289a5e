package com.qinglian.rubric;

import com.qinglian.shared.TextInput;
import com.qinglian.unit.UnitDetails;
import com.qinglian.unit.UnitType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A node's applicability and mode as the organiser types them on the draft page: unit types by their key, tags and
 * unit codes in one field each (separated as a unit's tags are), the mode by its key. Tags and codes follow the
 * unit directory's own rules, so that a node can only name what a unit can carry.
 *
 * @param types unit type keys ({@code agency}, {@code station}); empty means all
 * @param tags unit tags; empty means any
 * @param units unit codes; empty means any
 * @param mode how the node's children combine
 */
public record NodeScopeInput(Set<String> types, Set<String> tags, Set<String> units, NodeMode mode) {

    /** Tags or codes one node names at most, as many as a unit may carry tags. */
    public static final int MAX_ENTRIES = UnitDetails.TAGS_MAX;
    /** A field longer than this cannot hold {@link #MAX_ENTRIES} valid entries with their separators. */
    private static final int MAX_FIELD = 1000;

    /**
     * Reads the form's fields.
     *
     * @throws RubricInvalidException naming every field that is wrong: an unknown type or mode, a tag or code
     *     that breaks the unit directory's rules, too many of them
     */
    public static NodeScopeInput read(String node, List<String> types, String tags, String units, String mode) {
        List<RubricProblem> problems = new ArrayList<>();
        Set<String> typeKeys = new LinkedHashSet<>();
        for (String type : types == null ? List.<String>of() : types) {
            String key = type == null ? "" : type.strip();
            if (Arrays.stream(UnitType.values()).anyMatch(t -> t.key().equals(key))) {
                typeKeys.add(key);
            } else {
                problems.add(RubricProblem.of(node, "rubric.error.scopeType", shown(key)));
            }
        }
        Set<String> tagSet = entries(node, tags, UnitDetails.TAG, "rubric.error.scopeTag", problems);
        Set<String> unitSet = entries(node, units, UnitDetails.CODE, "rubric.error.scopeUnit", problems);
        NodeMode nodeMode = Arrays.stream(NodeMode.values())
                .filter(m -> m.key().equals(mode == null ? "" : mode.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElse(null);
        if (nodeMode == null) {
            problems.add(RubricProblem.of(node, "rubric.error.scopeMode", shown(mode)));
        }
        if (!problems.isEmpty()) {
            throw new RubricInvalidException(problems);
        }
        return new NodeScopeInput(typeKeys, tagSet, unitSet, nodeMode);
    }

    private static Set<String> entries(
            String node, String field, java.util.regex.Pattern rule, String key, List<RubricProblem> problems) {
        if (field != null && field.length() > MAX_FIELD) {
            problems.add(RubricProblem.of(node, key + "s", MAX_ENTRIES));
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>(UnitDetails.parseTags(field));
        out.stream()
                .filter(e -> !rule.matcher(e).matches())
                .forEach(e -> problems.add(RubricProblem.of(node, key, shown(e))));
        if (out.size() > MAX_ENTRIES) {
            problems.add(RubricProblem.of(node, key + "s", MAX_ENTRIES));
        }
        return out;
    }

    /** A refused entry as the message quotes it: tidy, and short enough to read. */
    private static String shown(String text) {
        String tidy = TextInput.tidy(text);
        if (tidy == null) {
            return "";
        }
        return tidy.codePointCount(0, tidy.length()) > 40
                ? tidy.substring(0, tidy.offsetByCodePoints(0, 40)) + "…"
                : tidy;
    }
}
