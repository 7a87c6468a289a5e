package com.qinglian.evaluation;

import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.ScoreRefusal;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.TextInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an evaluator's score must satisfy, the same for a score saved on the page and a row of an offline
 * sheet: a score in the item's range and step, a comment when it is below the unit's self score, a comment
 * of at most {@link Evaluations#MAX_COMMENT} characters without control characters.
 */
final class ScoreChecks {

    private ScoreChecks() {}

    static List<InputProblem> problems(
            RubricNode item,
            BigDecimal step,
            BigDecimal score,
            String comment,
            BigDecimal self,
            int row,
            String column) {
        List<InputProblem> problems = new ArrayList<>();
        Optional<ScoreRefusal> refusal = score == null ? Optional.empty() : item.scoreRefusal(score, step);
        if (score == null) {
            problems.add(InputProblem.of(row, column.isEmpty() ? "score" : column, "evaluation.error.noScore"));
        } else if (refusal.isPresent()) {
            problems.add(InputProblem.of(
                    row,
                    column.isEmpty() ? "score" : column,
                    "evaluation.error.score",
                    item.code(),
                    refusal.get().plainPoints(),
                    refusal.get().plainStep()));
        } else if (self != null && score.compareTo(self) < 0 && (comment == null || comment.isBlank())) {
            problems.add(InputProblem.of(
                    row, column.isEmpty() ? "comment" : "意见", "evaluation.error.commentRequired", item.code()));
        }
        TextInput.problem(
                        row,
                        column.isEmpty() ? "comment" : "意见",
                        TextInput.tidy(comment),
                        Evaluations.MAX_COMMENT,
                        TextInput.Shape.MULTI_LINE)
                .ifPresent(problems::add);
        return problems;
    }
}
