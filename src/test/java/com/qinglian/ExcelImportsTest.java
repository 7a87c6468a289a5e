package com.qinglian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.qinglian.evaluation.ScoringWorkbook;
import com.qinglian.ledger.surveys.SurveySheet;
import com.qinglian.rubric.BuiltInRubrics;
import com.qinglian.rubric.RubricExcel;
import com.qinglian.rubric.RubricFiles;
import com.qinglian.rubric.RubricInvalidException;
import com.qinglian.rubric.RubricProblem;
import com.qinglian.security.UserSheet;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.XlsxRefusedException.Reason;
import com.qinglian.shared.XlsxSamples;
import com.qinglian.unit.UnitSheet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Excel import opens its upload through the shared opener, so each refuses every kind of file the
 * opener refuses, in its own words, and nothing of such a file is read.
 */
class ExcelImportsTest {

    private static final Map<Reason, String> TABLE_KEYS = new EnumMap<>(Map.of(
            Reason.EMPTY, "import.error.emptyFile",
            Reason.TOO_LARGE, "import.error.tooLarge",
            Reason.OLD_XLS, "import.error.oldXls",
            Reason.ENCRYPTED, "import.error.encrypted",
            Reason.MACROS, "import.error.macros",
            Reason.NOT_XLSX, "import.error.notExcel",
            Reason.ZIP_BOMB, "import.error.zipBomb",
            Reason.CORRUPT, "import.error.unreadable",
            Reason.TOO_MANY_ROWS, "import.error.tooManyRows",
            Reason.SHEET_TOO_LARGE, "import.error.sheetTooLarge"));

    private static final Map<Reason, String> RUBRIC_KEYS = new EnumMap<>(Map.of(
            Reason.EMPTY, "rubric.error.emptyFile",
            Reason.TOO_LARGE, "rubric.error.fileTooLarge",
            Reason.OLD_XLS, "rubric.error.excel.oldXls",
            Reason.ENCRYPTED, "rubric.error.excel.encrypted",
            Reason.MACROS, "rubric.error.excel.macros",
            Reason.NOT_XLSX, "rubric.error.excel.notXlsx",
            Reason.ZIP_BOMB, "rubric.error.excel.zipBomb",
            Reason.CORRUPT, "rubric.error.excel.corrupt",
            Reason.TOO_MANY_ROWS, "rubric.error.excel.tooManyRows",
            Reason.SHEET_TOO_LARGE, "rubric.error.excel.sheetTooLarge"));

    private static final Map<String, Consumer<byte[]>> TABLE_IMPORTS = Map.of(
            "units", UnitSheet::read,
            "users", UserSheet::read,
            "surveys", SurveySheet::read,
            "offline scoring sheets", ScoringWorkbook::read);

    static Stream<Arguments> tableImports() {
        List<XlsxSamples.Sample> samples = XlsxSamples.all(UnitSheet.template());
        return TABLE_IMPORTS.entrySet().stream()
                .flatMap(i -> samples.stream().map(s -> Arguments.of(i.getKey(), s, i.getValue())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("tableImports")
    void tableImportsRefuseWhatTheOpenerRefuses(String name, XlsxSamples.Sample sample, Consumer<byte[]> reader) {
        InputRejectedException refused =
                catchThrowableOfType(InputRejectedException.class, () -> reader.accept(sample.content()));
        assertThat(refused).as(name + " reads " + sample).isNotNull();
        assertThat(refused.problems()).extracting(InputProblem::key).containsExactly(TABLE_KEYS.get(sample.reason()));
    }

    static List<XlsxSamples.Sample> rubricSamples() {
        return XlsxSamples.all(RubricExcel.write(BuiltInRubrics.ouhai2021()));
    }

    @ParameterizedTest(name = "rubrics: {0}")
    @MethodSource("rubricSamples")
    void rubricImportRefusesWhatTheOpenerRefuses(XlsxSamples.Sample sample) {
        RubricInvalidException refused =
                catchThrowableOfType(RubricInvalidException.class, () -> RubricExcel.read(sample.content()));
        assertThat(refused).as("rubrics read " + sample).isNotNull();
        assertThat(refused.problems()).extracting(RubricProblem::key).containsExactly(RUBRIC_KEYS.get(sample.reason()));
    }

    @Test
    void aRubricUploadThatIsAnOldOrEncryptedWorkbookIsReadAsExcel() {
        byte[] valid = RubricExcel.write(BuiltInRubrics.ouhai2021());
        List<XlsxSamples.Sample> samples = XlsxSamples.all(valid);
        for (XlsxSamples.Sample sample : samples) {
            if (sample.reason() == Reason.OLD_XLS || sample.reason() == Reason.ENCRYPTED) {
                RubricInvalidException refused =
                        catchThrowableOfType(RubricInvalidException.class, () -> RubricFiles.parse(sample.content()));
                assertThat(refused.problems())
                        .extracting(RubricProblem::key)
                        .containsExactly(RUBRIC_KEYS.get(sample.reason()));
            }
        }
    }
}
