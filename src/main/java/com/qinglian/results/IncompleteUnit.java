package com.qinglian.results;

import java.util.List;

/** A participant whose result is not complete: it gets no total, no rank and no grade, only what is missing. */
public record IncompleteUnit(String unitCode, String unitName, String unitType, List<MissingItem> missing) {

    public IncompleteUnit {
        missing = List.copyOf(missing);
    }
}
