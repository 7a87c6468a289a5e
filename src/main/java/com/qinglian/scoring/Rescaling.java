package com.qinglian.scoring;

import com.qinglian.rubric.Rescale;
import com.qinglian.rubric.Rubric;
import java.math.BigDecimal;

/**
 * 折算 for one unit: when sections do not apply to it, its figure is scaled from its applicable maximum to the
 * rubric's full points and rounded exactly as the rubric states; an explicit line shows what it added or took.
 */
final class Rescaling {

    private final Rescale rescale;
    private final BigDecimal step;
    private final BigDecimal fullPoints;
    private final BigDecimal unitMax;

    Rescaling(Rubric rubric, BigDecimal fullPoints, BigDecimal unitMax) {
        this.rescale = rubric.terms().rescale();
        this.step = rubric.step();
        this.fullPoints = fullPoints;
        this.unitMax = unitMax;
    }

    /** Only a unit with something to scale: a stated rescaling, a positive maximum below the full points. */
    boolean applies() {
        return rescale != null && unitMax.signum() > 0 && unitMax.compareTo(fullPoints) < 0;
    }

    boolean afterCases() {
        return rescale.afterCases();
    }

    BigDecimal apply(BigDecimal figure, ExplanationList lines) {
        BigDecimal increment =
                rescale.rounding().to() == null ? step : rescale.rounding().to();
        BigDecimal scaled = figure.multiply(fullPoints)
                .divide(unitMax.multiply(increment), 0, rescale.rounding().mode())
                .multiply(increment);
        lines.append(
                ExplanationLine.Kind.RESCALE,
                "",
                scaled.subtract(figure),
                figure.toPlainString() + " × " + fullPoints.toPlainString() + " / " + unitMax.toPlainString()
                        + ", rounded " + rescale.rounding().modeKey() + " to " + increment.toPlainString());
        return scaled;
    }
}
