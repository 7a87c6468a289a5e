package com.qinglian.scoring;

import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.NodeMode;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Scores one unit: the rubric tree, then the negative list and bonus, the floor, vetoes and the grade. */
final class UnitScorer {

    private final Settings settings;
    private final RubricLayout layout;
    private final ItemScorer items;
    private final CaseScorer negativeList;
    private final CaseScorer bonus;
    private final BigDecimal floor;
    private final Rubric rubric;
    private final NodeTermsScorer terms;
    private final Set<String> clauseCodes;
    private final List<FactVetoes.FactVeto> factVetoes;

    UnitScorer(Rubric rubric, Settings settings) {
        this.settings = settings;
        this.rubric = rubric;
        this.layout = new RubricLayout(rubric);
        this.terms = new NodeTermsScorer(rubric, layout);
        this.clauseCodes = rubric.allNodes()
                .flatMap(n -> n.terms().clauses().stream())
                .map(c -> c.rule().code())
                .collect(Collectors.toUnmodifiableSet());
        this.factVetoes = FactVetoes.of(rubric);
        this.items = new ItemScorer(rubric.step());
        this.negativeList = CaseScorer.negativeList(rubric.negativeList());
        this.bonus = CaseScorer.bonus(rubric.bonus());
        this.floor =
                settings.floor() != null ? settings.floor() : rubric.floor() != null ? rubric.floor() : BigDecimal.ZERO;
    }

    /** One unit's scores by node position while the tree is walked. */
    private final class Walk {
        final ScoredUnit unit;
        final BigDecimal[] values;
        final BigDecimal[] targets;
        final BigDecimal[] scores = new BigDecimal[layout.size()];
        final BigDecimal[] maxima = new BigDecimal[layout.size()];
        final boolean[] applicable = new boolean[layout.size()];
        final ExplanationList lines = new ExplanationList(layout.size() + 4);
        final NodeTermsScorer.UnitView view;
        List<String> missing = List.of();

        Walk(
                ScoredUnit unit,
                BigDecimal[] values,
                BigDecimal[] targets,
                Map<String, FactInput> facts,
                Map<String, List<CaseInput>> clauseCases) {
            this.unit = unit;
            this.values = values;
            this.targets = targets;
            this.view = new NodeTermsScorer.UnitView(unit.type(), facts, clauseCases, scores, applicable);
        }

        void missing(String itemCode) {
            if (missing.isEmpty()) {
                missing = new ArrayList<>();
            }
            missing.add(itemCode);
        }
    }

    UnitResult score(
            ScoredUnit unit,
            BigDecimal[] values,
            BigDecimal[] targets,
            Map<String, FactInput> facts,
            List<CaseInput> cases) {
        List<CaseInput> counted = new ArrayList<>(cases.size());
        List<IgnoredCase> ignored = new ArrayList<>(0);
        Map<String, List<CaseInput>> clauseCases = Map.of();
        for (CaseInput input : cases) {
            if (!settings.inPeriod(input.date())) {
                ignored.add(new IgnoredCase(input, "dated outside the period"));
            } else if (input.count() == 0) {
                ignored.add(new IgnoredCase(input, "count is 0"));
            } else {
                if (clauseCodes.contains(input.ruleCode())) {
                    // a clause's cases count like any case, but only its own node reads them
                    if (clauseCases.isEmpty()) {
                        clauseCases = new HashMap<>();
                    }
                    clauseCases
                            .computeIfAbsent(input.ruleCode(), c -> new ArrayList<>())
                            .add(input);
                }
                counted.add(input);
            }
        }
        Walk walk = new Walk(unit, values, targets, facts, clauseCases);
        BigDecimal itemsTotal = BigDecimal.ZERO;
        BigDecimal maxTotal = BigDecimal.ZERO;
        for (int root : layout.roots) {
            if (node(root, walk, false)) {
                itemsTotal = itemsTotal.add(walk.scores[root]);
                maxTotal = maxTotal.add(walk.maxima[root]);
            }
        }
        BigDecimal treeTotal = itemsTotal;
        if (layout.topCapped && treeTotal.compareTo(rubric.total()) > 0) {
            walk.lines.append(
                    ExplanationLine.Kind.NODE_CAP,
                    "",
                    rubric.total().subtract(treeTotal),
                    "capped at the printed total " + rubric.total().toPlainString());
            treeTotal = rubric.total();
            maxTotal = maxTotal.min(rubric.total());
        }
        Rescaling rescaling = new Rescaling(rubric, layout.fullPoints, maxTotal);
        if (rescaling.applies() && !rescaling.afterCases()) {
            treeTotal = rescaling.apply(treeTotal, walk.lines);
        }
        List<AppliedCase> deductions = new ArrayList<>(0);
        List<AppliedCase> bonuses = new ArrayList<>(0);
        BigDecimal deductionTotal = negativeList.apply(counted, unit.type(), deductions, walk.lines);
        BigDecimal bonusTotal = bonus.apply(counted, unit.type(), bonuses, walk.lines);
        BigDecimal rawTotal = treeTotal.subtract(deductionTotal).add(bonusTotal);
        if (rescaling.applies() && rescaling.afterCases()) {
            rawTotal = rescaling.apply(rawTotal, walk.lines);
        }
        if (rescaling.applies()) {
            maxTotal = layout.fullPoints;
        }
        BigDecimal total = rawTotal;
        if (total.compareTo(floor) < 0) {
            walk.lines.append(
                    ExplanationLine.Kind.TOTAL_FLOOR, "", floor.subtract(total), "floor " + floor.toPlainString());
            total = floor;
        }
        Vetoes.Verdict verdict =
                Vetoes.judge(settings, FactVetoes.holding(factVetoes, facts), counted, deductions, total);
        if (verdict.zeroTotal() && total.signum() != 0) {
            walk.lines.append(ExplanationLine.Kind.VETO, "", total.negate(), verdict.zeroingVeto());
            total = BigDecimal.ZERO;
        }
        BigDecimal normalised = normalise(total, maxTotal);
        String grade = verdict.grade(settings, settings.gradeOf(normalised != null ? normalised : total));
        NodeScoreList nodes = new NodeScoreList(layout, walk.scores, walk.maxima, values, walk.applicable);
        return new UnitResult(
                unit,
                nodes,
                deductions,
                bonuses,
                ignored,
                walk.missing,
                maxTotal,
                itemsTotal,
                deductionTotal,
                bonusTotal,
                rawTotal,
                total,
                normalised,
                grade,
                verdict.applied(),
                0,
                0,
                walk.lines);
    }

