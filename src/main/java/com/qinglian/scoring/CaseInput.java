package com.qinglian.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Cases of one case rule for one unit (e.g. two second-form cases): a negative-list or bonus rule, or a clause
 * printed inside a node.
 *
 * @param unitCode the unit concerned
 * @param ruleCode a rule code of the rubric's negative list or bonus
 * @param count how many cases this row records (0 or more)
 * @param multiplier aggravating or mitigating factor applied to per-case points (e.g. 2 or 0.5); 1 when null
 * @param date when the case was decided; cases outside the settings' period are ignored; null counts as inside
 * @param reference optional file number or note, echoed in the explanation
 * @param amount the points the assessor chose for a rule with a range (扣3-6分), per case; null otherwise
 * @param level the level of a rule with amounts by level (国家级, 省级 …); null otherwise
 */
public record CaseInput(
        String unitCode,
        String ruleCode,
        int count,
        BigDecimal multiplier,
        LocalDate date,
        String reference,
        BigDecimal amount,
        String level) {

    public CaseInput(
            String unitCode, String ruleCode, int count, BigDecimal multiplier, LocalDate date, String reference) {
        this(unitCode, ruleCode, count, multiplier, date, reference, null, null);
    }

    public CaseInput {
        if (unitCode == null || ruleCode == null) {
            throw new IllegalArgumentException("unit and rule are required");
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        multiplier = multiplier == null ? BigDecimal.ONE : multiplier;
        if (multiplier.signum() < 0) {
            throw new IllegalArgumentException("multiplier must not be negative");
        }
    }

    public CaseInput withAmount(BigDecimal newAmount) {
        return new CaseInput(unitCode, ruleCode, count, multiplier, date, reference, newAmount, level);
    }

    public CaseInput withLevel(String newLevel) {
        return new CaseInput(unitCode, ruleCode, count, multiplier, date, reference, amount, newLevel);
    }

    public static CaseInput of(String unitCode, String ruleCode, int count) {
        return new CaseInput(unitCode, ruleCode, count, BigDecimal.ONE, null, null);
    }

    public static CaseInput on(String unitCode, String ruleCode, int count, LocalDate date) {
        return new CaseInput(unitCode, ruleCode, count, BigDecimal.ONE, date, null);
    }
}
