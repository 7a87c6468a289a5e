package com.qinglian.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Table imports read the sheet a person sees, as a stream, and stop at the row cap however long the sheet is. */
class XlsxRowsTest {

    private static List<InputProblem> refusal(byte[] content) {
        return catchThrowableOfType(InputRejectedException.class, () -> TableWorkbook.read(content, List.of("甲")))
                .problems();
    }

    @Test
    void aHiddenFirstSheetIsSkippedForTheVisibleOne() {
        byte[] xlsx = workbook(SheetVisibility.HIDDEN, SheetVisibility.VISIBLE);

        assertThat(TableWorkbook.read(xlsx, List.of("甲")))
                .extracting(r -> r.get("甲"))
                .containsExactly("看得见的");
    }

    @Test
    void aVeryHiddenFirstSheetIsSkippedToo() {
        byte[] xlsx = workbook(SheetVisibility.VERY_HIDDEN, SheetVisibility.VISIBLE);

        assertThat(TableWorkbook.read(xlsx, List.of("甲")))
                .extracting(r -> r.get("甲"))
                .containsExactly("看得见的");
    }

    @Test
    void aWorkbookWithNoVisibleSheetIsRefusedNamingTheHiddenOnes() {
        byte[] xlsx = workbook(SheetVisibility.HIDDEN, SheetVisibility.VERY_HIDDEN);

        assertThat(refusal(xlsx))
                .singleElement()
                .isEqualTo(InputProblem.ofFile("import.error.noVisibleSheet", "隐藏、可见"));
    }

    @Test
    void aPasswordProtectedWorkbookSaysSo() {
        byte[] xlsx = XlsxSamples.encrypted(XlsxSamples.resaved(XlsxSamples.simple()));

        assertThat(refusal(xlsx)).singleElement().isEqualTo(InputProblem.ofFile("import.error.encrypted"));
    }

    @Test
    void cellsAreTrimmedOfNoBreakAndIdeographicSpaces() {
        byte[] xlsx = TableWorkbook.write("表", List.of("甲"), List.of(List.of("\u00a0区财政局\u3000")));

        assertThat(TableWorkbook.read(xlsx, List.of("甲")).get(0).get("甲")).isEqualTo("区财政局");
    }

    /**
     * 200,000 rows in a few megabytes: refused with the cap in the message, after reading just past the cap and
     * holding no more than a row at a time (the in-memory model needed hundreds of megabytes for this file).
     */
    @Test
    void twoHundredThousandRowsAreRefusedAtTheCapWithoutLoadingTheSheet() {
        byte[] xlsx = manyRows(200_000);
        assertThat(xlsx.length).isLessThan(TableWorkbook.MAX_BYTES);
        System.gc();
        long before = usedHeap();
        long started = System.nanoTime();

        List<InputProblem> problems = refusal(xlsx);

        long millis = (System.nanoTime() - started) / 1_000_000;
        long grownMb = (usedHeap() - before) / (1024 * 1024);
        System.out.printf(
                "200,000 rows (%d KB): refused in %d ms, heap grew %d MB%n", xlsx.length / 1024, millis, grownMb);
        assertThat(problems)
                .singleElement()
                .isEqualTo(InputProblem.ofFile("import.error.tooManyRows", TableWorkbook.MAX_ROWS, "单位"));
        assertThat(millis).isLessThan(15_000);
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Two sheets, "隐藏" then "可见", with the given visibilities; each has the header 甲 and one row. */
    private static byte[] workbook(SheetVisibility first, SheetVisibility second) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet hidden = workbook.createSheet("隐藏");
            hidden.createRow(0).createCell(0).setCellValue("甲");
            hidden.createRow(1).createCell(0).setCellValue("藏起来的");
            XSSFSheet visible = workbook.createSheet("可见");
            visible.createRow(0).createCell(0).setCellValue("甲");
            visible.createRow(1).createCell(0).setCellValue("看得见的");
            if (second != SheetVisibility.VISIBLE) {
                workbook.setSheetVisibility(1, second);
            }
            workbook.setActiveSheet(1);
            workbook.setFirstVisibleTab(1);
            workbook.setSheetVisibility(0, first);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] manyRows(int rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet("单位");
            sheet.createRow(0).createCell(0).setCellValue("甲");
            for (int r = 1; r <= rows; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
