package com.qinglian.campaign.web;

import com.qinglian.scoring.GradeBand;
import com.qinglian.scoring.Settings;
import com.qinglian.scoring.SettingsYaml;
import com.qinglian.scoring.Veto;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.PlainDecimal;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The campaign form's settings fields, to and from {@link Settings}. The form holds every part of the settings
 * except the period, which is the campaign's own (期间开始/期间结束) and is given to the engine from there.
 * Refusals are named by the field they belong to ({@code grades[1].min}), so the page shows each beside it.
 */
final class SettingsRows {

    /** Empty rows offered below the filled ones; the page shows one at a time with its 添加 button. */
    static final int SPARE_GRADES = 3;

    static final int SPARE_VETOES = 2;

    static final int MAX_NAME = 50;

    private SettingsRows() {}

    /** The settings to store, as YAML, or why they are refused. */
    record Outcome(String yaml, List<InputProblem> problems) {}

    /** Puts settings into the form's fields and its YAML view. */
    static void fill(CampaignForm form, Settings settings) {
        form.setGrades(new ArrayList<>(settings.grades().stream()
                .map(band -> GradeRow.of(band.grade(), band.min().toPlainString()))
                .toList()));
        List<VetoRow> vetoes = new ArrayList<>();
        for (Veto veto : settings.vetoes()) {
            VetoRow row = new VetoRow();
            row.setName(veto.name());
            row.setRules(
                    new ArrayList<>(veto.when().anyCaseOf().stream().sorted().toList()));
            row.setAnyNegativeCase(veto.when().anyNegativeCase());
            row.setTotalBelow(text(veto.when().totalBelow()));
            row.setEffect(veto.effect().name());
            row.setGrade(veto.grade() == null ? "" : veto.grade());
            vetoes.add(row);
        }
        form.setVetoes(vetoes);
        form.setFloor(text(settings.floor()));
        form.setNormaliseTo(text(settings.normaliseTo()));
        form.setMultipleScores(settings.multipleScores().name());
        form.setVetoedLast(settings.vetoedLast());
        form.setSettings(SettingsYaml.write(settings.withPeriod(null, null)));
    }

    /** Adds the spare empty rows after the last filled one, so the page always offers some. */
    static void pad(CampaignForm form) {
        List<GradeRow> grades = new ArrayList<>(form.getGrades());
        while (grades.size() < filled(grades.stream().map(GradeRow::isBlank).toList()) + SPARE_GRADES) {
            grades.add(new GradeRow());
        }
        form.setGrades(grades);
        List<VetoRow> vetoes = new ArrayList<>(form.getVetoes());
        while (vetoes.size() < filled(vetoes.stream().map(VetoRow::isBlank).toList()) + SPARE_VETOES) {
            vetoes.add(new VetoRow());
        }
        form.setVetoes(vetoes);
    }

    private static int filled(List<Boolean> blanks) {
        return blanks.lastIndexOf(false) + 1;
    }

    /**
     * The posted settings: the form's fields, or the YAML text when the organiser chose the YAML mode. Emptied
     * rows are dropped first, so the rows (and the fields refusals name) are the ones shown again.
     */
    static Outcome read(CampaignForm form) {
        form.setGrades(new ArrayList<>(
                form.getGrades().stream().filter(row -> !row.isBlank()).toList()));
        form.setVetoes(new ArrayList<>(
                form.getVetoes().stream().filter(row -> !row.isBlank()).toList()));
        return form.yamlMode() ? fromYaml(form.getSettings()) : fromFields(form);
    }

    /** The YAML as typed (comments kept); syntax and fields are checked with the campaign, the period here. */
    private static Outcome fromYaml(String yaml) {
        String text = yaml == null ? "" : yaml;
        try {
            Settings settings = SettingsYaml.read(text.getBytes(StandardCharsets.UTF_8));
            if (settings.periodStart() != null || settings.periodEnd() != null) {
                return new Outcome(text, List.of(problem("settings", "campaign.settings.error.period")));
            }
        } catch (IllegalArgumentException unreadable) {
            // the campaign's own check words it, beside the YAML
        }
        return new Outcome(text, List.of());
    }

