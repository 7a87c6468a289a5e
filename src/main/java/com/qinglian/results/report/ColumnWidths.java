package com.qinglian.results.report;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths from the text written, counted in character widths (a hanzi is two), between a floor and a
 * ceiling; computed as rows stream by, because a streaming sheet cannot measure its columns afterwards and
 * font metrics for Chinese are not available on a server without Chinese fonts.
 */
final class ColumnWidths {

    private final int[] widths;
    private final int max;

    ColumnWidths(int columns, int min, int max) {
        this.widths = new int[columns];
        this.max = max;
        java.util.Arrays.fill(widths, min);
    }

    void fit(int column, String value) {
        if (value == null || column >= widths.length) {
            return;
        }
        int longest = 0;
        for (String line : value.split("\n")) {
            int width = 0;
            for (int i = 0; i < line.length(); i++) {
                width += line.charAt(i) < 0x2E80 ? 1 : 2;
            }
            longest = Math.max(longest, width);
        }
        widths[column] = Math.max(widths[column], Math.min(max, longest + 2));
    }

    /** Sets at least {@code width} characters for a column, whatever its contents. */
    void atLeast(int column, int width) {
        widths[column] = Math.max(widths[column], width);
    }

    void applyTo(Sheet sheet) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }
}
