package com.qinglian.scoring;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.RuleSet;
import java.math.BigDecimal;
import java.util.List;

/** Applies one rule set (the negative list or the bonus) to a unit's counted cases, with per-rule and overall caps. */
final class CaseScorer {

    private final RuleSet rules;
    private final String listCode;
    private final ExplanationLine.Kind caseKind;
    private final ExplanationLine.Kind capKind;
    private final int sign;

    private CaseScorer(
            RuleSet rules, String listCode, ExplanationLine.Kind caseKind, ExplanationLine.Kind capKind, int sign) {
        this.rules = rules;
        this.listCode = listCode;
        this.caseKind = caseKind;
        this.capKind = capKind;
        this.sign = sign;
    }

    static CaseScorer negativeList(RuleSet rules) {
        return new CaseScorer(
                rules, "negativeList", ExplanationLine.Kind.DEDUCTION, ExplanationLine.Kind.DEDUCTION_CAP, -1);
    }

    static CaseScorer bonus(RuleSet rules) {
        return new CaseScorer(rules, "bonus", ExplanationLine.Kind.BONUS, ExplanationLine.Kind.BONUS_CAP, 1);
    }

    /** What the list gives or takes after caps (not negative), appending the applied cases and explanation lines. */
    BigDecimal apply(List<CaseInput> counted, List<AppliedCase> applied, ExplanationList lines) {
        if (counted.isEmpty() || rules.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal listTotal = BigDecimal.ZERO;
        for (CaseRule rule : rules.rules()) {
            BigDecimal ruleTotal = BigDecimal.ZERO;
            boolean fixedGiven = false;
            for (CaseInput input : counted) {
                if (!input.ruleCode().equals(rule.code())) {
                    continue;
                }
                BigDecimal points;
                String detail;
                if (rule.perCase() != null) {
                    points = rule.perCase()
                            .multiply(BigDecimal.valueOf(input.count()))
                            .multiply(input.multiplier());
                    detail = input.count() + " × " + rule.perCase().toPlainString()
                            + (input.multiplier().compareTo(BigDecimal.ONE) == 0
                                    ? ""
                                    : " × " + input.multiplier().toPlainString());
                } else {
                    points = fixedGiven ? BigDecimal.ZERO : rule.fixed();
                    detail = fixedGiven ? "fixed, already given" : "fixed";
                    fixedGiven = true;
                }
                applied.add(new AppliedCase(input, rule, points));
                lines.append(caseKind, rule.code(), signed(points), describe(detail, input));
                ruleTotal = ruleTotal.add(points);
            }
            if (rule.cap() != null && ruleTotal.compareTo(rule.cap()) > 0) {
                lines.append(
                        capKind,
                        rule.code(),
                        signed(ruleTotal.subtract(rule.cap())).negate(),
                        "rule cap " + rule.cap().toPlainString());
                ruleTotal = rule.cap();
            }
            listTotal = listTotal.add(ruleTotal);
        }
        if (rules.cap() != null && listTotal.compareTo(rules.cap()) > 0) {
            lines.append(
                    capKind,
                    listCode,
                    signed(listTotal.subtract(rules.cap())).negate(),
                    "overall cap " + rules.cap().toPlainString());
            listTotal = rules.cap();
        }
        return listTotal;
    }

    private BigDecimal signed(BigDecimal points) {
        return sign < 0 ? points.negate() : points;
    }

    private static String describe(String detail, CaseInput input) {
        StringBuilder out = new StringBuilder(detail);
        if (input.date() != null) {
            out.append(", ").append(input.date());
        }
        if (input.reference() != null && !input.reference().isBlank()) {
            out.append(", ").append(input.reference());
        }
        return out.toString();
    }
}
