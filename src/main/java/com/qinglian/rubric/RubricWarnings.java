package com.qinglian.rubric;

import static com.qinglian.rubric.RubricValidator.plain;
import static com.qinglian.rubric.RubricValidator.sum;

import java.util.ArrayList;
import java.util.List;

/** What {@link RubricValidator#warnings} lists: things a rubric states that score, but deserve a second look. */
final class RubricWarnings {

    private RubricWarnings() {}

    static List<RubricProblem> of(Rubric rubric) {
        List<RubricProblem> out = new ArrayList<>();
        PrintedTotal rubricChoice = rubric.terms().printedTotals();
        if (rubricChoice != null
                && !rubric.nodes().isEmpty()
                && rubric.total() != null
                && sum(rubric.nodes()).compareTo(rubric.total()) != 0) {
            out.add(RubricProblem.of(
                    "total",
                    "rubric.warning.printedTotal.top",
                    plain(rubric.total()),
                    plain(sum(rubric.nodes())),
                    rubricChoice.key()));
        }
        rubric.allNodes().forEach(node -> {
            PrintedTotal choice = RubricValidator.printedTotalChoice(rubric, node);
            if (choice != null && RubricValidator.printedDiffers(node)) {
                out.add(RubricProblem.of(
                        node.code(),
                        "rubric.warning.printedTotal",
                        node.code(),
                        plain(node.points()),
                        plain(sum(node.children())),
                        choice.key()));
            }
            if (node.isItem()
                    && node.rule() instanceof ItemRule.Deduction d
                    && node.points() != null
                    && node.points().signum() == 0) {
                out.add(RubricProblem.of(
                        node.code(), "rubric.warning.deductionTakesNothing", node.code(), plain(d.perCase())));
            }
            if (node.mode() == NodeMode.VARIANT
                    && !node.children().isEmpty()
                    && node.children().stream().allMatch(RubricWarnings::restricted)) {
                out.add(RubricProblem.of(node.code(), "rubric.warning.variantNoDefault", node.code()));
            }
        });
        return out;
    }

    private static boolean restricted(RubricNode block) {
        return !block.appliesTo().isEmpty() || block.restrictedBeyondType();
    }
}
