package com.qinglian.results.report;

import com.qinglian.campaign.Campaign;
import com.qinglian.results.Breakdown;
import com.qinglian.results.MissingItem;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Everything a unit's score sheet prints: the rubric in its published layout, the unit's self scores,
 * final scores and the evaluators' comments item by item, the negative-list cases that counted, and the total.
 * {@code applies} tells the items that apply to the unit (by type, tags and code).
 * An incomplete unit (未完成) has no breakdown: its sheet shows no final score, and names what is missing.
 * {@code words} says the engine's details in the sheet's language (Chinese).
 */
record UnitSheet(
        Campaign campaign,
        Rubric rubric,
        RubricTable table,
        RankingRow row,
        Predicate<String> applies,
        Breakdown breakdown,
        Map<String, BigDecimal> selfScores,
        Map<String, List<String>> comments,
        List<CaseLine> cases,
        UnaryOperator<String> words) {

    /**
     * A negative-list, bonus or clause line: the rule, the deciding document (文号) and its date, the amount chosen
     * within a range or the level (empty for other rules and cap lines), and the points.
     */
    record CaseLine(
            String rule, String documentNumber, LocalDate date, String measure, String detail, BigDecimal points) {}

    /** The item's final score; null where the item does not apply to the unit or the result is incomplete. */
    BigDecimal score(String itemCode) {
        if (breakdown == null) {
            return null;
        }
        Breakdown.NodeValue value = breakdown.nodes().get(itemCode);
        return value == null || value.max().signum() == 0 ? null : value.score();
    }

    /** What the 说明 column says: the engine's working where it is more than a plain score, and every comment. */
    String remark(String itemCode) {
        StringBuilder out = new StringBuilder();
        row.missing().stream().filter(m -> m.itemCode().equals(itemCode)).forEach(m -> out.append(missingText(m)));
        (breakdown == null ? List.<Breakdown.Line>of() : breakdown.lines())
                .stream()
                        .filter(l -> itemCode.equals(l.code())
                                && l.detail() != null
                                && !l.detail().isBlank())
                        .forEach(l -> out.append(out.isEmpty() ? "" : "\n").append(words.apply(l.detail())));
        comments.getOrDefault(itemCode, List.of())
                .forEach(c -> out.append(out.isEmpty() ? "" : "\n").append(c));
        return out.toString();
    }

    static String missingText(MissingItem missing) {
        String owed = missing.owedByOrganiser()
                ? "组织方"
                : missing.owedBy().isEmpty() ? "尚未分配考评人员" : String.join("、", missing.owedBy());
        return (missing.kind() == MissingItem.Kind.MEASURED ? "缺测评数据" : "未评分") + "(" + owed + ")";
    }

    String filename(String extension) {
        return campaign.code() + "-" + row.unitCode() + "-" + row.unitName() + "-得分表." + extension;
    }
}
