package com.qinglian.evaluation;

import com.qinglian.rubric.RubricNode;
import com.qinglian.shared.InputProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks of an uploaded scoring sheet's rows before anything is saved: the unit is one the evaluator may score
 * in the campaign, the item is in their scope, no row twice, no score changed elsewhere since the download, and
 * each score fits its item (as {@link ScoreChecks} says).
 */
final class SheetUploadChecks {

    private final BigDecimal step;
    private final Map<String, EvaluatorScore> existing;
    private final Function<String, Map<String, RubricNode>> scopeOf;
    private final Function<String, Map<String, BigDecimal>> selfScoresOf;

    /**
     * @param existing the evaluator's stored scores by "unit/item"
     * @param scopeOf the items the evaluator scores in a unit by code, or null when the unit is not theirs
     * @param selfScoresOf the unit's self-assessed scores by item
     */
    SheetUploadChecks(
            BigDecimal step,
            Map<String, EvaluatorScore> existing,
            Function<String, Map<String, RubricNode>> scopeOf,
            Function<String, Map<String, BigDecimal>> selfScoresOf) {
        this.step = step;
        this.existing = existing;
        this.scopeOf = scopeOf;
        this.selfScoresOf = selfScoresOf;
    }

    List<InputProblem> problems(List<SheetRow> rows) {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Map<String, RubricNode>> scopeByUnit = new HashMap<>();
        Map<String, Map<String, BigDecimal>> selfByUnit = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (SheetRow row : rows) {
            // computeIfAbsent keeps no null: a unit that is not theirs is looked up again on its next row
            Map<String, RubricNode> scope = scopeByUnit.computeIfAbsent(row.unitCode(), scopeOf);
            if (scope == null) {
                problems.add(InputProblem.of(row.row(), "单位代码", "evaluation.error.unknownUnit", row.unitCode()));
                continue;
            }
            RubricNode item = scope.get(row.itemCode());
            if (!seen.add(row.unitCode() + "/" + row.itemCode())) {
                problems.add(InputProblem.of(
                        row.row(), "细则代码", "evaluation.error.duplicateRow", row.unitCode(), row.itemCode()));
                continue;
            }
            if (item == null) {
                problems.add(InputProblem.of(row.row(), "细则代码", "evaluation.error.unknownItem", row.itemCode()));
                continue;
            }
            if (row.score() == null) {
                continue;
            }
            BigDecimal now = Optional.ofNullable(existing.get(row.unitCode() + "/" + row.itemCode()))
                    .map(EvaluatorScore::score)
                    .orElse(null);
            boolean changed = now == null
                    ? row.atDownload() != null
                    : row.atDownload() == null || now.compareTo(row.atDownload()) != 0;
            if (row.guarded() && changed) {
                problems.add(InputProblem.of(
                        row.row(), "评分", "evaluation.error.changedSinceDownload", row.unitCode(), row.itemCode()));
                continue;
            }
            BigDecimal self =
                    selfByUnit.computeIfAbsent(row.unitCode(), selfScoresOf).get(row.itemCode());
            problems.addAll(ScoreChecks.problems(item, step, row.score(), row.comment(), self, row.row(), "评分"));
        }
        return problems;
    }
}
