package com.qinglian.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.rubric.RubricYaml;
import com.qinglian.scoring.ScoringFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and malformed files, generated here: every one refused with file, line and column, never a stack trace. */
class HostileInputsTest {

    private static final String UNITS = "code,name,type\nA1,机关一,agency\nS1,站所一,station\n";

    @TempDir
    Path dir;

    @BeforeEach
    void writeRubricAndUnits() throws IOException {
        Files.writeString(dir.resolve("rubric.yaml"), RubricYaml.write(ScoringFixtures.smallRubric()));
        Files.writeString(dir.resolve("units.csv"), UNITS);
    }

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    /** Runs with the given extra arguments after the rubric, units and scores; English unless told otherwise. */
    private CliRunner run(String scores, String... more) throws IOException {
        Files.writeString(dir.resolve("scores.csv"), scores);
        List<String> args = new ArrayList<>(List.of(
                "score",
                "--rubric",
                path("rubric.yaml"),
                "--units",
                path("units.csv"),
                "--scores",
                path("scores.csv")));
        args.addAll(Arrays.asList(more));
        if (!args.contains("--out")) {
            args.addAll(List.of("--out", path("result.csv")));
        }
        if (!args.contains("--lang")) {
            args.addAll(List.of("--lang", "en"));
        }
        CliRunner run = CliRunner.run(args.toArray(String[]::new));
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        return run;
    }

