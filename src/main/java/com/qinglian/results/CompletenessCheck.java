package com.qinglian.results;

import com.qinglian.campaign.Assignment;
import com.qinglian.rubric.ApplicableItems;
import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.PlacedItem;
import com.qinglian.rubric.Rubric;
import com.qinglian.scoring.ItemInput;
import com.qinglian.scoring.ScoredUnit;
import com.qinglian.scoring.Settings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, without Spring or a database, which applicable items of a unit still lack what the engine needs:
 * a score for a scored item (at least one, as the campaign's rule for several evaluators makes the final score
 * from whatever was scored), a measured value for a formula item. A score decided on appeal counts as final.
 * Who owes a missing score: the assigned evaluators whose scope covers it (under the {@code lead} rule the
 * leads), the organisers for organiser-only items and measured values.
 */
final class CompletenessCheck {

    private final Rubric rubric;
    private final ApplicableItems applicable;
    private final List<String> organiserNodes;
    private final List<Assignment> assignments;
    private final Set<String> scored = new HashSet<>();
    private final Map<String, Map<String, BigDecimal>> measured;
    private final boolean leadRule;

    CompletenessCheck(
            Rubric rubric,
            List<String> organiserNodes,
            List<Assignment> assignments,
            List<ItemInput> scores,
            Set<String> decidedOnAppeal,
            Map<String, Map<String, BigDecimal>> measured,
            Settings.MultipleScores rule) {
        this.rubric = rubric;
        this.applicable = new ApplicableItems(rubric);
        this.organiserNodes = organiserNodes;
        this.assignments = assignments;
        scores.forEach(s -> scored.add(key(s.unitCode(), s.itemCode())));
        scored.addAll(decidedOnAppeal);
        this.measured = measured;
        this.leadRule = rule == Settings.MultipleScores.LEAD;
    }

    /** The key of a unit's item in {@code decidedOnAppeal}. */
    static String key(String unitCode, String itemCode) {
        return unitCode + "\u0000" + itemCode;
    }

    List<MissingItem> missing(ScoredUnit unit) {
        List<MissingItem> out = new ArrayList<>();
        for (PlacedItem entry : applicable.of(unit.type(), unit.tags(), unit.code())) {
            String code = entry.item().code();
            if (entry.fullMarksByDefault(rubric)) {
                // the rubric gives such an item its points when nobody recorded anything: nothing is missing
                continue;
            }
            if (!(entry.item().rule() instanceof ItemRule.Manual)) {
                if (measured.getOrDefault(unit.code(), Map.of()).get(code) == null) {
                    out.add(new MissingItem(
                            code, entry.item().label(), MissingItem.Kind.MEASURED, List.of(MissingItem.ORGANISER)));
                }
            } else if (!scored.contains(key(unit.code(), code))) {
                out.add(new MissingItem(code, entry.item().label(), MissingItem.Kind.SCORE, owers(unit, entry)));
            }
        }
        return out;
    }

    private List<String> owers(ScoredUnit unit, PlacedItem entry) {
        if (organiserNodes.stream().anyMatch(n -> under(entry, n))) {
            return List.of(MissingItem.ORGANISER);
        }
        List<Assignment> covering = assignments.stream()
                .filter(a -> a.unitCode().equals(unit.code()))
                .filter(a -> a.nodeCode() == null || under(entry, a.nodeCode()))
                .toList();
        List<Assignment> leads = covering.stream().filter(Assignment::lead).toList();
        return (leadRule && !leads.isEmpty() ? leads : covering)
                .stream().map(Assignment::evaluator).distinct().sorted().toList();
    }

    private static boolean under(PlacedItem entry, String nodeCode) {
        return entry.isUnder(nodeCode);
    }
}
