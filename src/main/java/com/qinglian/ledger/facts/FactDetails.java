package com.qinglian.ledger.facts;

import com.qinglian.shared.TextInput;

/**
 * What an organiser enters for a fact; checked by {@link UnitFacts} against the rubric's declaration.
 *
 * @param value as typed: {@code 1} or {@code 0} for a yes/no fact (the form's select), a plain decimal for a number
 */
public record FactDetails(String unitCode, String factCode, String value, String basis) {

    public FactDetails {
        unitCode = TextInput.tidy(unitCode);
        factCode = TextInput.tidy(factCode);
        value = TextInput.tidy(value);
        basis = TextInput.tidy(basis);
    }
}
