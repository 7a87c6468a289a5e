package com.qinglian.results.report;

import com.qinglian.rubric.ApplicableItems;
import com.qinglian.rubric.Rubric;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Whether an item applies to a unit in a report: by the unit's type, and where the rubric restricts nodes by tag or
 * unit code, by the unit's tags and code too. The units' tags are read only for such a rubric, once per report.
 */
final class ItemApplicability {

    private final ApplicableItems items;
    private final Supplier<Map<String, Set<String>>> tagsLoader;
    private Map<String, Set<String>> tags;

    ItemApplicability(Rubric rubric, Supplier<Map<String, Set<String>>> tagsByUnit) {
        this.items = new ApplicableItems(rubric);
        this.tagsLoader = tagsByUnit;
    }

    boolean applies(String itemCode, String unitCode, String unitType) {
        Set<String> unitTags = Set.of();
        if (items.restrictedBeyondType()) {
            if (tags == null) {
                tags = tagsLoader.get();
            }
            unitTags = tags.getOrDefault(unitCode, Set.of());
        }
        return items.codesOf(unitType, unitTags, unitCode).contains(itemCode);
    }
}
