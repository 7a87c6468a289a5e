package com.qinglian.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming CSV reader: the line each row starts on, encodings, and files it refuses. */
class CsvInputTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    /** "line:a|b" for every data row. */
    private List<String> rows(byte[] content) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.write(file, content);
        List<String> rows = new ArrayList<>();
        try (CsvInput csv = CsvInput.open(file, "t.csv", problems)) {
            while (csv.next()) {
                rows.add(csv.line() + ":" + csv.cell("a") + "|" + csv.cell("b"));
            }
        }
        return rows;
    }

    private List<String> rows(String content) throws IOException {
        return rows(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void linesCountQuotedLineBreaksBlankLinesAndEveryLineEnding() throws IOException {
        assertThat(rows("\nA,B\r\n1,2\r\n\r\n\"x\r\ny\",3\n  ,  \n4,\"5\"\"\"\r6,\"\n\n\"\n7,8"))
                .containsExactly("3:1|2", "5:x\r\ny|3", "8:4|5\"", "9:6|", "12:7|8");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void headerNamesAreTrimmedAndCaseFree() throws IOException {
        assertThat(rows("\uFEFF A ,\u00A0b\u3000\n1,2\n")).containsExactly("2:1|2");
    }

    @Test
    void bomGbkAndPlainUtf8ReadAlike() throws IOException {
        String text = "a,b\n机关,站所\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertThat(rows(utf8)).containsExactly("2:机关|站所");
        assertThat(rows(bom)).containsExactly("2:机关|站所");
        assertThat(rows(text.getBytes(Charset.forName("GBK")))).containsExactly("2:机关|站所");
    }

    @Test
    void wrongFieldCountsAreProblemsAndTheRowIsSkipped() throws IOException {
        assertThat(rows("a,b\n1\n1,2,3\n4,5\n")).containsExactly("4:4|5");
        assertThat(problems.sorted(List.of("t.csv")))
                .extracting(p -> p.line() + " " + p.column() + " " + p.key())
                .containsExactly("2 b cli.csv.tooFewFields", "3 #3 cli.csv.tooManyFields");
    }

    @Test
    void aCharacterAfterAClosingQuoteIsRefusedAtItsLine() {
        assertThatThrownBy(() -> rows("a,b\n1,2\n\"3\"x,4\n")).isInstanceOfSatisfying(CliException.class, e -> {
            assertThat(e.problem().line()).isEqualTo(3);
            assertThat(e.problem().key()).isEqualTo("cli.csv.badQuote");
        });
    }

    @Test
    void aRowWithThousandsOfFieldsIsRefused() {
        assertThatThrownBy(() -> rows("a,b\n" + ",".repeat(5000) + "\n"))
                .isInstanceOfSatisfying(CliException.class, e -> {
                    assertThat(e.problem().line()).isEqualTo(2);
                    assertThat(e.problem().key()).isEqualTo("cli.csv.tooManyColumns");
                });
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThatThrownBy(() -> rows("\n\n"))
                .isInstanceOfSatisfying(
                        CliException.class, e -> assertThat(e.problem().key()).isEqualTo("cli.csv.noHeader"));
    }

    @Test
    void garbledGbkIsRefusedNotGuessed() {
        // valid GBK byte pairs, but only rare extension characters: not Chinese text anyone typed
        byte[] rare = {'a', ',', 'b', '\n', (byte) 0x81, 0x40, (byte) 0x82, 0x41, ',', (byte) 0x83, 0x42, '\n'};
        assertThatThrownBy(() -> rows(rare)).isInstanceOfSatisfying(CliException.class, e -> {
            assertThat(e.problem().key()).isEqualTo("cli.csv.encoding");
            assertThat(e.problem().line()).isEqualTo(2);
        });
    }
}
