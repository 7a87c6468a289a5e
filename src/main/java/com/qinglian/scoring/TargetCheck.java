package com.qinglian.scoring;

import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.RubricNode;
import java.util.List;

/** A rate item needs the unit's target (下达任务数), not negative; no other item takes one. */
final class TargetCheck {

    private TargetCheck() {}

    static boolean fits(RubricNode item, ItemInput input, int index, List<ScoringProblem> problems) {
        boolean rate = item.rule() instanceof ItemRule.Rate;
        String unit = input.unitCode();
        String code = item.code();
        if (rate && input.target() == null) {
            problems.add(ScoringProblem.keyed(
                    ScoringProblem.Source.ITEM_INPUT,
                    index,
                    "target",
                    "unit " + unit + ", item " + code + ": a rate item needs the unit's target",
                    "scoring.error.missingTarget",
                    unit,
                    code));
            return false;
        }
        if (!rate && input.target() != null) {
            problems.add(ScoringProblem.keyed(
                    ScoringProblem.Source.ITEM_INPUT,
                    index,
                    "target",
                    "unit " + unit + ", item " + code + ": only rate items take a target",
                    "scoring.error.targetNotRate",
                    unit,
                    code));
            return false;
        }
        if (rate && (input.target().signum() < 0 || input.value().signum() < 0)) {
            problems.add(ScoringProblem.keyed(
                    ScoringProblem.Source.ITEM_INPUT,
                    index,
                    "target",
                    "unit " + unit + ", item " + code + ": actual and target must not be negative",
                    "scoring.error.negativeRate",
                    unit,
                    code));
            return false;
        }
        return true;
    }
}
