package com.qinglian.results.report;

import com.qinglian.results.UnitOutcome;
import java.math.BigDecimal;
import java.util.List;

/**
 * One unit's line in a report: its stored outcome, its subtotals in the report's column order, and whether
 * its result is complete. An incomplete unit is printed as 未完成, with neither rank nor grade.
 */
public record RankingRow(UnitOutcome outcome, List<BigDecimal> subtotals, boolean complete) {

    public static final String INCOMPLETE = "未完成";

    public Integer rank() {
        return complete ? outcome.rank() : null;
    }

    public Integer typeRank() {
        return complete ? outcome.typeRank() : null;
    }

    public String grade() {
        return complete ? outcome.grade() : INCOMPLETE;
    }

    public String typeName() {
        return typeName(outcome.unitType());
    }

    static String typeName(String unitType) {
        return "agency".equals(unitType) ? "机关" : "站所";
    }
}