    /** Scores the node at a position and everything below it into the walk; false when it does not apply to the unit. */
    private boolean node(int position, Walk walk, boolean underDeduct) {
        RubricNode node = layout.nodes[position];
        if (!node.appliesTo(walk.unit.type(), walk.unit.tags(), walk.unit.code())) {
            return false;
        }
        if (node.mode() == NodeMode.VARIANT && !node.isItem()) {
            return variant(position, node, walk);
        }
        walk.applicable[position] = true;
        if (node.isItem()) {
            item(position, node, walk, underDeduct);
        } else if (node.mode() == NodeMode.DEDUCT) {
            deductFromBase(position, node, walk);
        } else {
            additive(position, node, walk);
        }
        if (layout.hasTerms[position]) {
            walk.scores[position] = terms.apply(node, walk.scores[position], walk.view, walk.lines);
        }
        return true;
    }

    /**
     * 个性指标: the one block that applies to the unit (a block restricted to its tags or code, else the block
     * restricted to nothing); no block at all means the heading does not apply to the unit.
     */
    private boolean variant(int position, RubricNode node, Walk walk) {
        int chosen = node.variantBlockFor(walk.unit.type(), walk.unit.tags(), walk.unit.code())
                .map(block -> layout.positions.get(block.code()))
                .orElse(-1);
        if (chosen < 0 || !node(chosen, walk, false)) {
            return false;
        }
        walk.applicable[position] = true;
        walk.scores[position] = walk.scores[chosen];
        walk.maxima[position] = walk.maxima[chosen];
        if (layout.hasTerms[position]) {
            walk.scores[position] = terms.apply(node, walk.scores[position], walk.view, walk.lines);
        }
        return true;
    }

    private void item(int position, RubricNode item, Walk walk, boolean underDeduct) {
        int itemPosition = layout.itemPosition[position];
        BigDecimal value = walk.values[itemPosition];
        BigDecimal score;
        String detail;
        // manual items are nearly all items: score them without the rule machinery
        if (value != null && item.rule() instanceof ItemRule.Manual) {
            score = value;
            detail = null;
        } else if (value == null && layout.fullByDefault[position] && !(item.rule() instanceof ItemRule.Deduction)) {
            score = item.points();
            detail = "default full marks";
        } else {
            BigDecimal target = walk.targets == null ? null : walk.targets[itemPosition];
            ItemScorer.ItemScore scored = items.score(item, value, target);
            if (scored.missing()) {
                walk.missing(item.code());
            }
            score = scored.score();
            detail = scored.detail();
        }
        walk.scores[position] = score;
        walk.maxima[position] = item.points();
        if (!underDeduct) {
            walk.lines.append(ExplanationLine.Kind.ITEM, item.code(), score, detail);
        } else if (score.compareTo(item.points()) < 0) {
            walk.lines.append(ExplanationLine.Kind.ITEM_LOSS, item.code(), score.subtract(item.points()), detail);
        }
    }

    /** Sum of the applicable children, capped at the node's points. */
    private void additive(int position, RubricNode node, Walk walk) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (int child : layout.children[position]) {
            if (node(child, walk, false)) {
                sum = sum.add(walk.scores[child]);
                max = max.add(walk.maxima[child]);
            }
        }
        if (layout.scoreBySum[position]) {
            walk.scores[position] = sum;
            walk.maxima[position] = max;
            return;
        }
        if (sum.compareTo(node.points()) > 0) {
            walk.lines.append(
                    ExplanationLine.Kind.NODE_CAP,
                    node.code(),
                    node.points().subtract(sum),
                    "capped at " + node.points().toPlainString());
            sum = node.points();
        }
        walk.scores[position] = sum;
        walk.maxima[position] = max.compareTo(node.points()) >= 0 ? node.points() : max;
    }

    /** The node's points minus what its children take (扣完为止), not below the node's floor. */
    private void deductFromBase(int position, RubricNode node, Walk walk) {
        walk.lines.append(ExplanationLine.Kind.NODE_BASE, node.code(), node.points(), null);
        BigDecimal score = node.points();
        for (int child : layout.children[position]) {
            if (node(child, walk, true)) {
                score = score.subtract(walk.maxima[child].subtract(walk.scores[child]));
            }
        }
        BigDecimal nodeFloor =
                node.floor() == null ? BigDecimal.ZERO : node.floor().min(node.points());
        if (score.compareTo(nodeFloor) < 0) {
            walk.lines.append(
                    ExplanationLine.Kind.NODE_FLOOR,
                    node.code(),
                    nodeFloor.subtract(score),
                    "floor " + nodeFloor.toPlainString());
            score = nodeFloor;
        }
        walk.scores[position] = score;
        walk.maxima[position] = node.points();
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
