package com.qinglian.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.rubric.RubricYaml;
import com.qinglian.scoring.ScoringFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text in the outputs: Excel's cell limit, formula neutralisation, control characters. */
class OutputTextTest {

    @Test
    void longTextIsCutToTheCellLimitWithAMark() {
        String cut = ExcelText.fit("字".repeat(100_000));
        assertThat(cut).hasSize(ExcelText.MAX_CELL).endsWith(ExcelText.CUT_MARK);
        assertThat(ExcelText.fit("short")).isEqualTo("short");
        String pairs = "😀".repeat(20_000);
        assertThat(ExcelText.fit(pairs)).endsWith(ExcelText.CUT_MARK).doesNotContain("\uFFFD");
        String beforeMark = ExcelText.fit(pairs).replace(ExcelText.CUT_MARK, "");
        assertThat(Character.isHighSurrogate(beforeMark.charAt(beforeMark.length() - 1)))
                .isFalse();
    }

    @Test
    void formulaStartsAreNeutralisedAndOtherTextKept() {
        assertThat(ExcelText.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(ExcelText.neutralise("+86")).isEqualTo("'+86");
        assertThat(ExcelText.neutralise("-2")).isEqualTo("'-2");
        assertThat(ExcelText.neutralise("@A1")).isEqualTo("'@A1");
        assertThat(ExcelText.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(ExcelText.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(ExcelText.neutralise("区委办公室")).isEqualTo("区委办公室");
        assertThat(ExcelText.neutralise("")).isEmpty();
    }

    @Test
    void cellsTrimEverySpaceAndPutTextOnOneLine() {
        assertThat(Cells.trim("\u00A0\u3000 A1\uFEFF ")).isEqualTo("A1");
        assertThat(Cells.singleLine("机关\u0000一\r\n\u001b二\u2028三")).isEqualTo("机关 一 二 三");
        assertThat(Cells.hasControl("A\u00071")).isTrue();
        assertThat(Cells.hasControl("机关 一")).isFalse();
    }

    @Test
    void theWorkbookOutputCutsAHundredThousandCharacterItemText(@TempDir Path dir) throws IOException {
        String yaml = RubricYaml.write(ScoringFixtures.smallRubric());
        String longText = "很长的细则内容".repeat(100_000 / 7 + 1);
        Files.writeString(dir.resolve("rubric.yaml"), yaml.replaceFirst("人工项一", longText));
        Files.writeString(dir.resolve("scores.csv"), "unit,item,value\nA1,M1,2\n");

        CliRunner run = CliRunner.run(
                "score",
                "--rubric",
                dir.resolve("rubric.yaml").toString(),
                "--scores",
                dir.resolve("scores.csv").toString(),
                "--out",
                dir.resolve("result.xlsx").toString());

        assertThat(run.err()).isEmpty();
        try (InputStream in = Files.newInputStream(dir.resolve("result.xlsx"));
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet breakdown = book.getSheet("明细 breakdown");
            String longest = "";
            for (Row row : breakdown) {
                String title = row.getCell(4).getStringCellValue();
                longest = title.length() > longest.length() ? title : longest;
            }
            assertThat(longest)
                    .hasSize(ExcelText.MAX_CELL)
                    .endsWith(ExcelText.CUT_MARK)
                    .contains("很长的细则内容");
        }
    }
}
