package com.qinglian.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A YAML mapping (loaded by {@link SafeYaml}) being read field by field. Every problem goes to one sink
 * with where it is: a reader that reports all problems collects them, one that stops at the first throws.
 * The words are the caller's: a problem is a {@link Kind} with the field, the value and what is allowed.
 */
public final class YamlFields {

    /** What is wrong with a field. */
    public enum Kind {
        UNKNOWN_FIELD,
        MISSING,
        NOT_TEXT,
        NOT_A_NUMBER,
        NOT_A_DATE,
        BAD_CHOICE,
        NOT_TEXT_LIST,
        NOT_A_MAPPING,
        NOT_A_LIST,
        /** An element of the list {@code field} is not a mapping; {@code where} is the element's path. */
        ELEMENT_NOT_A_MAPPING
    }

    /**
     * One problem.
     *
     * @param where the mapping the field is in (a path such as {@code A1 / rule}); empty for the top
     * @param field the field at fault
     * @param value the text found, for {@link Kind#NOT_A_NUMBER}, {@link Kind#NOT_A_DATE}, {@link Kind#BAD_CHOICE}
     * @param allowed what is allowed, comma-separated, for {@link Kind#UNKNOWN_FIELD} and {@link Kind#BAD_CHOICE}
     */
    public record Problem(String where, String field, Kind kind, String value, String allowed) {

        /** {@code where / field}, or the field alone at the top. */
        public String location() {
            return where.isEmpty() ? field : where + " / " + field;
        }
    }

    private final Map<?, ?> map;
    private final String where;
    private final Consumer<Problem> sink;

    private YamlFields(Map<?, ?> map, String where, Consumer<Problem> sink) {
        this.map = map;
        this.where = where == null ? "" : where;
        this.sink = sink;
    }

    /** The top mapping of a document, located at {@code where}; problems go to {@code sink}. */
    public static YamlFields of(Map<?, ?> map, String where, Consumer<Problem> sink) {
        return new YamlFields(map, where, sink);
    }

    /** The same fields, located elsewhere (e.g. at a node's code once it is known). */
    public YamlFields at(String where) {
        return new YamlFields(map, where, sink);
    }

    public String where() {
        return where;
    }

    public void problem(String field, Kind kind, String value, String allowed) {
        sink.accept(new Problem(where, field, kind, value, allowed));
    }

    /** Reports every key that is not one of {@code keys}. */
    public void allow(String... keys) {
        Set<String> allowed = Set.of(keys);
        map.keySet().stream()
                .map(String::valueOf)
                .filter(k -> !allowed.contains(k))
                .forEach(k -> problem(k, Kind.UNKNOWN_FIELD, null, String.join(", ", keys)));
    }

    public String text(String key, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                problem(key, Kind.MISSING, null, null);
            }
            return null;
        }
        if (!(value instanceof String s)) {
            problem(key, Kind.NOT_TEXT, null, null);
            return null;
        }
        return s;
    }

    public BigDecimal number(String key, boolean required) {
        String value = text(key, required);
        if (value == null) {
            return null;
        }
        try {
            // plain decimals only: an exponent such as 1e999999999 is refused before any arithmetic
            return PlainDecimal.parse(value.strip());
        } catch (PlainDecimal.Refused e) {
            problem(key, Kind.NOT_A_NUMBER, value.length() > 40 ? value.substring(0, 40) + "…" : value, null);
            return null;
        }
    }

    /** An ISO date (yyyy-MM-dd). */
    public LocalDate date(String key) {
        String value = text(key, false);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problem(key, Kind.NOT_A_DATE, value, null);
            return null;
        }
    }

    /** One of an enum's constants, written in any case. */
    public <E extends Enum<E>> E choice(String key, Class<E> type, boolean required) {
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
            problem(key, Kind.BAD_CHOICE, value, allowed);
            return null;
        }
    }

    public List<String> texts(String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof String))) {
            problem(key, Kind.NOT_TEXT_LIST, null, null);
            return List.of();
        }
        return list.stream().map(String.class::cast).toList();
    }

    /** {@code true} or {@code false}; anything else is reported as a bad choice. Null when absent. */
    public Boolean flag(String key) {
        String value = text(key, false);
        if (value == null) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                problem(key, Kind.BAD_CHOICE, value, "true, false");
                yield null;
            }
        };
    }

    /**
     * One of the given words, written exactly (e.g. {@code halfUp}); the words are the keys of {@code choices}.
     * Anything else is reported as a bad choice listing the words. Null when absent.
     */
    public <T> T word(String key, Map<String, T> choices, boolean required) {
        String value = text(key, required);
        if (value == null) {
            return null;
        }
        T chosen = choices.get(value.strip());
        if (chosen == null) {
            problem(key, Kind.BAD_CHOICE, value, String.join(", ", choices.keySet()));
        }
        return chosen;
    }

    /** The keys of this mapping, as text, in the document's order. */
    public List<String> keys() {
        return map.keySet().stream().map(String::valueOf).toList();
    }

    /** A nested mapping, at the same location; null when absent. */
    public YamlFields object(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> m)) {
            problem(key, Kind.NOT_A_MAPPING, null, null);
            return null;
        }
        return new YamlFields(m, where, sink);
    }

    /** A list of mappings, each located at {@code where / key[n]} (1-based). */
    public List<YamlFields> list(String key, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                problem(key, Kind.MISSING, null, null);
            }
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problem(key, Kind.NOT_A_LIST, null, null);
            return List.of();
        }
        List<YamlFields> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = (where.isEmpty() ? "" : where + " / ") + key + "[" + (i + 1) + "]";
            if (list.get(i) instanceof Map<?, ?> m) {
                out.add(new YamlFields(m, at, sink));
            } else {
                sink.accept(new Problem(at, key, Kind.ELEMENT_NOT_A_MAPPING, null, null));
            }
        }
        return out;
    }
}
