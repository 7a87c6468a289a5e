package com.qinglian.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI benchmark's generator and run at small N, so the benchmark in docs/benchmarks.md never rots (not timed). */
class CliBenchmarkSmokeTest {

    @Test
    void generatedInputScoresEveryUnit(@TempDir Path dir) throws IOException {
        CliBenchmarkInput.write(300, dir);

        assertThat(Files.readAllLines(dir.resolve("scores.csv"))).hasSize(1 + 300 * 67);
        CliRunner run = CliRunner.run(
                "score",
                "--rubric",
                dir.resolve("rubric.yaml").toString(),
                "--scores",
                dir.resolve("scores.csv").toString(),
                "--units",
                dir.resolve("units.csv").toString(),
                "--cases",
                dir.resolve("cases.csv").toString(),
                "--out",
                dir.resolve("result.csv").toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        List<String> result = Files.readAllLines(dir.resolve("result.csv"), StandardCharsets.UTF_8);
        assertThat(result).hasSize(301);
        assertThat(result.get(1)).startsWith("1,1,");
    }
}
