package com.qinglian.scoring.cli;

import com.qinglian.scoring.IgnoredCase;
import com.qinglian.scoring.UnitResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** The columns of the results table, shared by the CSV and the Excel output. */
final class ResultRows {

    static final List<String> HEADER = List.of(
            "rank",
            "rank_in_type",
            "unit",
            "name",
            "type",
            "max",
            "items",
            "deductions",
            "bonus",
            "raw_total",
            "total",
            "normalised",
            "grade",
            "vetoes",
            "missing_items",
            "ignored_cases");

    /** Columns holding numbers; the rest are text. */
    static final int FIRST_NUMBER = 5;

    static final int LAST_NUMBER = 11;

    private ResultRows() {}

    /** Whether column {@code c} holds numbers (ranks and points); the others hold text. */
    static boolean isNumber(int c) {
        return c < 2 || (c >= FIRST_NUMBER && c <= LAST_NUMBER);
    }

    static List<String> row(UnitResult r) {
        return List.of(
                String.valueOf(r.rank()),
                String.valueOf(r.rankInType()),
                Cells.singleLine(r.unit().code()),
                Cells.singleLine(r.unit().name()),
                Cells.singleLine(r.unit().type()),
                plain(r.maxTotal()),
                plain(r.itemsTotal()),
                plain(r.deductionTotal()),
                plain(r.bonusTotal()),
                plain(r.rawTotal()),
                plain(r.total()),
                r.normalisedTotal() == null ? "" : r.normalisedTotal().toPlainString(),
                Cells.singleLine(r.grade()),
                Cells.singleLine(String.join("; ", r.vetoes())),
                String.join(" ", r.missingItems()),
                Cells.singleLine(
                        r.ignoredCases().stream().map(ResultRows::ignored).collect(Collectors.joining("; "))));
    }

    /** Plain decimal without trailing zeros: 93, 93.5, never 9.3E+1. */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static String ignored(IgnoredCase ignored) {
        return ignored.input().ruleCode()
                + (ignored.input().date() == null ? "" : " " + ignored.input().date()) + ": " + ignored.reason();
    }
}
