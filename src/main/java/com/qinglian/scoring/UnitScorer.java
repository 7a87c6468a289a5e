package com.qinglian.scoring;

import com.qinglian.rubric.NodeMode;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Scores one unit: the rubric tree, then the negative list and bonus, the floor, vetoes and the grade. */
final class UnitScorer {

    private final Rubric rubric;
    private final Settings settings;
    private final Map<String, Integer> itemIndex;
    private final ItemScorer items;
    private final CaseScorer negativeList;
    private final CaseScorer bonus;
    private final BigDecimal floor;
    private final int nodeCount;

    UnitScorer(Rubric rubric, Settings settings, Map<String, Integer> itemIndex) {
        this.rubric = rubric;
        this.settings = settings;
        this.itemIndex = itemIndex;
        this.items = new ItemScorer(rubric.step());
        this.negativeList = CaseScorer.negativeList(rubric.negativeList());
        this.bonus = CaseScorer.bonus(rubric.bonus());
        this.floor = settings.floor() != null ? settings.floor() : rubric.floor() != null ? rubric.floor() : BigDecimal.ZERO;
        this.nodeCount = (int) rubric.allNodes().count();
    }

    /** The scores found while walking the tree of one unit. */
    private final class Walk {
        final Unit unit;
        final BigDecimal[] values;
        final List<NodeScore> nodes = new ArrayList<>(nodeCount);
        final List<ExplanationLine> lines = new ArrayList<>(nodeCount);
        final List<String> missing = new ArrayList<>(0);

        Walk(Unit unit, BigDecimal[] values) {
            this.unit = unit;
            this.values = values;
        }
    }

    /** A node's score and the most it could give this unit. */
    private record Outcome(BigDecimal score, BigDecimal max) {}

    UnitResult score(Unit unit, BigDecimal[] values, List<CaseInput> cases) {
        Walk walk = new Walk(unit, values);
        BigDecimal itemsTotal = BigDecimal.ZERO;
        BigDecimal maxTotal = BigDecimal.ZERO;
        for (RubricNode node : rubric.nodes()) {
            Outcome outcome = node(node, walk, false);
            if (outcome != null) {
                itemsTotal = itemsTotal.add(outcome.score());
                maxTotal = maxTotal.add(outcome.max());
            }
        }
        List<CaseInput> counted = new ArrayList<>(cases.size());
        List<IgnoredCase> ignored = new ArrayList<>(0);
        for (CaseInput input : cases) {
            if (!settings.inPeriod(input.date())) {
                ignored.add(new IgnoredCase(input, "dated outside the period"));
            } else if (input.count() == 0) {
                ignored.add(new IgnoredCase(input, "count is 0"));
            } else {
                counted.add(input);
            }
        }
        List<AppliedCase> deductions = new ArrayList<>(0);
        List<AppliedCase> bonuses = new ArrayList<>(0);
        BigDecimal deductionTotal = negativeList.apply(counted, deductions, walk.lines);
        BigDecimal bonusTotal = bonus.apply(counted, bonuses, walk.lines);
        BigDecimal rawTotal = itemsTotal.subtract(deductionTotal).add(bonusTotal);
        BigDecimal total = rawTotal;
        if (total.compareTo(floor) < 0) {
            walk.lines.add(new ExplanationLine(ExplanationLine.Kind.TOTAL_FLOOR, "", floor.subtract(total), "floor " + floor.toPlainString()));
            total = floor;
        }
        Vetoes.Verdict verdict = Vetoes.judge(settings, counted, deductions, total);
        if (verdict.zeroTotal() && total.signum() != 0) {
            walk.lines.add(new ExplanationLine(ExplanationLine.Kind.VETO, "", total.negate(), verdict.zeroingVeto()));
            total = BigDecimal.ZERO;
        }
        BigDecimal normalised = normalise(total, maxTotal);
        String grade = verdict.grade(settings, settings.gradeOf(normalised != null ? normalised : total));
        return new UnitResult(unit, walk.nodes, deductions, bonuses, ignored, walk.missing, maxTotal, itemsTotal,
                deductionTotal, bonusTotal, rawTotal, total, normalised, grade, verdict.applied(), 0, 0, walk.lines);
    }

