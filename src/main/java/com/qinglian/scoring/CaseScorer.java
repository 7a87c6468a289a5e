package com.qinglian.scoring;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.RuleSet;
import java.math.BigDecimal;
import java.util.ArrayList;
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
    BigDecimal apply(List<CaseInput> counted, String unitType, List<AppliedCase> applied, ExplanationList lines) {
        if (counted.isEmpty() || rules.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal listTotal = BigDecimal.ZERO;
        for (CaseRule rule : rules.rules()) {
            List<CaseInput> ofRule = new ArrayList<>(0);
            for (CaseInput input : counted) {
                if (input.ruleCode().equals(rule.code())) {
                    ofRule.add(input);
                }
            }
            if (ofRule.isEmpty()) {
                continue;
            }
            RuleTally.Tally tally = RuleTally.of(rule, ofRule, unitType);
            for (RuleTally.Row row : tally.rows()) {
                applied.add(new AppliedCase(row.input(), rule, row.points()));
                lines.append(caseKind, rule.code(), signed(row.points()), row.detail());
            }
            if (tally.capped()) {
                lines.append(
                        capKind,
                        rule.code(),
                        signed(tally.beforeCap().subtract(tally.total())).negate(),
                        "rule cap " + rule.cap().toPlainString());
            }
            listTotal = listTotal.add(tally.total());
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
}
