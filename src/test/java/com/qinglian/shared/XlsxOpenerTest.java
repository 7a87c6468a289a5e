package com.qinglian.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one opener of uploaded workbooks: what it refuses, and why. */
class XlsxOpenerTest {

    private static final int MAX_BYTES = 5 * 1024 * 1024;

    static List<XlsxSamples.Sample> samples() {
        return XlsxSamples.all(XlsxSamples.simple());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void refusesWithItsReason(XlsxSamples.Sample sample) {
        XlsxRefusedException refused = catchThrowableOfType(
                XlsxRefusedException.class, () -> XlsxOpener.open(sample.content(), MAX_BYTES, 20_001));
        assertThat(refused).as(sample.name()).isNotNull();
        assertThat(refused.refusals())
                .extracting(XlsxRefusedException.Refusal::reason)
                .containsExactly(sample.reason());
    }

    @Test
    void aSheetWithTooManyRowsIsNamed() {
        byte[] xlsx = XlsxSamples.tooManyRows(XlsxSamples.simple());
        XlsxRefusedException refused =
                catchThrowableOfType(XlsxRefusedException.class, () -> XlsxOpener.open(xlsx, MAX_BYTES, 100));
        assertThat(refused.refusals())
                .containsExactly(new XlsxRefusedException.Refusal(XlsxRefusedException.Reason.TOO_MANY_ROWS, "大表", ""));
    }

    @Test
    void opensAnHonestWorkbook() throws Exception {
        try (XSSFWorkbook workbook = XlsxOpener.open(XlsxSamples.simple(), MAX_BYTES, 2)) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("1");
        }
    }
}
