package com.qinglian.ledger.surveys;

import java.math.BigDecimal;

/**
 * One unit's line of a survey import.
 *
 * @param satisfactionRate percentage, 0 to 100
 * @param row the row of the imported sheet it came from
 */
public record SurveyResult(
        String unitCode, int respondents, BigDecimal satisfactionRate, SurveyRating rating, int row) {}
