package com.qinglian.ledger.inspections;

import com.qinglian.shared.TextInput;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What an organiser enters for an inspection; checked by {@link Inspections}. */
public record InspectionDetails(
        String unitCode,
        InspectionKind kind,
        LocalDate date,
        String inspector,
        String findings,
        String itemCode,
        BigDecimal proposedScore) {

    public InspectionDetails {
        unitCode = strip(unitCode);
        inspector = strip(inspector);
        findings = strip(findings);
        itemCode = strip(itemCode);
    }

    private static String strip(String value) {
        return TextInput.tidy(value);
    }
}
