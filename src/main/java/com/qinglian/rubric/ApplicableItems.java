package com.qinglian.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Which items of a rubric apply to each unit, for callers that ask for many units (a province has tens of
 * thousands). Units alike in everything the rubric restricts by share one list: the type, the tags some node names
 * and the code when some node names it. A rubric without restrictions beyond type so computes one list per type.
 *
 * <p>A {@link NodeMode#VARIANT} node (个性指标) contributes only the one block the unit scores
 * ({@link RubricNode#variantBlockFor}), not its default block besides.
 */
public final class ApplicableItems {

    private final Rubric rubric;
    private final Set<String> namedTags;
    private final Set<String> namedUnits;
    private final boolean variants;
    private final Map<String, List<PlacedItem>> lists = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> codes = new ConcurrentHashMap<>();

    public ApplicableItems(Rubric rubric) {
        this.rubric = rubric;
        this.namedTags = rubric.allNodes()
                .flatMap(n -> n.terms().appliesToTags().stream())
                .collect(Collectors.toUnmodifiableSet());
        this.namedUnits = rubric.allNodes()
                .flatMap(n -> n.terms().appliesToUnits().stream())
                .collect(Collectors.toUnmodifiableSet());
        this.variants = rubric.allNodes().anyMatch(n -> n.mode() == NodeMode.VARIANT);
    }

    /** The items that apply to one unit; for many units keep one instance, which shares lists among alike units. */
    public static List<PlacedItem> forUnit(Rubric rubric, String unitType, Set<String> unitTags, String unitCode) {
        return new ApplicableItems(rubric).of(unitType, unitTags, unitCode);
    }

    /** Whether some node applies by more than the unit's type, so that units of one type may differ. */
    public boolean restrictedBeyondType() {
        return !namedTags.isEmpty() || !namedUnits.isEmpty();
    }

    /** The items that apply to this unit, with the nodes above them, in published order. */
    public List<PlacedItem> of(String unitType, Set<String> unitTags, String unitCode) {
        return lists.computeIfAbsent(key(unitType, unitTags, unitCode), k -> compute(unitType, unitTags, unitCode));
    }

    /** The codes of the items that apply to this unit. */
    public Set<String> codesOf(String unitType, Set<String> unitTags, String unitCode) {
        return codes.computeIfAbsent(
                key(unitType, unitTags, unitCode),
                k -> of(unitType, unitTags, unitCode).stream()
                        .map(p -> p.item().code())
                        .collect(Collectors.toUnmodifiableSet()));
    }

    /** What tells units apart for this rubric: the type, the tags some node names, the code if some node names it. */
    private String key(String unitType, Set<String> unitTags, String unitCode) {
        if (!restrictedBeyondType()) {
            return String.valueOf(unitType);
        }
        Set<String> tags = new TreeSet<>();
        if (unitTags != null) {
            unitTags.stream().filter(namedTags::contains).forEach(tags::add);
        }
        String code = namedUnits.contains(unitCode) ? unitCode : "";
        return unitType + "\u0000" + String.join("\u0001", tags) + "\u0000" + code;
    }

    private List<PlacedItem> compute(String unitType, Set<String> tags, String code) {
        if (!variants) {
            return List.copyOf(
                    restrictedBeyondType() ? rubric.itemsFor(unitType, tags, code) : rubric.itemsFor(unitType));
        }
        List<PlacedItem> out = new ArrayList<>();
        rubric.nodes().forEach(top -> collect(top, new ArrayList<>(), unitType, tags, code, out));
        return List.copyOf(out);
    }

    private static void collect(
            RubricNode node,
            List<RubricNode> path,
            String unitType,
            Set<String> tags,
            String code,
            List<PlacedItem> out) {
        if (!node.appliesTo(unitType, tags, code)) {
            return;
        }
        if (node.isItem()) {
            out.add(new PlacedItem(node, path));
            return;
        }
        List<RubricNode> children = node.mode() == NodeMode.VARIANT
                ? node.variantBlockFor(unitType, tags, code).map(List::of).orElse(List.of())
                : node.children();
        path.add(node);
        children.forEach(child -> collect(child, path, unitType, tags, code, out));
        path.remove(path.size() - 1);
    }
}
