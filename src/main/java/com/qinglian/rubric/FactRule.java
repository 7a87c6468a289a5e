package com.qinglian.rubric;

/**
 * A fact about a unit that the organiser records with its basis (依据), declared by the rubric because gates or
 * vetoes read it: a yes/no fact ("发生重大安全事故") or a measured number ("群众满意度").
 *
 * @param code stable id that gates and recorded facts refer to (e.g. {@code MAJOR_ACCIDENT})
 * @param title the published wording
 * @param kind yes/no or number
 * @param unit the number's unit for display (e.g. {@code %}), or null
 * @param veto what a "yes" does to the unit's total or grade (一票否决), or null when the fact only feeds gates
 */
public record FactRule(String code, String title, Kind kind, String unit, Veto veto) {

    public FactRule {
        kind = kind == null ? Kind.YES_NO : kind;
    }

    public enum Kind {
        /** Recorded as yes (1) or no (0). */
        YES_NO,
        /** A measured figure. */
        NUMBER;

        public String key() {
            return this == YES_NO ? "yesNo" : "number";
        }
    }

    /**
     * What a yes does: zero the total, cap the grade, or set the grade.
     *
     * @param effect the effect
     * @param grade the grade to cap at or to set; null for {@link Effect#ZERO_TOTAL}
     */
    public record Veto(Effect effect, String grade) {}

    public enum Effect {
        ZERO_TOTAL,
        CAP_GRADE,
        SET_GRADE;

        public String key() {
            return switch (this) {
                case ZERO_TOTAL -> "zeroTotal";
                case CAP_GRADE -> "capGrade";
                case SET_GRADE -> "setGrade";
            };
        }
    }
}