    @Test
    void rowsWithTooManyOrTooFewFieldsAreRefusedWithLineAndColumn() throws IOException {
        CliRunner run = run("unit,item,value\nA1,M1,2,9\nA1,M2\nS1,M1,1\n");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines())
                .startsWith(
                        path("scores.csv") + ", line 2, column #4: too many fields: 4 where the header has 3",
                        path("scores.csv") + ", line 3, column value: too few fields: 2 where the header has 3");
        assertThat(dir.resolve("result.csv")).doesNotExist();
    }

    @Test
    void exponentsAreRefusedBeforeAnyArithmetic() throws IOException {
        CliRunner run = run("unit,item,value\nA1,M1,1e1\nA1,M2,1e999999999\nS1,M1,1e-999999999\n");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(path("scores.csv") + ", line 2, column value: Not a plain decimal number: 1e1 (")
                .contains(path("scores.csv") + ", line 3, column value: Not a plain decimal number: 1e999999999")
                .contains(path("scores.csv") + ", line 4, column value: Not a plain decimal number: 1e-999999999");
    }

    @Test
    void exponentInTheSettingsIsRefused() throws IOException {
        Files.writeString(dir.resolve("settings.yaml"), "normaliseTo: 1e999999999\n");
        CliRunner run = run("unit,item,value\nA1,M1,2\n", "--settings", path("settings.yaml"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("settings / normaliseTo: not a plain decimal number: 1e999999999");
    }

    @Test
    void aFiftyMegabyteFieldIsRefusedWithoutReadingIt() throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve("scores.csv"))) {
            out.write("unit,item,value\nA1,M1,2\nA1,".getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'x');
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
            out.write(",2\n".getBytes(StandardCharsets.US_ASCII));
        }
        CliRunner run = CliRunner.run(
                "score",
                "--lang",
                "en",
                "--rubric",
                path("rubric.yaml"),
                "--scores",
                path("scores.csv"),
                "--out",
                path("result.csv"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        path("scores.csv")
                                + ", line 3, column item: field too long (more than 10000 characters); perhaps a quote is never closed");
    }

    @Test
    void anUnclosedQuoteRunningToTheEndIsNamedByTheLineItOpensOn() throws IOException {
        String scores = "unit,item,value\nA1,M1,2\nA1,\"M2,4\n" + "S1,M1,1\n".repeat(3000);
        CliRunner run = run(scores);
        assertThat(run.err()).contains(path("scores.csv") + ", line 3, column item: field too long");
        CliRunner shortRun = run("unit,item,value\nA1,M1,2\nA1,\"M2,4\nS1,M1,1\n");
        assertThat(shortRun.err())
                .contains(path("scores.csv") + ", line 3: a quoted field starting on this line is never closed");
    }

    @Test
    void aHeaderOnlyScoresFileIsAnError() throws IOException {
        CliRunner run = run("unit,item,value\r\n\r\n");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(path("scores.csv") + ": only a header, no data rows");
        assertThat(run.out()).doesNotContain("scored");
    }

    @Test
    void csvOutputIsSafeInExcelAndNamesLoseControlCharacters() throws IOException {
        Files.writeString(
                dir.resolve("units.csv"),
                "code,name,type\nA1,\"=HYPERLINK(\"\"http://x\"\")\",agency\nA2,+1,agency\nA3,-x,agency\n"
                        + "A4,@SUM(1),agency\nA5,\"机关\u0007五\u001b\r\n续\",agency\nS1,站所一,station\n");
        CliRunner run = run("unit,item,value\nA1,M1,2\nA2,M1,1\nA3,M1,1\nA4,M1,1\nA5,M1,1\nS1,M1,1\n");
        assertThat(run.err()).isEmpty();
        String result = Files.readString(dir.resolve("result.csv"), StandardCharsets.UTF_8);
        assertThat(result)
                .contains(",A1,\"'=HYPERLINK(\"\"http://x\"\")\",agency,")
                .contains(",A2,'+1,agency,")
                .contains(",A3,'-x,agency,")
                .contains(",A4,'@SUM(1),agency,")
                .contains(",A5,机关 五 续,agency,")
                .doesNotContain("\u0007")
                .doesNotContain("\u001b");
        assertThat(result.lines().skip(1)).allSatisfy(line -> assertThat(line).matches("\\d+,\\d+,.*"));
    }

    @Test
    void everyProblemOfARunIsReportedTogetherWithTheMissingOutputFolder() throws IOException {
        Files.writeString(dir.resolve("cases.csv"), "unit,rule,date\nA1,FORM1,2021-13-01\nA1,NOPE,\n");
        CliRunner run = run(
                "unit,item,value\nA1,M1,x\nA1,X9,1\nA1,S1,5\n",
                "--cases",
                path("cases.csv"),
                "--out",
                path("nope/result.csv"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines())
                .containsExactly(
                        path("scores.csv") + ", line 2, column value: Not a plain decimal number: x"
                                + " (write numbers like 3 or 2.5, without exponent, grouping or spaces)",
                        path("scores.csv") + ", line 3, column item: unit A1: unknown item X9",
                        path("scores.csv")
                                + ", line 4, column item: unit A1 (type agency): item S1 applies only to station; the score cannot count",
                        path("cases.csv") + ", line 2, column date: not a date (yyyy-MM-dd or yyyy/M/d): 2021-13-01",
                        path("cases.csv") + ", line 3, column rule: unit A1: unknown negative-list or bonus rule NOPE",
                        path("nope/result.csv") + ": the output folder does not exist: " + dir.resolve("nope"),
                        "6 problem(s); nothing was written. Correct them and run again.");
    }

    @Test
    void withoutUnitsAScoreForATypedItemIsReportedNotDropped() throws IOException {
        Files.writeString(dir.resolve("scores.csv"), "unit,item,value\nA1,M1,2\nA1,S1,5\n");
        CliRunner run = CliRunner.run(
                "score",
                "--lang",
                "en",
                "--rubric",
                path("rubric.yaml"),
                "--scores",
                path("scores.csv"),
                "--out",
                path("result.csv"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        path("scores.csv")
                                + ", line 3, column item: item S1 applies only to station; without --units the type of unit A1 is unknown");
    }

    @Test
    void oneDocumentCountsOnceHoweverItIsSpelled() throws IOException {
        Files.writeString(
                dir.resolve("cases.csv"),
                "unit,rule,reference\nA1,FORM1,瓯纪〔2025〕7号\nA1,FORM1,瓯纪[2025]7号\nA1,FORM2,\u00A0瓯纪（２０２５）7号\u3000\n"
                        + "S1,FORM1,瓯纪〔2025〕7号\nA1,FORM1,谈话提醒\nA1,FORM1,谈话提醒\n");
        CliRunner run = run("unit,item,value\nA1,M1,2\n", "--cases", path("cases.csv"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines())
                .containsExactly(
                        path("cases.csv")
                                + ", line 3, column reference: unit A1: document 瓯纪[2025]7号 is the same document as on line 2; one document counts once",
                        path("cases.csv")
                                + ", line 4, column reference: unit A1: document 瓯纪（２０２５）7号 is the same document as on line 2; one document counts once",
                        "2 problem(s); nothing was written. Correct them and run again.");
    }

    @Test
    void messagesAreChineseByDefault() throws IOException {
        CliRunner run = run("unit,item,value\nA1,M1,1e1\n", "--lang", "zh");
        assertThat(run.err())
                .contains(path("scores.csv") + " 第 2 行 value 列:不是普通小数:1e1")
                .contains("共 1 个问题,未写出结果");
        Files.writeString(dir.resolve("scores.csv"), "unit,item,value\nA1,M1,1e1\n");
        CliRunner byDefault = CliRunner.run(
                "score", "--rubric", path("rubric.yaml"), "--scores", path("scores.csv"), "--out", path("r.csv"));
        assertThat(byDefault.err()).contains("第 2 行 value 列:不是普通小数");
        assertThat(CliRunner.run("score", "--bogus", "1").err())
                .contains("未知选项 --bogus")
                .contains("用法");
    }

    @Test
    void brokenFilesGiveMessagesNotStackTraces() throws IOException {
        Files.write(dir.resolve("rubric.yaml"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2});
        CliRunner rubric = run("unit,item,value\nA1,M1,2\n");
        assertThat(rubric.exitCode()).isEqualTo(1);
        assertThat(rubric.err()).startsWith(path("rubric.yaml") + ": ");

        Files.writeString(dir.resolve("rubric.yaml"), "a: &a [*a]\n");
        CliRunner alias = run("unit,item,value\nA1,M1,2\n");
        assertThat(alias.exitCode()).isIn(1, 4);
        assertThat(alias.err()).isNotBlank();

        CliRunner folderAsFile = CliRunner.run(
                "score",
                "--lang",
                "en",
                "--rubric",
                dir.toString(),
                "--scores",
                dir.toString(),
                "--out",
                path("r.csv"));
        assertThat(folderAsFile.exitCode()).isEqualTo(1);
        assertThat(folderAsFile.err()).contains(dir + ": no such file");
    }

    @Test
    void aFileInNeitherUtf8NorGbkIsRefusedNamingTheLine() throws IOException {
        Files.write(dir.resolve("units.csv"), "code,name,type\nA1,café,agency\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRunner latin1 = run("unit,item,value\nA1,M1,2\n");
        assertThat(latin1.err())
                .contains(
                        path("units.csv")
                                + ", line 2: the file is neither UTF-8 nor GBK-encoded Chinese text (unreadable from this line on)");

        Files.write(
                dir.resolve("units.csv"),
                "code,name,type\nA1,ナカムラ,agency\nS1,サトウ,station\n".getBytes(Charset.forName("Shift_JIS")));
        assertThat(run("unit,item,value\nA1,M1,2\n").err())
                .contains(path("units.csv") + ", line 2: the file is neither UTF-8 nor GBK");

        Files.write(dir.resolve("units.csv"), "code,name,type\nA1,机关一,agency\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(run("unit,item,value\nA1,M1,2\n").err())
                .contains(path("units.csv") + ", line 1: the file is neither UTF-8 nor GBK");
    }
}
