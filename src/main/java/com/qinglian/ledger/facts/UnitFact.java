package com.qinglian.ledger.facts;

import com.qinglian.scoring.FactInput;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A fact recorded for a unit in a campaign.
 *
 * @param value 1 (yes) or 0 (no) for a yes/no fact, the figure for a number
 * @param basis where the fact comes from (依据: 文号, 通报, 调查)
 */
public record UnitFact(
        long id,
        String campaignCode,
        String unitCode,
        String factCode,
        BigDecimal value,
        String basis,
        int version,
        Instant recordedAt,
        String recordedBy) {

    /** The fact as the scoring engine takes it. */
    public FactInput toFactInput() {
        return new FactInput(unitCode, factCode, value, basis);
    }
}
