package com.qinglian.ledger.cases;

import com.qinglian.ledger.internal.Decimals;
import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.CaseTerms;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.PlainDecimal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a case's amount and level must be for its rule: a rule with a range (扣3-6分) needs an amount within the
 * range and on the rubric's step, a rule with levels (国家级/省级/市级) one of its level names; any other rule
 * takes neither, so that no figure is stored that the scoring would silently ignore.
 */
final class CaseAmounts {

    private CaseAmounts() {}

    static List<InputProblem> problems(CaseRule rule, BigDecimal step, CaseDetails details) {
        List<InputProblem> problems = new ArrayList<>();
        CaseTerms terms = rule.terms();
        BigDecimal amount = details.amount();
        if (amount != null && !PlainDecimal.within(amount, PlainDecimal.Bounds.DEFAULT)) {
            // refused by CaseDetails already; no arithmetic on a number such as 1e999999999
        } else if (terms.isRange()) {
            if (amount == null || !inRange(amount, terms) || !onStep(amount, step)) {
                problems.add(InputProblem.of(
                        0,
                        "amount",
                        "ledger.error.amount",
                        rule.code(),
                        shown(terms.rangeMin()),
                        shown(terms.rangeMax()),
                        Decimals.plain(step)));
            }
        } else if (amount != null) {
            problems.add(InputProblem.of(0, "amount", "ledger.error.amountNotTaken", rule.code()));
        }
        String level = details.level();
        if (terms.byLevel()) {
            if (level == null || terms.level(level).isEmpty()) {
                problems.add(InputProblem.of(
                        0,
                        "level",
                        "ledger.error.level",
                        rule.code(),
                        terms.levels().stream().map(CaseTerms.Level::name).collect(Collectors.joining("、"))));
            }
        } else if (level != null) {
            problems.add(InputProblem.of(0, "level", "ledger.error.levelNotTaken", rule.code()));
        }
        return problems;
    }

    private static boolean inRange(BigDecimal amount, CaseTerms terms) {
        return (terms.rangeMin() == null || amount.compareTo(terms.rangeMin()) >= 0)
                && (terms.rangeMax() == null || amount.compareTo(terms.rangeMax()) <= 0);
    }

    private static boolean onStep(BigDecimal amount, BigDecimal step) {
        return step == null || step.signum() <= 0 || amount.remainder(step).signum() == 0;
    }

    private static String shown(BigDecimal value) {
        return value == null ? "-" : Decimals.plain(value).toPlainString();
    }
}
