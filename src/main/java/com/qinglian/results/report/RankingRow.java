package com.qinglian.results.report;

import com.qinglian.results.IncompleteUnit;
import com.qinglian.results.MissingItem;
import com.qinglian.results.UnitOutcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One unit's line in a report: a complete unit with its stored outcome and its subtotals in the report's column
 * order, or an incomplete one (未完成) with what it lacks. An incomplete unit is printed with neither total,
 * rank nor grade, so that no report can pass an unfinished result off as a 0.
 */
public record RankingRow(
        String unitCode,
        String unitName,
        String unitType,
        UnitOutcome outcome,
        List<BigDecimal> subtotals,
        List<MissingItem> missing) {

    public static final String INCOMPLETE = "未完成";

    public RankingRow {
        subtotals = Collections.unmodifiableList(new ArrayList<>(subtotals));
        missing = List.copyOf(missing);
    }

    static RankingRow of(UnitOutcome outcome, List<BigDecimal> subtotals) {
        return new RankingRow(
                outcome.unitCode(), outcome.unitName(), outcome.unitType(), outcome, subtotals, List.of());
    }

    /** An incomplete unit's line; its subtotal cells (one per column) stay empty. */
    static RankingRow of(IncompleteUnit unit, int columns) {
        return new RankingRow(
                unit.unitCode(),
                unit.unitName(),
                unit.unitType(),
                null,
                Collections.nCopies(columns, null),
                unit.missing());
    }

    public boolean complete() {
        return outcome != null;
    }

    public Integer rank() {
        return complete() ? outcome.rank() : null;
    }

    public Integer typeRank() {
        return complete() ? outcome.typeRank() : null;
    }

    public String grade() {
        return complete() ? outcome.grade() : INCOMPLETE;
    }

    public BigDecimal itemsTotal() {
        return complete() ? outcome.itemsTotal() : null;
    }

    public BigDecimal deductions() {
        return complete() ? outcome.deductions() : null;
    }

    public BigDecimal bonus() {
        return complete() ? outcome.bonus() : null;
    }

    public BigDecimal total() {
        return complete() ? outcome.total() : null;
    }

    public List<String> vetoes() {
        return complete() ? outcome.vetoes() : List.of();
    }

    /** What a report says beside the line: for an incomplete unit, how many items still lack a score or value. */
    public String note() {
        return complete() ? "" : INCOMPLETE + ":缺 " + missing.size() + " 项评分或测评数据,不参与排名和定等";
    }

    public String typeName() {
        return typeName(unitType);
    }

    static String typeName(String unitType) {
        return "agency".equals(unitType) ? "机关" : "站所";
    }
}
