package com.qinglian.unit;

/** Filters for the unit list; null or blank means any. */
public record UnitQuery(String text, UnitType type, Boolean active) {

    public static final UnitQuery ALL = new UnitQuery(null, null, null);

    public String likePattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
