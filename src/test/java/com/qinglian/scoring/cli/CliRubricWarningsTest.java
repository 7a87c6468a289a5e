package com.qinglian.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI shows the rubric's warnings, such as a printed total scored by its children's sum, and still scores. */
class CliRubricWarningsTest {

    private static final String RUBRIC = """
            format: qinglian-rubric/1
            code: printed
            version: "1"
            title: 印刷分值不符示例
            total: 30
            printedTotals: sum
            nodes:
              - code: A
                level: group
                title: 共性指标
                points: 30
                children:
                  - {code: A1, level: item, text: 细则一, points: 15}
                  - {code: A2, level: item, text: 细则二, points: 10}
            """;

    @Test
    void aPrintedTotalScoredByTheSumIsShownAsAWarningAndTheResultIsWritten(@TempDir Path dir) throws IOException {
        Path rubric = Files.writeString(dir.resolve("rubric.yaml"), RUBRIC, StandardCharsets.UTF_8);
        Path scores = Files.writeString(dir.resolve("scores.csv"), "unit,item,value\nU1,A1,15\nU1,A2,10\n");
        Path out = dir.resolve("result.csv");

        CliRunner run = CliRunner.run(
                "score", "--rubric", rubric.toString(), "--scores", scores.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("rubric.yaml:提醒:", "A", "30", "25");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("U1");
    }
}
