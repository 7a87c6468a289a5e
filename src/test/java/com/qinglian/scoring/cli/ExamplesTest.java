package com.qinglian.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.rubric.BuiltInRubrics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The illustrative input set under {@code examples/} produces the expected result shipped with it. */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("examples");

    @Test
    void exampleInputsGiveTheExpectedResult(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("result.csv");

        CliRunner run = CliRunner.run(
                "score",
                "--rubric",
                EXAMPLES.resolve("rubric.yaml").toString(),
                "--scores",
                EXAMPLES.resolve("scores.csv").toString(),
                "--cases",
                EXAMPLES.resolve("cases.csv").toString(),
                "--units",
                EXAMPLES.resolve("units.csv").toString(),
                "--settings",
                EXAMPLES.resolve("settings.yaml").toString(),
                "--out",
                out.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(EXAMPLES.resolve("expected-result.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void exampleRubricIsTheBuiltInSeed() throws IOException {
        try (InputStream seed = getClass().getClassLoader().getResourceAsStream(BuiltInRubrics.OUHAI_2021_RESOURCE)) {
            assertThat(Files.readAllBytes(EXAMPLES.resolve("rubric.yaml")))
                    .as("examples/rubric.yaml is a copy of the seed; copy it again when the seed changes")
                    .isEqualTo(seed.readAllBytes());
        }
    }
}
