package com.qinglian.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.rubric.RubricYaml;
import com.qinglian.scoring.ScoringFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input tables as .xlsx, the facts file, and the explanation's words in the outputs, through the whole CLI. */
class CliWorkbookAndFactsTest {

    private static final String UNITS = "code,name,type\nA1,机关一,agency\nS1,站所一,station\n";
    private static final String SCORES = "unit,item,value\nA1,M1,2\nA1,M2,3.5\nS1,M1,1\nS1,S1,5\nS1,P,87%\n";

    @TempDir
    Path dir;

    @BeforeEach
    void writeRubric() throws IOException {
        Files.writeString(dir.resolve("rubric.yaml"), RubricYaml.write(ScoringFixtures.smallRubric()));
        Files.writeString(dir.resolve("units.csv"), UNITS);
        Files.writeString(dir.resolve("scores.csv"), SCORES);
    }

    private CliRunner score(String scores, String units, String out, String... more) {
        List<String> args = new ArrayList<>(
                List.of("score", "--rubric", path("rubric.yaml"), "--scores", path(scores), "--units", path(units)));
        for (String arg : more) {
            args.add(arg.startsWith("--") || arg.equals("en") ? arg : path(arg));
        }
        args.addAll(List.of("--out", path(out)));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    /** A workbook whose first visible sheet holds the rows; numbers become number cells, 87% a percent cell. */
    private void workbook(String name, String... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            Sheet sheet = book.createSheet("数据");
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0%"));
            // a blank row first: the header is the first row that is not blank
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                String[] cells = rows[r].split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    String cell = cells[c];
                    if (cell.matches("\\d+(\\.\\d+)?")) {
                        row.createCell(c).setCellValue(Double.parseDouble(cell));
                    } else if (cell.matches("\\d+%")) {
                        row.createCell(c).setCellValue(Integer.parseInt(cell.replace("%", "")) / 100.0);
                        row.getCell(c).setCellStyle(percent);
                    } else if (!cell.isEmpty()) {
                        row.createCell(c).setCellValue(cell);
                    }
                }
            }
            book.write(out);
        }
    }

    @Test
    void workbooksScoreLikeTheirCsv() throws IOException {
        assertThat(score("scores.csv", "units.csv", "from-csv.csv").exitCode()).isZero();
        workbook("units.xlsx", UNITS.split("\n"));
        workbook("scores.xlsx", SCORES.split("\n"));
        CliRunner run = score("scores.xlsx", "units.xlsx", "from-xlsx.csv");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("from-xlsx.csv")))
                .isEqualTo(Files.readString(dir.resolve("from-csv.csv")))
                .contains("S1,站所一,station");
    }

    @Test
    void aBadCellOfAWorkbookIsNamedByItsExcelRow() throws IOException {
        workbook("scores.xlsx", "unit,item,value", "A1,M1,2", "A1,M2,3.5x", "A1,NOPE,1");
        CliRunner run = CliRunner.run(
                "score",
                "--lang",
                "en",
                "--rubric",
                path("rubric.yaml"),
                "--scores",
                path("scores.xlsx"),
                "--units",
                path("units.csv"),
                "--out",
                path("result.csv"));
        assertThat(run.exitCode()).isEqualTo(1);
        // the sheet starts with a blank row: the header is row 2
        assertThat(run.err())
                .contains(path("scores.xlsx") + ", line 4, column value: Not a plain decimal number: 3.5x")
                .contains(path("scores.xlsx") + ", line 5, column item: unit A1: unknown item NOPE");
        assertThat(dir.resolve("result.csv")).doesNotExist();
    }

    @Test
    void aFileNamedXlsxThatIsNoWorkbookIsRefusedAsSuch() throws IOException {
        Files.writeString(dir.resolve("scores.xlsx"), SCORES);
        CliRunner run = CliRunner.run(
                "score",
                "--lang",
                "en",
                "--rubric",
                path("rubric.yaml"),
                "--scores",
                path("scores.xlsx"),
                "--out",
                path("result.csv"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(path("scores.xlsx") + ": the file is named .xlsx but is no Excel workbook");
    }

    @Test
    void factsTheRubricDoesNotDeclareAreRefusedRowByRowAndNothingIsWritten() throws IOException {
        Files.writeString(dir.resolve("facts.csv"), "unit,fact,value,basis\nA1,ACCIDENT,是,通报\nS1,SATISFACTION,95,\n");
        CliRunner run = score("scores.csv", "units.csv", "result.json", "--facts", "facts.csv", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines())
                .containsExactly(
                        path("facts.csv")
                                + ", line 2, column fact: the rubric declares no fact ACCIDENT (declared facts: —)",
                        path("facts.csv")
                                + ", line 3, column fact: the rubric declares no fact SATISFACTION (declared facts: —)",
                        "2 problem(s); nothing was written. Correct them and run again.");
        assertThat(dir.resolve("result.json")).doesNotExist();
    }

    @Test
    void explanationLinesCarryTheirKindsWordsInJsonAndXlsx() throws IOException {
        assertThat(score("scores.csv", "units.csv", "result.json").exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("result.json"), StandardCharsets.UTF_8))
                .containsPattern("\\{\"kind\": \"ITEM\", \"code\": \"M1\", [^}]*, \"label\": \"细则得分\"}");
        assertThat(score("scores.csv", "units.csv", "result.xlsx").exitCode()).isZero();
        try (InputStream in = Files.newInputStream(dir.resolve("result.xlsx"));
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet explanation = book.getSheet("说明 explanation");
            assertThat(explanation.getRow(0).getCell(5).getStringCellValue()).isEqualTo("label");
            assertThat(explanation.getRow(1).getCell(1).getStringCellValue()).isEqualTo("ITEM");
            assertThat(explanation.getRow(1).getCell(5).getStringCellValue()).isEqualTo("细则得分");
        }
    }
}
