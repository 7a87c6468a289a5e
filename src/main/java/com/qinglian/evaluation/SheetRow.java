package com.qinglian.evaluation;

import java.math.BigDecimal;

/**
 * One row of an offline scoring sheet.
 *
 * @param guarded whether the sheet says what the score was when it was made (sheets from this system do)
 * @param atDownload the evaluator's score when the sheet was made, or null when there was none
 */
public record SheetRow(
        int row,
        String unitCode,
        String itemCode,
        BigDecimal score,
        String comment,
        boolean guarded,
        BigDecimal atDownload) {}
