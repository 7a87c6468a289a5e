package com.qinglian.ledger.inspections;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One inspection of a unit with the score it proposes for a rubric item; organisers confirm item scores
 * from these proposals when they score the comprehensive evaluation.
 *
 * @param proposedScore between 0 and the item's points, a multiple of the rubric's step
 */
public record InspectionRecord(
        long id,
        String campaignCode,
        String unitCode,
        InspectionKind kind,
        LocalDate date,
        String inspector,
        String findings,
        String itemCode,
        BigDecimal proposedScore,
        Instant recordedAt,
        String recordedBy) {}
