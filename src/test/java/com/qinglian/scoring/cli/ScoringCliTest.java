package com.qinglian.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.rubric.RubricYaml;
import com.qinglian.scoring.ScoringFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI on the small rubric: encodings, quoting, refused rows and outputs. */
class ScoringCliTest {

    private static final String UNITS = "code,name,type\nA1,\"机关, 一\",agency\nS1,站所一,station\n";
    private static final String GOOD_SCORES = "unit,item,value\nA1,M1,2\nA1,M2,3.5\nS1,M1,1\nS1,S1,5\nS1,P,87%\n";

    @TempDir
    Path dir;

    @BeforeEach
    void writeRubricAndUnits() throws IOException {
        Files.writeString(dir.resolve("rubric.yaml"), RubricYaml.write(ScoringFixtures.smallRubric()));
        Files.writeString(dir.resolve("units.csv"), UNITS);
    }

    private CliRunner score(String scores, Charset charset, String cases, String out) throws IOException {
        Files.write(dir.resolve("scores.csv"), scores.getBytes(charset));
        Files.writeString(dir.resolve("cases.csv"), cases == null ? "unit,rule\n" : cases);
        return CliRunner.run(
                "score",
                "--lang",
                "en",
                "--rubric",
                path("rubric.yaml"),
                "--scores",
                path("scores.csv"),
                "--cases",
                path("cases.csv"),
                "--units",
                path("units.csv"),
                "--out",
                path(out));
    }

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    private String result() throws IOException {
        return Files.readString(dir.resolve("result.csv"), StandardCharsets.UTF_8);
    }

    @Test
    void scoresUtf8WithoutBom() throws IOException {
        CliRunner run = score(GOOD_SCORES, StandardCharsets.UTF_8, null, "result.csv");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("scored 2 units");
        assertThat(result()).contains("\"机关, 一\"").contains(",A1,").contains("S1,站所一,station,25,12.5,");
    }

    @Test
    void scoresUtf8WithBomAndGbkAlike() throws IOException {
        String chinese = "unit,item,value\r\nA1,M1,2\r\nA1,M2,4\r\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = chinese.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(dir.resolve("scores.csv"), withBom);
        assertThat(CliRunner.run(
                                "score",
                                "--lang",
                                "en",
                                "--rubric",
                                path("rubric.yaml"),
                                "--scores",
                                path("scores.csv"),
                                "--units",
                                path("units.csv"),
                                "--out",
                                path("result.csv"))
                        .exitCode())
                .isZero();
        String utf8 = result();

        Files.writeString(dir.resolve("units.csv"), UNITS, Charset.forName("GBK"));
        assertThat(score(chinese, Charset.forName("GBK"), null, "result.csv").exitCode())
                .isZero();
        assertThat(result()).isEqualTo(utf8).contains("机关, 一");
    }

    @Test
    void badNumberNamesFileLineAndColumnAndWritesNothing() throws IOException {
        CliRunner run = score("unit,item,value\nA1,M1,2\n\"A1\",M2,3.5x\n", StandardCharsets.UTF_8, null, "result.csv");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("scores.csv, line 3, column value: Not a plain decimal number: 3.5x");
        assertThat(dir.resolve("result.csv")).doesNotExist();
    }

    @Test
    void everyBadRowIsReportedWithItsLine() throws IOException {
        String cases = "unit,rule,count,date\nA1,FORM1,x,2021-01-01\nA1,FORM1,1,2021-13-01\n,FORM1,1,\n";
        CliRunner run = score(GOOD_SCORES, StandardCharsets.UTF_8, cases, "result.json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines())
                .containsExactly(
                        path("cases.csv") + ", line 2, column count: not a whole number of cases from 0 to 999999: x",
                        path("cases.csv") + ", line 3, column date: not a date (yyyy-MM-dd or yyyy/M/d): 2021-13-01",
                        path("cases.csv") + ", line 4, column unit: is empty",
                        "3 problem(s); nothing was written. Correct them and run again.");
        assertThat(dir.resolve("result.json")).doesNotExist();
    }

    @Test
    void engineRefusalsPointAtTheRow() throws IOException {
        String scores = "unit,item,value\nA1,M1,2\n\"A1\",M2,\"4\n\"\nS1,M1,2.5\nA1,X9,1\n";
        CliRunner run = score(scores, StandardCharsets.UTF_8, "unit,rule\nA1,NOPE\n", "result.xlsx");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        path("scores.csv") + ", line 5, column value: unit S1, item M1: score 2.5 is outside 0..2",
                        path("scores.csv") + ", line 6, column item: unit A1: unknown item X9",
                        path("cases.csv") + ", line 2, column rule: unit A1: unknown negative-list or bonus rule NOPE");
        assertThat(dir.resolve("result.xlsx")).doesNotExist();
    }

