package com.qinglian.results;

import java.util.List;

/**
 * One line of a ranking, for pages, exports and reports: a complete unit with its engine outcome, or an
 * incomplete one (未完成) with what it lacks and no rank or grade.
 */
public record RankingRow(
        String unitCode, String unitName, String unitType, UnitOutcome outcome, List<MissingItem> missing) {

    public RankingRow {
        missing = List.copyOf(missing);
    }

    static RankingRow of(UnitOutcome o) {
        return new RankingRow(o.unitCode(), o.unitName(), o.unitType(), o, List.of());
    }

    static RankingRow of(IncompleteUnit u) {
        return new RankingRow(u.unitCode(), u.unitName(), u.unitType(), null, u.missing());
    }

    public boolean complete() {
        return outcome != null;
    }
}
