package com.qinglian.scoring;

import com.qinglian.shared.SafeYaml;
import com.qinglian.shared.YamlFields;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Reads campaign {@link Settings} from YAML ({@code docs/scoring.md}), loaded and read like rubric files
 * ({@link SafeYaml}, {@link YamlFields}): size cap, safe constructor, no duplicate keys, every scalar read
 * as text, unknown fields refused. It stops at the first problem and names the field. {@link #write} gives
 * the text back: {@code read(write(s))} equals {@code s}.
 */
public final class SettingsYaml {

    public static final int MAX_BYTES = 256 * 1024;

    private SettingsYaml() {}

    /** Parses settings; throws {@link IllegalArgumentException} naming the field at fault. An empty file gives the defaults. */
    public static Settings read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new Refused(
                    "settings file is larger than " + MAX_BYTES / 1024 + " KB",
                    "settings.error.tooLarge",
                    MAX_BYTES / 1024);
        }
        Object document;
        try {
            document = SafeYaml.load(content, MAX_BYTES);
        } catch (SafeYaml.SyntaxException e) {
            throw new Refused(
                    "settings are not valid YAML: "
                            + e.getMessage().lines().findFirst().orElse(""),
                    "settings.error.yaml",
                    e.line(),
                    e.column(),
                    e.key().isEmpty() ? "" : "(" + e.key() + ")");
        }
        if (document == null) {
            return Settings.defaults();
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new Refused("settings: expected a mapping", "settings.error.notMapping");
        }
        YamlFields root = YamlFields.of(map, "settings", SettingsYaml::refuse);
        root.allow("grades", "vetoes", "floor", "period", "normaliseTo", "multipleScores", "vetoedLast");
        List<GradeBand> grades = new ArrayList<>();
        for (YamlFields band : root.list("grades", false)) {
            band = band.at("grades");
            band.allow("grade", "min");
            grades.add(new GradeBand(band.text("grade", true), band.number("min", true)));
        }
        List<Veto> vetoes = new ArrayList<>();
        for (YamlFields veto : root.list("vetoes", false)) {
            vetoes.add(veto(veto.at("vetoes")));
        }
        LocalDate start = null;
        LocalDate end = null;
        YamlFields period = root.object("period");
        if (period != null) {
            period = period.at("period");
            period.allow("start", "end");
            start = period.date("start");
            end = period.date("end");
        }
        String multiple = root.text("multipleScores", false);
        boolean vetoedLast = trueOrFalse(root.text("vetoedLast", false));
        try {
            return new Settings(
                    grades,
                    vetoes,
                    root.number("floor", false),
                    start,
                    end,
                    root.number("normaliseTo", false),
                    multiple == null
                            ? null
                            : Settings.MultipleScores.valueOf(multiple.strip().toUpperCase(Locale.ROOT)),
                    vetoedLast);
        } catch (Refused e) {
            throw e;
        } catch (IllegalArgumentException e) {
            if (multiple != null && e.getMessage().contains("MultipleScores")) {
                throw new Refused(
                        "multipleScores: expected reject, average or lead, found " + multiple,
                        "settings.error.multipleScores",
                        multiple);
            }
            throw new Refused("settings: " + e.getMessage(), "settings.error.invalid", e.getMessage());
        }
    }

    /**
     * Writes settings as YAML that {@link #read} reads back to equal settings: every field the settings hold,
     * numbers as plain decimals with their scale, rule codes sorted, texts quoted where YAML needs it.
     */
    public static String write(Settings settings) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(
                "grades",
                settings.grades().stream()
                        .map(band ->
                                fields("grade", band.grade(), "min", band.min().toPlainString()))
                        .toList());
        putIf(out, "floor", settings.floor() == null ? null : settings.floor().toPlainString());
        putIf(
                out,
                "normaliseTo",
                settings.normaliseTo() == null ? null : settings.normaliseTo().toPlainString());
        out.put("multipleScores", settings.multipleScores().name().toLowerCase(Locale.ROOT));
        putIf(out, "vetoedLast", settings.vetoedLast() ? "true" : null);
        if (settings.periodStart() != null || settings.periodEnd() != null) {
            Map<String, Object> period = new LinkedHashMap<>();
            putIf(
                    period,
                    "start",
                    settings.periodStart() == null
                            ? null
                            : settings.periodStart().toString());
            putIf(
                    period,
                    "end",
                    settings.periodEnd() == null ? null : settings.periodEnd().toString());
            out.put("period", period);
        }
        if (!settings.vetoes().isEmpty()) {
            out.put("vetoes", settings.vetoes().stream().map(SettingsYaml::veto).toList());
        }
        DumperOptions dumping = new DumperOptions();
        // leaf mappings and lists in flow style: one line per grade band, {anyCaseOf: [FORM4]}
        dumping.setDefaultFlowStyle(DumperOptions.FlowStyle.AUTO);
        dumping.setAllowUnicode(true);
        dumping.setIndent(2);
        dumping.setIndicatorIndent(2);
        dumping.setIndentWithIndicator(true);
        dumping.setWidth(Integer.MAX_VALUE);
        return SafeYaml.writer(dumping).dump(out);
    }

    private static Map<String, Object> veto(Veto veto) {
        Map<String, Object> when = new LinkedHashMap<>();
        if (!veto.when().anyCaseOf().isEmpty()) {
            when.put("anyCaseOf", veto.when().anyCaseOf().stream().sorted().toList());
        }
        if (veto.when().anyNegativeCase()) {
            when.put("anyNegativeCase", "true");
        }
        putIf(
                when,
                "totalBelow",
                veto.when().totalBelow() == null
                        ? null
                        : veto.when().totalBelow().toPlainString());
        Map<String, Object> out = fields(
                "name",
                veto.name(),
                "when",
                when,
                "effect",
                switch (veto.effect()) {
                    case CAP_GRADE -> "capGrade";
                    case SET_GRADE -> "setGrade";
                    case ZERO_TOTAL -> "zeroTotal";
                });
        putIf(out, "grade", veto.grade());
        return out;
    }

    /** {@code vetoedLast}: absent is false, as before the field existed. */
    private static boolean trueOrFalse(String vetoedLast) {
        if (vetoedLast == null || vetoedLast.equals("false")) {
            return false;
        }
        if (vetoedLast.equals("true")) {
            return true;
        }
        throw new Refused(
                "vetoedLast: expected true or false, found " + vetoedLast, "settings.error.vetoedLast", vetoedLast);
    }

    private static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    private static void putIf(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }

    private static Veto veto(YamlFields veto) {
        veto.allow("name", "when", "effect", "grade");
        String name = veto.text("name", true);
        String where = "vetoes / " + name;
        veto = veto.at(where);
        YamlFields when = veto.object("when");
        if (when == null) {
            throw new Refused(where + " / when: expected a mapping", "settings.error.when", name);
        }
        when = when.at(where + " / when");
        when.allow("anyCaseOf", "anyNegativeCase", "totalBelow");
        Set<String> anyCaseOf = new LinkedHashSet<>(when.texts("anyCaseOf"));
        String anyNegative = when.text("anyNegativeCase", false);
        if (anyNegative != null && !anyNegative.equals("true") && !anyNegative.equals("false")) {
            throw new Refused(
                    where + " / when / anyNegativeCase: expected true or false, found " + anyNegative,
                    "settings.error.anyNegativeCase",
                    name,
                    anyNegative);
        }
        String effect = veto.text("effect", true);
        Veto.Effect parsed = switch (effect) {
            case "capGrade" -> Veto.Effect.CAP_GRADE;
            case "setGrade" -> Veto.Effect.SET_GRADE;
            case "zeroTotal" -> Veto.Effect.ZERO_TOTAL;
            default ->
                throw new Refused(
                        where + " / effect: expected capGrade, setGrade or zeroTotal, found " + effect,
                        "settings.error.effect",
                        name,
                        effect);
        };
        try {
            return new Veto(
                    name,
                    new Veto.Condition(anyCaseOf, "true".equals(anyNegative), when.number("totalBelow", false)),
                    parsed,
                    veto.text("grade", false));
        } catch (Refused e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new Refused(where + ": " + e.getMessage(), "settings.error.invalid", where + ": " + e.getMessage());
        }
    }

    /**
     * A refused settings text. Settings stop at the first problem: {@link #getMessage()} says it in English for
     * the command line, {@link #key()} and {@link #args()} in the message files' words for the pages.
     */
    public static final class Refused extends IllegalArgumentException {

        private final String key;
        private final List<Object> args;

        Refused(String english, String key, Object... args) {
            super(english);
            this.key = key;
            this.args = java.util.Arrays.asList(args);
        }

        public String key() {
            return key;
        }

        public List<Object> args() {
            return args;
        }
    }

    private static void refuse(YamlFields.Problem p) {
        String location = p.location();
        String english = switch (p.kind()) {
            case UNKNOWN_FIELD -> p.where() + ": unknown field " + p.field() + " (allowed: " + p.allowed() + ")";
            case MISSING -> p.where() + ": " + p.field() + " is required";
            case NOT_TEXT -> location + ": expected a single value";
            case NOT_A_NUMBER -> location + ": not a plain decimal number: " + p.value();
            case NOT_A_DATE -> location + ": not a date (yyyy-MM-dd): " + p.value();
            case BAD_CHOICE -> location + ": expected one of " + p.allowed() + ", found " + p.value();
            case NOT_TEXT_LIST -> location + ": expected a list of codes";
            case NOT_A_MAPPING -> location + ": expected a mapping";
            case ELEMENT_NOT_A_MAPPING -> p.field() + ": expected a mapping";
            case NOT_A_LIST -> location + ": expected a list";
        };
        throw switch (p.kind()) {
            case UNKNOWN_FIELD ->
                new Refused(english, "settings.error.unknownField", p.where(), p.field(), p.allowed());
            case MISSING -> new Refused(english, "settings.error.missing", p.where(), p.field());
            case NOT_A_NUMBER, NOT_A_DATE ->
                new Refused(english, "settings.error." + camel(p.kind()), location, p.value());
            case BAD_CHOICE -> new Refused(english, "settings.error.badChoice", location, p.allowed(), p.value());
            case ELEMENT_NOT_A_MAPPING -> new Refused(english, "settings.error.elementNotAMapping", p.field());
            default -> new Refused(english, "settings.error." + camel(p.kind()), location);
        };
    }

    /** NOT_A_NUMBER as notANumber, the form of the message keys. */
    private static String camel(YamlFields.Kind kind) {
        StringBuilder out = new StringBuilder();
        for (String part : kind.name().toLowerCase(Locale.ROOT).split("_")) {
            out.append(out.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return out.toString();
    }
}
