package com.qinglian.results.report;

import com.qinglian.campaign.Campaign;
import com.qinglian.results.Breakdown;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a unit's score sheet prints: the rubric in its published layout, the unit's self scores,
 * final scores and the evaluators' comments item by item, the negative-list cases that counted, and the total.
 */
record UnitSheet(
        Campaign campaign,
        Rubric rubric,
        RubricTable table,
        Breakdown breakdown,
        boolean complete,
        Map<String, BigDecimal> selfScores,
        Map<String, List<String>> comments,
        List<CaseLine> cases) {

    /** A negative-list or bonus line: the rule, the deciding document (文号) and its date, and the points. */
    record CaseLine(String rule, String documentNumber, LocalDate date, String detail, BigDecimal points) {}

    RankingRow row() {
        return new RankingRow(breakdown.outcome(), List.of(), complete);
    }

    /** The item's final score; null where the item does not apply to the unit. */
    BigDecimal score(String itemCode) {
        Breakdown.NodeValue value = breakdown.nodes().get(itemCode);
        return value == null || value.max().signum() == 0 ? null : value.score();
    }

    /** What the 说明 column says: the engine's working where it is more than a plain score, and every comment. */
    String remark(String itemCode) {
        StringBuilder out = new StringBuilder();
        breakdown.lines().stream()
                .filter(l -> itemCode.equals(l.code())
                        && l.detail() != null
                        && !l.detail().isBlank())
                .forEach(l -> out.append(out.isEmpty() ? "" : "\n").append(l.detail()));
        comments.getOrDefault(itemCode, List.of())
                .forEach(c -> out.append(out.isEmpty() ? "" : "\n").append(c));
        return out.toString();
    }

    String filename(String extension) {
        return campaign.code() + "-" + breakdown.outcome().unitCode() + "-"
                + breakdown.outcome().unitName() + "-得分表." + extension;
    }
}
