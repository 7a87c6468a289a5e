package com.qinglian.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Decides which of a campaign's vetoes hold for a unit and what they do to its total and grade. */
final class Vetoes {

    private Vetoes() {}

    /** The vetoes that held: their names, whether one zeroes the total, and the grade caps or replacements in order. */
    record Verdict(List<String> applied, String zeroingVeto, List<Veto> gradeVetoes) {

        static final Verdict NONE = new Verdict(List.of(), null, List.of());

        boolean zeroTotal() {
            return zeroingVeto != null;
        }

        /** The grade after caps and replacements, starting from the grade the total earned. */
        String grade(Settings settings, String earned) {
            String grade = earned;
            for (Veto veto : gradeVetoes) {
                if (veto.effect() == Veto.Effect.SET_GRADE) {
                    grade = veto.grade();
                } else if (isBetter(settings, grade, veto.grade())) {
                    grade = veto.grade();
                }
            }
            return grade;
        }

        /** Caps are bands (checked by {@link Settings}); a grade outside the bands (none, or set by a veto) yields to a cap. */
        private static boolean isBetter(Settings settings, String grade, String cap) {
            int gradeOrder = settings.gradeOrder(grade);
            return gradeOrder < 0 || gradeOrder < settings.gradeOrder(cap);
        }
    }

    /**
     * The rubric's fact vetoes that hold come first, in the rubric's order, then the campaign's vetoes whose
     * condition holds.
     */
    static Verdict judge(
            Settings settings,
            List<Veto> factVetoesHolding,
            List<CaseInput> counted,
            List<AppliedCase> deductions,
            BigDecimal total) {
        if (settings.vetoes().isEmpty() && factVetoesHolding.isEmpty()) {
            return Verdict.NONE;
        }
        List<String> applied = new ArrayList<>();
        List<Veto> gradeVetoes = new ArrayList<>();
        String zeroing = null;
        List<Veto> holding = new ArrayList<>(factVetoesHolding);
        for (Veto veto : settings.vetoes()) {
            if (holds(veto.when(), counted, deductions, total)) {
                holding.add(veto);
            }
        }
        for (Veto veto : holding) {
            applied.add(veto.name());
            if (veto.effect() == Veto.Effect.ZERO_TOTAL) {
                zeroing = zeroing == null ? veto.name() : zeroing;
            } else {
                gradeVetoes.add(veto);
            }
        }
        return new Verdict(List.copyOf(applied), zeroing, List.copyOf(gradeVetoes));
    }

    private static boolean holds(
            Veto.Condition when, List<CaseInput> counted, List<AppliedCase> deductions, BigDecimal total) {
        if (when.anyNegativeCase() && !deductions.isEmpty()) {
            return true;
        }
        if (when.totalBelow() != null && total.compareTo(when.totalBelow()) < 0) {
            return true;
        }
        for (CaseInput input : counted) {
            if (when.anyCaseOf().contains(input.ruleCode())) {
                return true;
            }
        }
        return false;
    }
}
