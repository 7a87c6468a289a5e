package com.qinglian.scoring;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.CaseTerms;
import java.util.List;

/**
 * A case of a rule with a range carries its amount (within the range, on the step); a case of a rule by level
 * carries one of its levels; other rules take neither, so nothing entered is silently ignored.
 */
final class CaseAmountCheck {

    private CaseAmountCheck() {}

    static boolean fits(CaseRule rule, CaseInput input, int index, StepCheck step, List<ScoringProblem> problems) {
        CaseTerms terms = rule.terms();
        String unit = input.unitCode();
        String code = rule.code();
        if (terms.isRange()) {
            if (input.amount() == null) {
                return refuse(problems, index, "amount", "scoring.error.amountMissing", unit, code, range(terms));
            }
            if (input.amount().compareTo(terms.rangeMin()) < 0
                    || input.amount().compareTo(terms.rangeMax()) > 0
                    || !step.isMultiple(input.amount())) {
                return refuse(
                        problems,
                        index,
                        "amount",
                        "scoring.error.amountOutside",
                        unit,
                        code,
                        input.amount().toPlainString(),
                        range(terms),
                        step.step().toPlainString());
            }
        } else if (input.amount() != null) {
            return refuse(problems, index, "amount", "scoring.error.amountNotRange", unit, code);
        }
        if (terms.byLevel()) {
            if (input.level() == null || terms.level(input.level()).isEmpty()) {
                String levels = String.join(
                        "、", terms.levels().stream().map(CaseTerms.Level::name).toList());
                return refuse(
                        problems,
                        index,
                        "level",
                        "scoring.error.levelUnknown",
                        unit,
                        code,
                        String.valueOf(input.level()),
                        levels);
            }
        } else if (input.level() != null) {
            return refuse(problems, index, "level", "scoring.error.levelNotLevels", unit, code);
        }
        return true;
    }

    private static String range(CaseTerms terms) {
        return terms.rangeMin().toPlainString() + "–" + terms.rangeMax().toPlainString();
    }

    private static boolean refuse(List<ScoringProblem> problems, int index, String field, String key, Object... args) {
        problems.add(ScoringProblem.keyed(
                ScoringProblem.Source.CASE,
                index,
                field,
                "unit " + args[0] + ", rule " + args[1] + ": " + key.substring(key.lastIndexOf('.') + 1) + " "
                        + List.of(args).subList(2, args.length),
                key,
                args));
        return false;
    }
}
