package com.qinglian.ledger.surveys;

import java.time.Instant;
import java.util.List;

/** The current import of one survey in a campaign, and the rubric item its rates feed. */
public record SurveyImport(
        String campaignCode,
        SurveyKind kind,
        String itemCode,
        String fileName,
        Instant importedAt,
        String importedBy,
        List<SurveyResult> results) {

    public SurveyImport {
        results = List.copyOf(results);
    }
}
