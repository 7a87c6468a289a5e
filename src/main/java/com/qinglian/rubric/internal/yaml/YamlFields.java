package com.qinglian.rubric.internal.yaml;

import com.qinglian.rubric.RubricProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A YAML mapping being read, collecting problems with the node they concern. */
final class YamlFields {

    private final Map<?, ?> map;
    final List<RubricProblem> problems;
    String where;

    YamlFields(Map<?, ?> map, String where, List<RubricProblem> problems) {
        this.map = map;
        this.where = where;
        this.problems = problems;
    }

    void problem(String field, String key, Object... args) {
        String location = where.isEmpty() ? field : where + " / " + field;
        problems.add(RubricProblem.of(location, key, args));
    }

    void allow(String... keys) {
        Set<String> allowed = Set.of(keys);
        map.keySet().stream()
                .map(String::valueOf)
                .filter(k -> !allowed.contains(k))
                .forEach(k -> problem(k, "rubric.error.unknownField", k));
    }

    String text(String key, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                problem(key, "rubric.error.missing", key);
            }
            return null;
        }
        if (!(value instanceof String s)) {
            problem(key, "rubric.error.notText", key);
            return null;
        }
        return s;
    }

    BigDecimal number(String key, boolean required) {
        String value = text(key, required);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            problem(key, "rubric.error.notANumber", key, value);
            return null;
        }
    }

    LocalDate date(String key) {
        String value = text(key, false);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problem(key, "rubric.error.notADate", key, value);
            return null;
        }
    }

    <E extends Enum<E>> E choice(String key, Class<E> type, boolean required) {
        String value = text(key, required);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = String.join(
                    ", ",
                    Arrays.stream(type.getEnumConstants())
                            .map(c -> c.name().toLowerCase(Locale.ROOT))
                            .toList());
            problem(key, "rubric.error.badChoice", key, value, allowed);
            return null;
        }
    }

    List<String> texts(String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof String))) {
            problem(key, "rubric.error.notTextList", key);
            return List.of();
        }
        return list.stream().map(String.class::cast).toList();
    }

    YamlFields object(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> m)) {
            problem(key, "rubric.error.notAMapping", key);
            return null;
        }
        return new YamlFields(m, where, problems);
    }

    List<YamlFields> list(String key, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                problem(key, "rubric.error.missing", key);
            }
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problem(key, "rubric.error.notAList", key);
            return List.of();
        }
        List<YamlFields> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = (where.isEmpty() ? "" : where + " / ") + key + "[" + (i + 1) + "]";
            if (list.get(i) instanceof Map<?, ?> m) {
                out.add(new YamlFields(m, at, problems));
            } else {
                problems.add(RubricProblem.of(at, "rubric.error.notAMapping", key));
            }
        }
        return out;
    }
}
