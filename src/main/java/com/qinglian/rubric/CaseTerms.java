package com.qinglian.rubric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The amounts of a case rule that are not a fixed figure per case: a range the assessor chooses from
 * ("造成不良影响的,扣3-6分"), amounts by level ("国家级、省级、市级分别加5分、3分、1分"), and multipliers by unit
 * type ("街道 ×1.5").
 *
 * @param rangeMin with {@code rangeMax}: each case carries its amount, which must lie in [min, max]; else null
 * @param rangeMax the range's upper bound, or null
 * @param levels amounts by level in published order (each case carries its level), or empty
 * @param combine how several cases by level add up: the highest only (按最高级别计) or all (累计)
 * @param multipliers factor by unit type applied to this rule's amounts, e.g. {@code street: 1.5}; empty: none
 */
public record CaseTerms(
        BigDecimal rangeMin,
        BigDecimal rangeMax,
        List<Level> levels,
        Combine combine,
        Map<String, BigDecimal> multipliers) {

    public static final CaseTerms NONE = new CaseTerms(null, null, List.of(), null, Map.of());

    public CaseTerms {
        levels = levels == null ? List.of() : List.copyOf(levels);
        combine = combine == null ? Combine.SUM : combine;
        multipliers = multipliers == null ? Map.of() : Map.copyOf(multipliers);
    }

    /** One level and its amount, e.g. 国家级 5. */
    public record Level(String name, BigDecimal points) {}

    public enum Combine {
        /** Only the highest amount among the unit's cases counts (按最高级别计). */
        HIGHEST,
        /** Every case counts (累计). */
        SUM;

        public String key() {
            return this == HIGHEST ? "highest" : "sum";
        }
    }

    public boolean isRange() {
        return rangeMin != null || rangeMax != null;
    }

    public boolean byLevel() {
        return !levels.isEmpty();
    }

    public Optional<Level> level(String name) {
        return levels.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The factor for a unit type: 1 unless the rule states one. */
    public BigDecimal multiplierFor(String unitType) {
        return multipliers.getOrDefault(unitType, BigDecimal.ONE);
    }

    public boolean isNone() {
        return equals(NONE);
    }
}
