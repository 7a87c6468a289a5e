package com.qinglian.scoring;

import com.qinglian.rubric.NodeMode;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import java.util.List;

/** Under a 个性指标 heading a unit has at most one block of its own: two would leave its total to chance. */
final class VariantCheck {

    private VariantCheck() {}

    static void check(Rubric rubric, List<ScoredUnit> units, List<ScoringProblem> problems) {
        List<RubricNode> variants = rubric.allNodes()
                .filter(n -> !n.isItem() && n.mode() == NodeMode.VARIANT)
                .toList();
        if (variants.isEmpty()) {
            return;
        }
        for (int u = 0; u < units.size(); u++) {
            ScoredUnit unit = units.get(u);
            for (RubricNode variant : variants) {
                List<String> blocks = variant.children().stream()
                        .filter(b -> !b.appliesTo().isEmpty() || b.restrictedBeyondType())
                        .filter(b -> b.appliesTo(unit.type(), unit.tags(), unit.code()))
                        .map(RubricNode::code)
                        .toList();
                if (blocks.size() > 1) {
                    problems.add(ScoringProblem.keyed(
                            ScoringProblem.Source.UNIT,
                            u,
                            "code",
                            "unit " + unit.code() + " matches several blocks of " + variant.code() + ": " + blocks,
                            "scoring.error.severalBlocks",
                            unit.code(),
                            variant.code(),
                            String.join("、", blocks)));
                }
            }
        }
    }
}
