package com.qinglian.scoring;

/**
 * An evaluated unit (被评价单位).
 *
 * @param code stable id, unique in a campaign
 * @param name display name
 * @param type unit type the rubric's {@code appliesTo} refers to (e.g. {@code agency}, {@code station}); empty when unknown
 */
public record ScoredUnit(String code, String name, String type) {

    public ScoredUnit {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("unit code is required");
        }
        name = name == null || name.isBlank() ? code : name;
        type = type == null ? "" : type;
    }
}
