package com.qinglian.scoring;

import java.util.List;
import java.util.Optional;

/** The results of one scoring run: every unit, ordered by overall rank, ties by unit code. */
public record ScoringResult(List<UnitResult> units) {

    public ScoringResult {
        units = List.copyOf(units);
    }

    public Optional<UnitResult> unit(String code) {
        return units.stream().filter(u -> u.unit().code().equals(code)).findFirst();
    }
}
