package com.qinglian.rubric;

import java.math.BigDecimal;

/**
 * A rubric-level rule counted per case: a negative-list deduction or a bonus.
 *
 * @param code stable id that cases refer to (e.g. {@code FORM1})
 * @param category the published heading the rule sits under (e.g. 被区纪委区监委四种形态处理)
 * @param title the published wording of the rule
 * @param perCase points per case (positive; a deduction subtracts it), or null when {@code fixed} is set
 * @param fixed points given once when there is at least one case, or null
 * @param cap the most this rule can give or take in total, or null for no cap
 * @param terms a range the assessor chooses from, amounts by level, multipliers by unit type
 */
public record CaseRule(
        String code,
        String category,
        String title,
        BigDecimal perCase,
        BigDecimal fixed,
        BigDecimal cap,
        CaseTerms terms) {

    public CaseRule {
        terms = terms == null ? CaseTerms.NONE : terms;
    }

    /** A rule of a fixed amount per case or once. */
    public CaseRule(String code, String category, String title, BigDecimal perCase, BigDecimal fixed, BigDecimal cap) {
        this(code, category, title, perCase, fixed, cap, CaseTerms.NONE);
    }

    /** The same rule with other amounts, keeping its range, levels and multipliers. */
    public CaseRule withAmounts(BigDecimal newPerCase, BigDecimal newFixed, BigDecimal newCap) {
        return new CaseRule(code, category, title, newPerCase, newFixed, newCap, terms);
    }
}
