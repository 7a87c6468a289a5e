package com.qinglian.scoring;

import com.qinglian.shared.PlainDecimal;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads campaign {@link Settings} from YAML ({@code docs/scoring.md}). Defensive like the rubric reader:
 * size cap, safe constructor, no duplicate keys, every scalar read as text, unknown fields refused.
 */
public final class SettingsYaml {

    public static final int MAX_BYTES = 256 * 1024;

    private SettingsYaml() {}

    /** Parses settings; throws {@link IllegalArgumentException} naming the field at fault. An empty file gives the defaults. */
    public static Settings read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("settings file is larger than " + MAX_BYTES / 1024 + " KB");
        }
        Object document;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            document = yaml().load(reader);
        } catch (YAMLException | java.io.IOException e) {
            throw new IllegalArgumentException("settings are not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (document == null) {
            return Settings.defaults();
        }
        Map<?, ?> root = mapping(document, "settings");
        allow(root, "settings", "grades", "vetoes", "floor", "period", "normaliseTo", "multipleScores");
        List<GradeBand> grades = new ArrayList<>();
        for (Map<?, ?> band : mappings(root.get("grades"), "grades")) {
            allow(band, "grades", "grade", "min");
            grades.add(new GradeBand(text(band, "grade", "grades", true), number(band, "min", "grades", true)));
        }
        List<Veto> vetoes = new ArrayList<>();
        for (Map<?, ?> veto : mappings(root.get("vetoes"), "vetoes")) {
            vetoes.add(veto(veto));
        }
        LocalDate start = null;
        LocalDate end = null;
        if (root.get("period") != null) {
            Map<?, ?> period = mapping(root.get("period"), "period");
            allow(period, "period", "start", "end");
            start = date(period, "start");
            end = date(period, "end");
        }
        String multiple = text(root, "multipleScores", "settings", false);
        try {
            return new Settings(
                    grades,
                    vetoes,
                    number(root, "floor", "settings", false),
                    start,
                    end,
                    number(root, "normaliseTo", "settings", false),
                    multiple == null
                            ? null
                            : Settings.MultipleScores.valueOf(multiple.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    multiple != null && e.getMessage().contains("MultipleScores")
                            ? "multipleScores: expected reject, average or lead, found " + multiple
                            : "settings: " + e.getMessage());
        }
    }

    private static Veto veto(Map<?, ?> veto) {
        allow(veto, "vetoes", "name", "when", "effect", "grade");
        String name = text(veto, "name", "vetoes", true);
        String where = "vetoes / " + name;
        Map<?, ?> when = mapping(veto.get("when"), where + " / when");
        allow(when, where + " / when", "anyCaseOf", "anyNegativeCase", "totalBelow");
        Set<String> anyCaseOf = new LinkedHashSet<>(texts(when.get("anyCaseOf"), where + " / when / anyCaseOf"));
        String anyNegative = text(when, "anyNegativeCase", where + " / when", false);
        if (anyNegative != null && !anyNegative.equals("true") && !anyNegative.equals("false")) {
            throw new IllegalArgumentException(
                    where + " / when / anyNegativeCase: expected true or false, found " + anyNegative);
        }
        String effect = text(veto, "effect", where, true);
        Veto.Effect parsed = switch (effect) {
            case "capGrade" -> Veto.Effect.CAP_GRADE;
            case "setGrade" -> Veto.Effect.SET_GRADE;
            case "zeroTotal" -> Veto.Effect.ZERO_TOTAL;
            default ->
                throw new IllegalArgumentException(
                        where + " / effect: expected capGrade, setGrade or zeroTotal, found " + effect);
        };
        try {
            return new Veto(
                    name,
                    new Veto.Condition(
                            anyCaseOf,
                            "true".equals(anyNegative),
                            number(when, "totalBelow", where + " / when", false)),
                    parsed,
                    text(veto, "grade", where, false));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static Map<?, ?> mapping(Object value, String where) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + ": expected a mapping");
        }
        return map;
    }

    private static List<Map<?, ?>> mappings(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(where + ": expected a list");
        }
        List<Map<?, ?>> out = new ArrayList<>();
        for (Object element : list) {
            out.add(mapping(element, where));
        }
        return out;
    }

    private static List<String> texts(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof String))) {
            throw new IllegalArgumentException(where + ": expected a list of codes");
        }
        return list.stream().map(String.class::cast).toList();
    }

    private static void allow(Map<?, ?> map, String where, String... keys) {
        Set<String> allowed = Set.of(keys);
        for (Object key : map.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw new IllegalArgumentException(
                        where + ": unknown field " + key + " (allowed: " + String.join(", ", keys) + ")");
            }
        }
    }

    private static String text(Map<?, ?> map, String key, String where, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException(where + ": " + key + " is required");
            }
            return null;
        }
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException(where + " / " + key + ": expected a single value");
        }
        return s;
    }

    private static BigDecimal number(Map<?, ?> map, String key, String where, boolean required) {
        String value = text(map, key, where, required);
        try {
            // plain decimals only: an exponent such as 1e999999999 is refused before any arithmetic
            return value == null ? null : PlainDecimal.parse(value.strip());
        } catch (PlainDecimal.Refused e) {
            throw new IllegalArgumentException(where + " / " + key + ": not a plain decimal number: "
                    + (value.length() > 40 ? value.substring(0, 40) + "…" : value));
        }
    }

    private static LocalDate date(Map<?, ?> map, String key) {
        String value = text(map, key, "period", false);
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("period / " + key + ": not a date (yyyy-MM-dd): " + value);
        }
    }

    private static Yaml yaml() {
        LoaderOptions loading = new LoaderOptions();
        loading.setAllowDuplicateKeys(false);
        loading.setMaxAliasesForCollections(10);
        loading.setNestingDepthLimit(20);
        loading.setCodePointLimit(MAX_BYTES);
        DumperOptions dumping = new DumperOptions();
        return new Yaml(
                new SafeConstructor(loading), new Representer(dumping), dumping, loading, new TextOnlyResolver());
    }

    /** Resolves only {@code null} implicitly, so dates, numbers and booleans arrive as text and are converted here. */
    private static final class TextOnlyResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
