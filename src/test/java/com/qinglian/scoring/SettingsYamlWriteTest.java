package com.qinglian.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The settings writer: what it writes, the reader reads back to equal settings. */
class SettingsYamlWriteTest {

    private static Settings roundTrip(Settings settings) {
        return SettingsYaml.read(SettingsYaml.write(settings).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 500)
    void readingWhatWasWrittenGivesTheSameSettings(@ForAll("settings") Settings settings) {
        assertThat(roundTrip(settings)).isEqualTo(settings);
    }

    @Example
    void theDefaultsRoundTrip() {
        assertThat(roundTrip(Settings.defaults())).isEqualTo(Settings.defaults());
    }

    @Example
    void writesReadableYamlInTheDocumentedShape() {
        Settings settings = Settings.defaults()
                .withFloor(new BigDecimal("0"))
                .withMultipleScores(Settings.MultipleScores.AVERAGE)
                .withVetoes(List.of(
                        new Veto("第四种形态一票否决", Veto.Condition.onAnyCaseOf("FORM4"), Veto.Effect.CAP_GRADE, "不合格"),
                        new Veto(
                                "不予认定",
                                Veto.Condition.onAnyNegativeCase().orTotalBelow(new BigDecimal("60.5")),
                                Veto.Effect.SET_GRADE,
                                "不予认定")));
        assertThat(SettingsYaml.write(settings)).isEqualTo("""
                        grades:
                          - {grade: 优秀, min: 90}
                          - {grade: 良好, min: 80}
                          - {grade: 合格, min: 60}
                          - {grade: 不合格, min: 0}
                        floor: 0
                        multipleScores: average
                        vetoes:
                          - name: 第四种形态一票否决
                            when:
                              anyCaseOf: [FORM4]
                            effect: capGrade
                            grade: 不合格
                          - name: 不予认定
                            when: {anyNegativeCase: true, totalBelow: 60.5}
                            effect: setGrade
                            grade: 不予认定
                        """);
    }

    @Example
    void vetoedLastIsWrittenOnlyWhenSet() {
        Settings last = Settings.defaults().withVetoedLast(true);
        assertThat(SettingsYaml.write(last)).contains("\nvetoedLast: true\n");
        assertThat(roundTrip(last)).isEqualTo(last);
        assertThat(SettingsYaml.write(Settings.defaults())).doesNotContain("vetoedLast");
    }

    @Example
    void textsThatLookLikeOtherThingsStayTexts() {
        List<String> names =
                List.of("null", "~", "true", "90", "a: b", "#x", " lead", "- x", "'q'", "\"", "两行\n文本", "");
        List<Veto> vetoes = new ArrayList<>();
        for (String name : names) {
            vetoes.add(new Veto(name, Veto.Condition.onAnyCaseOf("FORM4"), Veto.Effect.SET_GRADE, name + "级"));
        }
        Settings settings = Settings.defaults().withVetoes(vetoes);
        assertThat(roundTrip(settings)).isEqualTo(settings);
    }

    @Provide
    Arbitrary<Settings> settings() {
        Arbitrary<List<GradeBand>> grades = Combinators.combine(text().filter(t -> !t.isBlank()), decimal())
                .as(GradeBand::new)
                .list()
                .ofMaxSize(5);
        return Combinators.combine(
                        grades,
                        decimal().injectNull(0.3),
                        dates(),
                        decimal().filter(d -> d.signum() > 0).injectNull(0.5),
                        Arbitraries.of(Settings.MultipleScores.class),
                        Arbitraries.longs().between(0, Long.MAX_VALUE))
                .as((bands, floor, period, normaliseTo, multiple, seed) -> {
                    Settings base =
                            new Settings(bands, null, floor, period.get(0), period.get(1), normaliseTo, multiple);
                    return base.withVetoes(vetoes(base, seed)).withVetoedLast(seed % 2 == 0);
                });
    }

    /** Vetoes whose grade caps name one of the settings' bands, as the settings require. */
    private static List<Veto> vetoes(Settings base, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<Veto> vetoes = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            Veto.Effect effect = Veto.Effect.values()[random.nextInt(3)];
            String grade = switch (effect) {
                case CAP_GRADE ->
                    base.grades().get(random.nextInt(base.grades().size())).grade();
                case SET_GRADE -> "不予认定" + random.nextInt(10);
                case ZERO_TOTAL -> random.nextBoolean() ? null : "";
            };
            Set<String> codes = random.nextBoolean() ? Set.of() : Set.of("FORM" + random.nextInt(5), "DISSATISFIED");
            BigDecimal below =
                    random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(4));
            vetoes.add(new Veto(
                    "否决" + i + (char) ('!' + random.nextInt(90)),
                    new Veto.Condition(codes, random.nextBoolean(), below),
                    effect,
                    grade));
        }
        return vetoes;
    }

    private static Arbitrary<String> text() {
        Arbitrary<String> random = Arbitraries.strings()
                .withChars("优秀良好合格不合格第四种形态否决 \t\n:#-{}[],&*!|>%@`'\"?\\")
                .withCharRange('a', 'z')
                .withCharRange('0', '9')
                .ofMaxLength(12);
        return Arbitraries.oneOf(random, Arbitraries.of("null", "~", "true", "no", "0.10", "010", "2021-01-01"));
    }

    private static Arbitrary<BigDecimal> decimal() {
        return Combinators.combine(
                        Arbitraries.longs().between(-10_000_000, 10_000_000),
                        Arbitraries.integers().between(0, 4))
                .as(BigDecimal::valueOf);
    }

    private static Arbitrary<List<LocalDate>> dates() {
        Arbitrary<LocalDate> day = Arbitraries.integers()
                .between(0, 3000)
                .map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
        return Combinators.combine(day.injectNull(0.4), day.injectNull(0.4)).as((a, b) -> {
            List<LocalDate> period = new ArrayList<>();
            boolean swap = a != null && b != null && b.isBefore(a);
            period.add(swap ? b : a);
            period.add(swap ? a : b);
            return period;
        });
    }
}