    @Test
    void missingColumnAndUnclosedQuoteAreNamed() throws IOException {
        assertThat(score("unit,item,points\nA1,M1,2\n", StandardCharsets.UTF_8, null, "result.csv")
                        .err())
                .contains("scores.csv, line 1, column value: missing column; the header has: unit, item, points");
        assertThat(score("unit,item,value\nA1,M1,\"2\n", StandardCharsets.UTF_8, null, "result.csv")
                        .err())
                .contains("scores.csv, line 2: a quoted field starting on this line is never closed");
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertThat(CliRunner.run("score", "--lang", "en", "--rubric", "x.yaml").exitCode())
                .isEqualTo(2);
        assertThat(CliRunner.run(
                                "score",
                                "--lang",
                                "en",
                                "--rubric",
                                path("rubric.yaml"),
                                "--scores",
                                path("units.csv"),
                                "--out",
                                "r.txt")
                        .err())
                .contains("--out must end in .xlsx, .csv or .json");
        assertThat(CliRunner.run("score", "--lang", "en", "--bogus", "1").err()).contains("unknown option --bogus");
        assertThat(CliRunner.run("score", "--lang", "en", "--help").out()).contains("usage: score");
    }

    @Test
    void badSettingsAreNamed() throws IOException {
        Files.writeString(
                dir.resolve("settings.yaml"),
                "vetoes:\n  - name: x\n    when: {anyCaseOf: [FORM4]}\n    effect: explode\n");
        Files.writeString(dir.resolve("scores.csv"), GOOD_SCORES);
        CliRunner run = CliRunner.run(
                "score",
                "--lang",
                "en",
                "--rubric",
                path("rubric.yaml"),
                "--scores",
                path("scores.csv"),
                "--settings",
                path("settings.yaml"),
                "--out",
                path("result.csv"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "settings.yaml: vetoes / x / effect: expected capGrade, setGrade or zeroTotal, found explode");
    }

    @Test
    void vetoOnARuleTheRubricLacksIsNamed() throws IOException {
        Files.writeString(
                dir.resolve("settings.yaml"),
                "vetoes:\n  - name: x\n    when: {anyCaseOf: [FORM9]}\n    effect: zeroTotal\n");
        Files.writeString(dir.resolve("scores.csv"), GOOD_SCORES);
        CliRunner run = CliRunner.run(
                "score",
                "--lang",
                "en",
                "--rubric",
                path("rubric.yaml"),
                "--scores",
                path("scores.csv"),
                "--settings",
                path("settings.yaml"),
                "--out",
                path("result.csv"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "settings.yaml: veto x refers to FORM9, which is no negative-list or bonus rule of the rubric");
    }

    @Test
    void writesAWorkbookWithResultsAndBreakdown() throws IOException {
        assertThat(score(GOOD_SCORES, StandardCharsets.UTF_8, "unit,rule,count\nA1,FORM1,1\n", "result.xlsx")
                        .exitCode())
                .isZero();
        try (InputStream in = Files.newInputStream(dir.resolve("result.xlsx"));
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet results = book.getSheetAt(0);
            assertThat(results.getRow(0).getCell(10).getStringCellValue()).isEqualTo("total");
            assertThat(results.getRow(1).getCell(2).getStringCellValue()).isEqualTo("S1");
            assertThat(results.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(12.5);
            assertThat(results.getRow(2).getCell(10).getNumericCellValue()).isEqualTo(8.5);
            assertThat(book.getSheetAt(1).getLastRowNum()).isEqualTo(2 * 14);
            assertThat(book.getSheetAt(2).getRow(0).getCell(3).getStringCellValue())
                    .isEqualTo("points");
        }
    }

    @Test
    void writesJsonWithExactNumbers() throws IOException {
        assertThat(score(GOOD_SCORES, StandardCharsets.UTF_8, null, "result.json")
                        .exitCode())
                .isZero();
        String json = Files.readString(dir.resolve("result.json"));
        assertThat(json)
                .contains("\"code\": \"S1\"")
                .contains("\"total\": 12.5")
                .contains("\"kind\": \"ITEM\", \"code\": \"P\", \"points\": 2.5");
    }
}
