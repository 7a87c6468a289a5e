package com.qinglian.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Campaign settings the rubric leaves open: grade bands, vetoes, the total's floor, the period
 * cases must fall in, optional normalisation and what to do with several scores for one item.
 *
 * @param grades grade bands; sorted here by min, highest first; a total below every band gets no grade (empty text)
 * @param vetoes veto conditions, applied in order
 * @param floor the lowest total; null means the rubric's floor, or 0 when the rubric has none
 * @param periodStart first day cases count (inclusive), or null for no lower bound
 * @param periodEnd last day cases count (inclusive), or null for no upper bound
 * @param normaliseTo when set, each unit's total is also given scaled to this maximum (e.g. 100)
 *     over the unit's applicable maximum; grades and ranks then use the normalised total
 * @param multipleScores what to do when one item of one unit has several inputs (several evaluators)
 * @param vetoedLast units a veto applied to rank after every other unit, whatever their totals
 */
public record Settings(
        List<GradeBand> grades,
        List<Veto> vetoes,
        BigDecimal floor,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal normaliseTo,
        MultipleScores multipleScores,
        boolean vetoedLast) {

    /** The default bands of the domain: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格. */
    public static final List<GradeBand> DEFAULT_GRADES = List.of(
            GradeBand.of("优秀", "90"), GradeBand.of("良好", "80"), GradeBand.of("合格", "60"), GradeBand.of("不合格", "0"));

    public Settings {
        grades = (grades == null || grades.isEmpty() ? DEFAULT_GRADES : grades)
                .stream()
                        .sorted(Comparator.comparing(GradeBand::min).reversed())
                        .toList();
        vetoes = vetoes == null ? List.of() : List.copyOf(vetoes);
        multipleScores = multipleScores == null ? MultipleScores.REJECT : multipleScores;
        if (normaliseTo != null && normaliseTo.signum() <= 0) {
            throw new IllegalArgumentException("normaliseTo must be positive");
        }
        for (Veto veto : vetoes) {
            String cap = veto.grade();
            if (veto.effect() == Veto.Effect.CAP_GRADE
                    && grades.stream().noneMatch(band -> band.grade().equals(cap))) {
                throw new IllegalArgumentException(
                        "veto " + veto.name() + " caps at " + cap + ", which is no grade band");
            }
        }
        if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
    }

    /** Settings under which vetoed units rank by their totals like any other. */
    public Settings(
            List<GradeBand> grades,
            List<Veto> vetoes,
            BigDecimal floor,
            LocalDate periodStart,
            LocalDate periodEnd,
            BigDecimal normaliseTo,
            MultipleScores multipleScores) {
        this(grades, vetoes, floor, periodStart, periodEnd, normaliseTo, multipleScores, false);
    }

    public static Settings defaults() {
        return new Settings(null, null, null, null, null, null, null, false);
    }

    public Settings withVetoedLast(boolean last) {
        return new Settings(grades, vetoes, floor, periodStart, periodEnd, normaliseTo, multipleScores, last);
    }

    public Settings withVetoes(List<Veto> newVetoes) {
        return new Settings(grades, newVetoes, floor, periodStart, periodEnd, normaliseTo, multipleScores, vetoedLast);
    }

    public Settings withFloor(BigDecimal newFloor) {
        return new Settings(grades, vetoes, newFloor, periodStart, periodEnd, normaliseTo, multipleScores, vetoedLast);
    }

    public Settings withPeriod(LocalDate start, LocalDate end) {
        return new Settings(grades, vetoes, floor, start, end, normaliseTo, multipleScores, vetoedLast);
    }

    public Settings withNormaliseTo(BigDecimal max) {
        return new Settings(grades, vetoes, floor, periodStart, periodEnd, max, multipleScores, vetoedLast);
    }

    public Settings withMultipleScores(MultipleScores rule) {
        return new Settings(grades, vetoes, floor, periodStart, periodEnd, normaliseTo, rule, vetoedLast);
    }

    public boolean inPeriod(LocalDate date) {
        return date == null
                || (periodStart == null || !date.isBefore(periodStart))
                        && (periodEnd == null || !date.isAfter(periodEnd));
    }

    /** The grade of a total: the first band (highest min first) the total reaches; empty when none. */
    public String gradeOf(BigDecimal total) {
        for (GradeBand band : grades) {
            if (total.compareTo(band.min()) >= 0) {
                return band.grade();
            }
        }
        return "";
    }

    /** Position of a grade in the bands, 0 the best; -1 when it is no band. */
    public int gradeOrder(String grade) {
        for (int i = 0; i < grades.size(); i++) {
            if (grades.get(i).grade().equals(grade)) {
                return i;
            }
        }
        return -1;
    }

    /** How several inputs for one item of one unit (several evaluators) combine. */
    public enum MultipleScores {
        /** Refused with an error naming the unit and item. */
        REJECT,
        /** The mean, rounded down to the rubric's step; manual items only. */
        AVERAGE,
        /**
         * The lead evaluator's score. The engine does not know who leads: the caller passes only the lead's
         * score where the lead has scored, and the engine averages whatever it is given, as for {@link #AVERAGE}.
         */
        LEAD;

        public boolean averages() {
            return this != REJECT;
        }
    }
}