    private static Outcome fromFields(CampaignForm form) {
        List<InputProblem> problems = new ArrayList<>();
        List<GradeBand> bands = grades(form.getGrades(), problems);
        // a cap is checked against every name typed, so a band refused for its min does not refuse the cap too
        Set<String> gradeNames =
                form.getGrades().stream().map(row -> strip(row.getName())).collect(Collectors.toSet());
        List<Veto> vetoes = new ArrayList<>();
        for (int i = 0; i < form.getVetoes().size(); i++) {
            VetoRow row = form.getVetoes().get(i);
            if (!row.isBlank()) {
                Veto veto = veto(row, "vetoes[" + i + "].", gradeNames, problems);
                if (veto != null) {
                    vetoes.add(veto);
                }
            }
        }
        BigDecimal floor = number(form.getFloor(), "floor", problems);
        BigDecimal normaliseTo = number(form.getNormaliseTo(), "normaliseTo", problems);
        if (normaliseTo != null && normaliseTo.signum() <= 0) {
            problems.add(problem("normaliseTo", "campaign.settings.error.normaliseTo"));
        }
        Settings.MultipleScores multiple = choice(Settings.MultipleScores.class, form.getMultipleScores());
        if (multiple == null) {
            problems.add(problem("multipleScores", "campaign.settings.error.choice"));
        }
        if (!problems.isEmpty()) {
            return new Outcome(form.getSettings(), problems);
        }
        Settings settings = new Settings(bands, vetoes, floor, null, null, normaliseTo, multiple, form.isVetoedLast());
        return new Outcome(SettingsYaml.write(settings), List.of());
    }

    private static List<GradeBand> grades(List<GradeRow> rows, List<InputProblem> problems) {
        List<GradeBand> bands = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<BigDecimal, String> mins = new HashMap<>();
        int refused = problems.size();
        for (int i = 0; i < rows.size(); i++) {
            GradeRow row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            String at = "grades[" + i + "].";
            String name = strip(row.getName());
            BigDecimal min = GradeRow.blank(row.getMin())
                    ? missing(at + "min", "campaign.settings.error.gradeMin", problems)
                    : number(row.getMin(), at + "min", problems);
            if (name.isEmpty()) {
                problems.add(problem(at + "name", "campaign.settings.error.gradeName"));
            } else if (name.length() > MAX_NAME) {
                problems.add(problem(at + "name", "campaign.settings.error.tooLong", MAX_NAME));
            } else if (names.putIfAbsent(name, name) != null) {
                problems.add(problem(at + "name", "campaign.settings.error.gradeTwice", name));
            } else if (min != null) {
                String same = mins.putIfAbsent(min.stripTrailingZeros(), name);
                if (same != null) {
                    problems.add(problem(at + "min", "campaign.settings.error.minTwice", same));
                } else {
                    bands.add(new GradeBand(name, min));
                }
            }
        }
        if (bands.isEmpty() && problems.size() == refused) {
            problems.add(problem("grades", "campaign.settings.error.noGrades"));
        }
        return bands;
    }

    private static Veto veto(VetoRow row, String at, Set<String> gradeNames, List<InputProblem> problems) {
        int refused = problems.size();
        String name = strip(row.getName());
        if (name.isEmpty()) {
            problems.add(problem(at + "name", "campaign.settings.error.vetoName"));
        } else if (name.length() > MAX_NAME) {
            problems.add(problem(at + "name", "campaign.settings.error.tooLong", MAX_NAME));
        }
        BigDecimal below = number(row.getTotalBelow(), at + "totalBelow", problems);
        LinkedHashSet<String> rules = new LinkedHashSet<>(row.getRules().stream()
                .map(SettingsRows::strip)
                .filter(r -> !r.isEmpty())
                .toList());
        if (rules.isEmpty() && !row.isAnyNegativeCase() && GradeRow.blank(row.getTotalBelow())) {
            problems.add(problem(at + "when", "campaign.settings.error.noCondition"));
        }
        Veto.Effect effect = choice(Veto.Effect.class, row.getEffect());
        String grade = strip(row.getGrade());
        if (effect == null) {
            problems.add(problem(at + "effect", "campaign.settings.error.choice"));
        } else if (effect != Veto.Effect.ZERO_TOTAL && grade.isEmpty()) {
            problems.add(problem(at + "grade", "campaign.settings.error.vetoGrade"));
        } else if (effect == Veto.Effect.CAP_GRADE && !gradeNames.contains(grade)) {
            problems.add(problem(at + "grade", "campaign.settings.error.capNoBand", grade));
        } else if (grade.length() > MAX_NAME) {
            problems.add(problem(at + "grade", "campaign.settings.error.tooLong", MAX_NAME));
        }
        if (problems.size() > refused) {
            return null;
        }
        // a zeroing veto sets no grade: a grade left in its field is not kept
        return new Veto(
                name,
                new Veto.Condition(rules, row.isAnyNegativeCase(), below),
                effect,
                effect == Veto.Effect.ZERO_TOTAL ? null : grade);
    }

    private static BigDecimal number(String text, String field, List<InputProblem> problems) {
        if (GradeRow.blank(text)) {
            return null;
        }
        try {
            return PlainDecimal.parse(text.strip());
        } catch (PlainDecimal.Refused refused) {
            problems.add(new InputProblem(0, field, refused.key(), refused.args()));
            return null;
        }
    }

    private static BigDecimal missing(String field, String key, List<InputProblem> problems) {
        problems.add(problem(field, key));
        return null;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static InputProblem problem(String field, String key, Object... args) {
        return InputProblem.of(0, field, key, args);
    }
}
