package com.qinglian.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Everything the engine found for one unit.
 *
 * @param unit the unit
 * @param nodes every rubric node, depth first in published order, with its score (inapplicable ones flagged)
 * @param deductions counted negative-list cases, before caps
 * @param bonuses counted bonus cases, before caps
 * @param ignoredCases cases that did not count, with the reason
 * @param missingItems applicable items without an input that needed one (scored 0)
 * @param maxTotal the most the unit can score: the sum over applicable top-level nodes
 * @param itemsTotal the sum of the top-level nodes
 * @param deductionTotal what the negative list takes, after caps (0 or more)
 * @param bonusTotal what the bonus gives, after caps (0 or more)
 * @param rawTotal itemsTotal − deductionTotal + bonusTotal
 * @param total the final total: raw total raised to the floor, then zeroed by a veto if one says so
 * @param normalisedTotal total × normaliseTo / maxTotal (2 decimals, half up) when the settings ask for it, else null
 * @param grade the grade after vetoes; empty when no band applies
 * @param vetoes names of the vetoes that applied
 * @param rank competition rank among all units (1, 1, 3)
 * @param rankInType competition rank among units of the same type
 * @param explanation lines whose points add up to {@code total}
 */
public record UnitResult(
        ScoredUnit unit,
        List<NodeScore> nodes,
        List<AppliedCase> deductions,
        List<AppliedCase> bonuses,
        List<IgnoredCase> ignoredCases,
        List<String> missingItems,
        BigDecimal maxTotal,
        BigDecimal itemsTotal,
        BigDecimal deductionTotal,
        BigDecimal bonusTotal,
        BigDecimal rawTotal,
        BigDecimal total,
        BigDecimal normalisedTotal,
        String grade,
        List<String> vetoes,
        int rank,
        int rankInType,
        List<ExplanationLine> explanation) {

    /** The total grades and ranks use: the normalised total when there is one. */
    public BigDecimal rankingTotal() {
        return normalisedTotal != null ? normalisedTotal : total;
    }

    public Optional<NodeScore> node(String code) {
        return nodes.stream().filter(n -> n.code().equals(code)).findFirst();
    }

    /** The score of a node; 0 when it does not apply. */
    public BigDecimal score(String code) {
        return node(code).map(NodeScore::score).orElseThrow(() -> new IllegalArgumentException("no node " + code));
    }

    public boolean vetoed() {
        return !vetoes.isEmpty();
    }

    UnitResult ranked(int overall, int inType) {
        return new UnitResult(
                unit,
                nodes,
                deductions,
                bonuses,
                ignoredCases,
                missingItems,
                maxTotal,
                itemsTotal,
                deductionTotal,
                bonusTotal,
                rawTotal,
                total,
                normalisedTotal,
                grade,
                vetoes,
                overall,
                inType,
                explanation);
    }
}
