package com.qinglian.unit;

/** Filters for the unit list; null or blank means any. */
public record UnitQuery(String text, UnitType type, Boolean active) {

    public static final UnitQuery ALL = new UnitQuery(null, null, null);

    /** The filters that are set, for the audit trail of an export. */
    public java.util.Map<String, Object> described() {
        java.util.Map<String, Object> set = new java.util.LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            set.put("text", text.strip());
        }
        if (type != null) {
            set.put("type", type.name());
        }
        if (active != null) {
            set.put("active", active);
        }
        return set;
    }

    public String likePattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
