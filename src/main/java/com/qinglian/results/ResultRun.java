package com.qinglian.results;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One computation of a campaign's results.
 *
 * @param inputsSha256 digest of everything the engine was given, so that a stale result can be recognised
 */
public record ResultRun(
        long id,
        Instant computedAt,
        String computedBy,
        String inputsSha256,
        List<UnitOutcome> outcomes,
        List<IncompleteUnit> incomplete) {

    public ResultRun {
        outcomes = List.copyOf(outcomes);
        incomplete = List.copyOf(incomplete);
    }

    /**
     * The ranking as shown and exported: complete units by overall rank (or by rank within the type), then the
     * incomplete units (未完成) by code, which have no rank and no grade.
     */
    public List<RankingRow> rows(String unitType) {
        List<RankingRow> out = new java.util.ArrayList<>(
                ranking(unitType).stream().map(RankingRow::of).toList());
        incomplete.stream()
                .filter(u ->
                        unitType == null || unitType.isBlank() || u.unitType().equals(unitType))
                .sorted(Comparator.comparing(IncompleteUnit::unitCode))
                .map(RankingRow::of)
                .forEach(out::add);
        return out;
    }

    /** Whether every participant's result is complete. */
    public boolean allComplete() {
        return incomplete.isEmpty();
    }

    public java.util.Optional<IncompleteUnit> incompleteUnit(String unitCode) {
        return incomplete.stream().filter(u -> u.unitCode().equals(unitCode)).findFirst();
    }

    /** All units by overall rank, or the units of one type ({@code agency}, {@code station}) by their rank within it. */
    public List<UnitOutcome> ranking(String unitType) {
        if (unitType == null || unitType.isBlank()) {
            return outcomes;
        }
        return outcomes.stream()
                .filter(o -> o.unitType().equals(unitType))
                .sorted(Comparator.comparingInt(UnitOutcome::typeRank).thenComparing(UnitOutcome::unitCode))
                .toList();
    }
}
