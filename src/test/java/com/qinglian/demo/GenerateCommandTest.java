package com.qinglian.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The generate command's options: both spellings, defaults, and wrong usage refused before anything starts. */
class GenerateCommandTest {

    @Test
    void readsBothSpellingsAndFillsTheDefaults() {
        CampaignGenerator.Options options =
                GenerateCommand.options("generate", "--units", "50000", "--seed=42", "--spring.datasource.url=x");
        assertThat(options.units()).isEqualTo(50000);
        assertThat(options.seed()).isEqualTo(42);
        assertThat(options.code()).isEqualTo("gen42");
        assertThat(options.year()).isEqualTo(2021);
        assertThat(GenerateCommand.options("generate", "--units=3", "--campaign", "p1", "--year", "2024"))
                .isEqualTo(new CampaignGenerator.Options(3, 1, "p1", 2024));
    }

    @Test
    void wrongUsageIsRefusedWithTheReasonInBothLanguages() {
        for (String[] args : new String[][] {
            {"generate"},
            {"generate", "--units", "many"},
            {"generate", "--units", "0"},
            {"generate", "--units", "99999999999"},
            {"generate", "--units", "5", "--campaign", "名字"},
            {"generate", "--units", "5", "--year", "21"}
        }) {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int exit = GenerateCommand.run(Object.class, new PrintStream(output, true, StandardCharsets.UTF_8), args);
            assertThat(exit).as(String.join(" ", args)).isEqualTo(GenerateCommand.REFUSED);
            assertThat(output.toString(StandardCharsets.UTF_8)).contains("参数有误", "Wrong usage", "usage: generate");
        }
        assertThatThrownBy(() -> GenerateCommand.options("generate", "--seed", "x", "--units", "1"))
                .hasMessageContaining("--seed");
    }
}
