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
        long id, Instant computedAt, String computedBy, String inputsSha256, List<UnitOutcome> outcomes) {

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
