package com.qinglian.ledger.facts;

import com.qinglian.shared.TextInput;

/** What an organiser enters for a rate item of a unit, the numbers as typed; checked by {@link RateTasks}. */
public record TaskDetails(String unitCode, String itemCode, String actual, String target, String basis) {

    public TaskDetails {
        unitCode = TextInput.tidy(unitCode);
        itemCode = TextInput.tidy(itemCode);
        actual = TextInput.tidy(actual);
        target = TextInput.tidy(target);
        basis = TextInput.tidy(basis);
    }
}
