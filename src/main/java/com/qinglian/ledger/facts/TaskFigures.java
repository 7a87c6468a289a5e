package com.qinglian.ledger.facts;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The figures of a rate item (完成率) for a unit: what it completed and the target it was given.
 *
 * @param actual 实际完成数, at least 0
 * @param target 下达任务数, at least 0 (0: the item's rule says whether that is full marks or none)
 * @param basis where the figures come from; may be null
 */
public record TaskFigures(
        long id,
        String campaignCode,
        String unitCode,
        String itemCode,
        BigDecimal actual,
        BigDecimal target,
        String basis,
        int version,
        Instant recordedAt,
        String recordedBy) {}
