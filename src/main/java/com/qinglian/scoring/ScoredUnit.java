package com.qinglian.scoring;

import java.util.Set;

/**
 * An evaluated unit (被评价单位).
 *
 * @param code stable id, unique in a campaign
 * @param name display name
 * @param type unit type the rubric's {@code appliesTo} refers to (e.g. {@code agency}, {@code station}); empty when unknown
 * @param tags what the rubric's {@code appliesToTags} refers to (e.g. {@code river}, {@code window}); empty when none
 */
public record ScoredUnit(String code, String name, String type, Set<String> tags) {

    public ScoredUnit(String code, String name, String type) {
        this(code, name, type, Set.of());
    }

    public ScoredUnit {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("unit code is required");
        }
        name = name == null || name.isBlank() ? code : name;
        type = type == null ? "" : type;
    }
}
