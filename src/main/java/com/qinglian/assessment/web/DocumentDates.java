package com.qinglian.assessment.web;

import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads a document date as typed (2021-03-01, full-width digits too); empty means no date. */
final class DocumentDates {

    private DocumentDates() {}

    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(
                    Normalizer.normalize(value, Normalizer.Form.NFKC).strip());
        } catch (DateTimeParseException e) {
            throw new InputRejectedException(List.of(InputProblem.of(0, "evidenceDate", "evidence.error.dateFormat")));
        }
    }
}
