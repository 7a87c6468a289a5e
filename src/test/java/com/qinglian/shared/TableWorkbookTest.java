package com.qinglian.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.qinglian.unit.UnitFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and writing one-sheet tables: what is read, and what is refused with which problem. */
class TableWorkbookTest {

    private static List<InputProblem> refusal(byte[] content, List<String> required) {
        return catchThrowableOfType(InputRejectedException.class, () -> TableWorkbook.read(content, required))
                .problems();
    }

    @Test
    void writesWhatItReadsBack() {
        byte[] xlsx = TableWorkbook.write("表", List.of("甲", "乙"), List.of(List.of("1", "一"), List.of("2", "")));
        List<TableWorkbook.Record> records = TableWorkbook.read(xlsx, List.of("甲", "乙"));
        assertThat(records).extracting(TableWorkbook.Record::row).containsExactly(2, 3);
        assertThat(records.get(0).get("乙")).isEqualTo("一");
        assertThat(records.get(1).get("乙")).isEmpty();
        assertThat(records.get(1).get("丙")).isEmpty();
    }

    @Test
    void trimsCellsStripsRequiredMarksFromHeadersAndSkipsBlankRows() {
        byte[] xlsx = UnitFixtures.workbook(
                List.of(" 甲* ", "乙"), List.of(List.of("  a  ", "b"), List.of("", " "), List.of("c", "")));
        List<TableWorkbook.Record> records = TableWorkbook.read(xlsx, List.of("甲"));
        assertThat(records).extracting(r -> r.get("甲")).containsExactly("a", "c");
        assertThat(records).extracting(TableWorkbook.Record::row).containsExactly(2, 4);
    }

    @Test
    void namesEveryMissingColumn() {
        byte[] xlsx = UnitFixtures.workbook(List.of("甲"), List.of(List.of("1")));
        assertThat(refusal(xlsx, List.of("甲", "乙", "丙")))
                .extracting(InputProblem::key, InputProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("import.error.missingColumn", "乙"),
                        org.assertj.core.groups.Tuple.tuple("import.error.missingColumn", "丙"));
    }

    @Test
    void refusesControlCharactersByRowAndColumn() {
        // In the file a control character is stored as _xHHHH_; POI itself would write a raw one as '?'.
        byte[] xlsx =
                UnitFixtures.workbook(List.of("甲", "乙"), List.of(List.of("ok", "ok"), List.of("ok", "bad_x0007_")));
        assertThat(refusal(xlsx, List.of("甲")))
                .singleElement()
                .satisfies(p -> assertThat(p).isEqualTo(InputProblem.of(3, "乙", "import.error.controlCharacters")));
    }

    @Test
    void refusesFilesThatAreNotWorkbooks() {
        assertThat(refusal(null, List.of())).extracting(InputProblem::key).containsExactly("import.error.emptyFile");
        assertThat(refusal(new byte[0], List.of()))
                .extracting(InputProblem::key)
                .containsExactly("import.error.emptyFile");
        assertThat(refusal("a,b\n1,2".getBytes(), List.of()))
                .extracting(InputProblem::key)
                .containsExactly("import.error.notExcel");
        assertThat(refusal(new byte[] {'P', 'K', 3, 4, 1, 2, 3}, List.of()))
                .extracting(InputProblem::key)
                .containsExactly("import.error.unreadable");
        assertThat(refusal(new byte[TableWorkbook.MAX_BYTES + 1], List.of()))
                .extracting(InputProblem::key)
                .containsExactly("import.error.tooLarge");
    }

    @Test
    void refusesTooManyRows() {
        List<List<String>> rows = java.util.stream.IntStream.rangeClosed(1, TableWorkbook.MAX_ROWS + 1)
                .mapToObj(i -> List.of(String.valueOf(i)))
                .toList();
        byte[] xlsx = TableWorkbook.write("表", List.of("甲"), rows);
        assertThat(refusal(xlsx, List.of("甲")))
                .extracting(InputProblem::key)
                .containsExactly("import.error.tooManyRows");
    }
}
