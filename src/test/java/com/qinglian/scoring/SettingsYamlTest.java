package com.qinglian.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SettingsYamlTest {

    private static Settings read(String yaml) {
        return SettingsYaml.read(yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheExampleSettings() throws IOException {
        Settings settings = SettingsYaml.read(Files.readAllBytes(Path.of("examples/settings.yaml")));
        assertThat(settings.grades()).extracting(GradeBand::grade).containsExactly("优秀", "良好", "合格", "不合格");
        assertThat(settings.periodStart()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(settings.periodEnd()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(settings.vetoes()).singleElement().satisfies(veto -> {
            assertThat(veto.when().anyCaseOf()).containsExactly("FORM4");
            assertThat(veto.effect()).isEqualTo(Veto.Effect.CAP_GRADE);
        });
    }

    @Test
    void readsEveryField() {
        Settings settings = read("""
                grades: [{grade: A, min: 85}, {grade: B, min: 0}]
                floor: 10
                normaliseTo: 100
                multipleScores: average
                vetoes:
                  - name: 不予认定
                    when: {totalBelow: 90, anyNegativeCase: true}
                    effect: setGrade
                    grade: 不予认定
                  - {name: zero, when: {anyCaseOf: [FORM4, FORM3]}, effect: zeroTotal}
                """);
        assertThat(settings.gradeOf(ScoringFixtures.n("85"))).isEqualTo("A");
        assertThat(settings.floor()).isEqualByComparingTo("10");
        assertThat(settings.normaliseTo()).isEqualByComparingTo("100");
        assertThat(settings.multipleScores()).isEqualTo(Settings.MultipleScores.AVERAGE);
        assertThat(settings.vetoes().get(0).when().totalBelow()).isEqualByComparingTo("90");
        assertThat(settings.vetoes().get(0).when().anyNegativeCase()).isTrue();
        assertThat(settings.vetoes().get(1).effect()).isEqualTo(Veto.Effect.ZERO_TOTAL);
    }

    @Test
    void emptyFileGivesTheDefaults() {
        assertThat(read("")).isEqualTo(Settings.defaults());
    }

    @Test
    void vetoedLastIsReadAsTrueOrFalseAndIsFalseWhenAbsent() {
        assertThat(read("vetoedLast: true").vetoedLast()).isTrue();
        assertThat(read("vetoedLast: false").vetoedLast()).isFalse();
        assertThat(read("floor: 0").vetoedLast()).isFalse();
        assertThatThrownBy(() -> read("vetoedLast: yes"))
                .isInstanceOf(SettingsYaml.Refused.class)
                .hasMessage("vetoedLast: expected true or false, found yes");
    }

    @Test
    void refusalsNameTheField() {
        assertThatThrownBy(() -> read("flor: 0"))
                .hasMessage(
                        "settings: unknown field flor (allowed: grades, vetoes, floor, period, normaliseTo, multipleScores,"
                                + " vetoedLast)");
        assertThatThrownBy(() -> read("floor: 0\nfloor: 1")).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> read("period: {start: 2021-02-30}"))
                .hasMessageContaining("period / start: not a date");
        assertThatThrownBy(() -> read("multipleScores: median"))
                .hasMessage("multipleScores: expected reject, average or lead, found median");
        assertThatThrownBy(() -> read("grades: [{grade: A}]")).hasMessage("grades: min is required");
        assertThatThrownBy(() -> read("vetoes: [{name: v, when: {anyCaseOf: [FORM4]}, effect: capGrade}]"))
                .hasMessageContaining("vetoes / v: veto v needs a grade");
    }
}
