package com.qinglian.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.shared.ExcelCells;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A rubric may hold an item of 100,000 characters; its Excel download cuts that cell visibly instead of failing. */
class RubricLongTextExcelTest {

    @Test
    void anItemLongerThanACellIsCutWithAVisibleMark() throws IOException {
        String yaml = RubricYaml.write(RubricExcelFixtures.smallRubric());
        String longText = "严格执行".repeat(25_000) + "𠀀"; // 100,001 characters, one beyond the basic plane
        Rubric rubric =
                RubricYaml.read(yaml.replace("严格执行纪律处分条例,每季度不少于1次;", longText).getBytes(StandardCharsets.UTF_8));
        assertThat(rubric.node("A1.1.1").orElseThrow().text()).hasSize(100_002);

        byte[] xlsx = RubricExcel.write(rubric);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            String longest = "";
            for (var sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = cell.toString();
                        longest = text.length() > longest.length() ? text : longest;
                    }
                }
            }
            assertThat(longest)
                    .hasSize(ExcelCells.MAX_CELL)
                    .startsWith("1.严格执行")
                    .endsWith(ExcelCells.CUT_MARK);
        }
    }

    @Test
    void fitNeverSplitsASurrogatePair() {
        String text = "a".repeat(ExcelCells.MAX_CELL - ExcelCells.CUT_MARK.length() - 1) + "𠀀".repeat(10);

        String fitted = ExcelCells.fit(text);

        assertThat(fitted).endsWith(ExcelCells.CUT_MARK).hasSizeLessThanOrEqualTo(ExcelCells.MAX_CELL);
        assertThat(Character.isHighSurrogate(fitted.charAt(fitted.length() - ExcelCells.CUT_MARK.length() - 1)))
                .isFalse();
        assertThat(ExcelCells.fit("短")).isEqualTo("短");
    }
}
