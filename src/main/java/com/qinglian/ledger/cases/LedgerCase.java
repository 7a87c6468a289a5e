package com.qinglian.ledger.cases;

import com.qinglian.scoring.CaseInput;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One recorded negative-list or bonus case of a unit, stored whatever its date: the scoring engine
 * decides from the campaign's period whether it counts.
 *
 * @param count number of persons or cases, at least 1
 * @param multiplier aggravating (e.g. 2) or mitigating (e.g. 0.5) factor, 1 by default
 * @param documentNumber the deciding document's number (文号), unique per unit
 * @param amount the points per case chosen within the rule's range (扣3-6分); null for other rules
 * @param level the level of a rule with amounts by level (国家级, 省级 …); null for other rules
 */
public record LedgerCase(
        long id,
        String campaignCode,
        String unitCode,
        String ruleCode,
        int count,
        BigDecimal multiplier,
        LocalDate date,
        String documentNumber,
        String issuingBody,
        String description,
        BigDecimal amount,
        String level) {

    /** A case of a rule with a fixed amount: no chosen amount, no level. */
    public LedgerCase(
            long id,
            String campaignCode,
            String unitCode,
            String ruleCode,
            int count,
            BigDecimal multiplier,
            LocalDate date,
            String documentNumber,
            String issuingBody,
            String description) {
        this(
                id,
                campaignCode,
                unitCode,
                ruleCode,
                count,
                multiplier,
                date,
                documentNumber,
                issuingBody,
                description,
                null,
                null);
    }

    /** The case as the scoring engine takes it; the document number is the reference in the explanation. */
    public CaseInput toCaseInput() {
        return new CaseInput(unitCode, ruleCode, count, multiplier, date, documentNumber, amount, level);
    }
}
