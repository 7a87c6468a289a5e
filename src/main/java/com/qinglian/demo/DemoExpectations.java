package com.qinglian.demo;

import com.qinglian.rubric.ExpectationDraft;
import com.qinglian.rubric.ItemExpectations;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The demo's evidence expectations on the built-in rubric: four confirmed by the organiser (two counts per
 * period, two rates), the reader's fifth proposal (B7.1) left to confirm; and the dates of the documents
 * units hold for the counted items, some units a period short.
 */
@Component
class DemoExpectations {

    static final String RUBRIC = "ouhai-clean-agency";
    static final String VERSION = "2021";

    private static final Map<String, ExpectationDraft> CONFIRMED = new LinkedHashMap<>();

    static {
        CONFIRMED.put("A1.1.1", new ExpectationDraft("COUNT", "QUARTER", "1", null, "监督检查记录"));
        CONFIRMED.put("A1.3.3", new ExpectationDraft("RATE", null, null, "100", "谈心谈话记录"));
        CONFIRMED.put("A1.4.2", new ExpectationDraft("COUNT", "HALF_YEAR", "1", null, "专题会议纪要"));
        CONFIRMED.put("A2.3.3", new ExpectationDraft("RATE", null, null, "95", null));
    }

    private final ItemExpectations expectations;

    DemoExpectations(ItemExpectations expectations) {
        this.expectations = expectations;
    }

    void confirm() {
        CONFIRMED.forEach((item, draft) -> expectations.confirm(RUBRIC, VERSION, item, draft, "admin"));
    }

    /**
     * The document dates of a unit's files for a counted item in {@code year}, or an empty list for other
     * items: every quarter of A1.1.1 but the third for units with an odd seed; both halves of A1.4.2 but the
     * second for every fourth unit.
     */
    static List<LocalDate> periodDocuments(String itemCode, int year, int seed) {
        return switch (itemCode) {
            case "A1.1.1" ->
                seed % 2 == 1
                        ? List.of(LocalDate.of(year, 2, 12), LocalDate.of(year, 5, 14), LocalDate.of(year, 11, 20))
                        : List.of(
                                LocalDate.of(year, 2, 12),
                                LocalDate.of(year, 5, 14),
                                LocalDate.of(year, 8, 19),
                                LocalDate.of(year, 11, 20));
            case "A1.4.2" ->
                seed % 4 == 2
                        ? List.of(LocalDate.of(year, 6, 24))
                        : List.of(LocalDate.of(year, 6, 24), LocalDate.of(year, 12, 16));
            default -> List.of();
        };
    }
}