    /** Scores a node and everything below it; null when the node does not apply to the unit. */
    private Outcome node(RubricNode node, Walk walk, boolean underDeduct) {
        if (!node.appliesTo(walk.unit.type())) {
            skip(node, walk);
            return null;
        }
        if (node.isItem()) {
            return item(node, walk, underDeduct);
        }
        int position = walk.nodes.size();
        walk.nodes.add(null);
        Outcome outcome = node.mode() == NodeMode.DEDUCT ? deductFromBase(node, walk) : additive(node, walk);
        walk.nodes.set(position, new NodeScore(node.code(), node.level(), true, outcome.score(), outcome.max(), null));
        return outcome;
    }

    private Outcome item(RubricNode item, Walk walk, boolean underDeduct) {
        BigDecimal value = walk.values[itemIndex.get(item.code())];
        ItemScorer.ItemScore scored = items.score(item, value);
        if (scored.missing()) {
            walk.missing.add(item.code());
        }
        walk.nodes.add(new NodeScore(item.code(), item.level(), true, scored.score(), item.points(), value));
        if (!underDeduct) {
            walk.lines.add(new ExplanationLine(ExplanationLine.Kind.ITEM, item.code(), scored.score(), scored.detail()));
        } else if (scored.score().compareTo(item.points()) < 0) {
            walk.lines.add(new ExplanationLine(ExplanationLine.Kind.ITEM_LOSS, item.code(), scored.score().subtract(item.points()), scored.detail()));
        }
        return new Outcome(scored.score(), item.points());
    }

    /** Sum of the applicable children, capped at the node's points. */
    private Outcome additive(RubricNode node, Walk walk) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (RubricNode child : node.children()) {
            Outcome outcome = node(child, walk, false);
            if (outcome != null) {
                sum = sum.add(outcome.score());
                max = max.add(outcome.max());
            }
        }
        if (sum.compareTo(node.points()) > 0) {
            walk.lines.add(new ExplanationLine(ExplanationLine.Kind.NODE_CAP, node.code(), node.points().subtract(sum),
                    "capped at " + node.points().toPlainString()));
            sum = node.points();
        }
        return new Outcome(sum, max.min(node.points()));
    }

    /** The node's points minus what its children take (扣完为止), not below the node's floor. */
    private Outcome deductFromBase(RubricNode node, Walk walk) {
        walk.lines.add(new ExplanationLine(ExplanationLine.Kind.NODE_BASE, node.code(), node.points(), null));
        BigDecimal score = node.points();
        for (RubricNode child : node.children()) {
            Outcome outcome = node(child, walk, true);
            if (outcome != null) {
                score = score.subtract(outcome.max().subtract(outcome.score()));
            }
        }
        BigDecimal nodeFloor = node.floor() == null ? BigDecimal.ZERO : node.floor().min(node.points());
        if (score.compareTo(nodeFloor) < 0) {
            walk.lines.add(new ExplanationLine(ExplanationLine.Kind.NODE_FLOOR, node.code(), nodeFloor.subtract(score),
                    "floor " + nodeFloor.toPlainString()));
            score = nodeFloor;
        }
        return new Outcome(score, node.points());
    }

    private static void skip(RubricNode node, Walk walk) {
        node.flatten().forEach(n -> walk.nodes.add(new NodeScore(n.code(), n.level(), false, BigDecimal.ZERO, BigDecimal.ZERO, null)));
    }

    private BigDecimal normalise(BigDecimal total, BigDecimal maxTotal) {
        if (settings.normaliseTo() == null) {
            return null;
        }
        if (maxTotal.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return total.multiply(settings.normaliseTo()).divide(maxTotal, 2, RoundingMode.HALF_UP);
    }
}
