package com.qinglian.scoring;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.CaseTerms;
import java.math.BigDecimal;
import java.util.List;

/**
 * What one case rule gives or takes for one unit's counted cases: per case, once, an amount the assessor chose
 * within a range, or an amount by level (all of them, or the highest only), times the case's multiplier and the
 * rule's multiplier for the unit's type, then the rule's cap. Shared by the negative list, the bonus and the
 * clauses printed inside nodes, so a rule means the same wherever it is printed.
 */
final class RuleTally {

    private RuleTally() {}

    /** One case row's points (not negative) and how they came about. */
    record Row(CaseInput input, BigDecimal points, String detail) {}

    /** The rows in input order, their sum before the cap, and the sum after it. */
    record Tally(List<Row> rows, BigDecimal beforeCap, BigDecimal total) {
        boolean capped() {
            return beforeCap.compareTo(total) != 0;
        }
    }

    static Tally of(CaseRule rule, List<CaseInput> cases, String unitType) {
        CaseTerms terms = rule.terms();
        BigDecimal typeFactor = terms.multiplierFor(unitType);
        Row[] rows = new Row[cases.size()];
        BigDecimal sum = BigDecimal.ZERO;
        boolean fixedGiven = false;
        int highest = -1;
        for (int i = 0; i < rows.length; i++) {
            CaseInput input = cases.get(i);
            BigDecimal points;
            String detail;
            if (rule.fixed() != null) {
                points = fixedGiven ? BigDecimal.ZERO : rule.fixed().multiply(typeFactor);
                detail = fixedGiven ? "fixed, already given" : "fixed" + factor(typeFactor, unitType);
                fixedGiven = true;
            } else {
                BigDecimal each = perCase(rule, input);
                points = each.multiply(BigDecimal.valueOf(input.count()))
                        .multiply(input.multiplier())
                        .multiply(typeFactor);
                detail = input.count() + " × " + each.toPlainString() + amountSource(rule, input)
                        + (input.multiplier().compareTo(BigDecimal.ONE) == 0
                                ? ""
                                : " × " + input.multiplier().toPlainString())
                        + factor(typeFactor, unitType);
                if (terms.byLevel() && terms.combine() == CaseTerms.Combine.HIGHEST) {
                    // 按最高级别计: one case counts, at its own (highest) amount; the others are shown at 0
                    points = each.multiply(input.multiplier()).multiply(typeFactor);
                    if (highest < 0 || points.compareTo(rows[highest].points()) > 0) {
                        if (highest >= 0) {
                            sum = sum.subtract(rows[highest].points());
                            rows[highest] = notHighest(rows[highest]);
                        }
                        highest = i;
                        detail = each.toPlainString() + amountSource(rule, input)
                                + (input.multiplier().compareTo(BigDecimal.ONE) == 0
                                        ? ""
                                        : " × " + input.multiplier().toPlainString())
                                + factor(typeFactor, unitType)
                                + ", highest level counts";
                    } else {
                        rows[i] = notHighest(new Row(input, points, ""));
                        continue;
                    }
                }
            }
            rows[i] = new Row(input, points, describe(detail, input));
            sum = sum.add(points);
        }
        BigDecimal total = rule.cap() != null && sum.compareTo(rule.cap()) > 0 ? rule.cap() : sum;
        return new Tally(List.of(rows), sum, total);
    }

    private static Row notHighest(Row row) {
        return new Row(row.input(), BigDecimal.ZERO, describe("a higher level counts instead", row.input()));
    }

    /** The amount of one case: the rule's per-case points, the assessor's amount within the range, or the level's points. */
    private static BigDecimal perCase(CaseRule rule, CaseInput input) {
        CaseTerms terms = rule.terms();
        if (terms.isRange()) {
            return input.amount();
        }
        if (terms.byLevel()) {
            return terms.level(input.level()).orElseThrow().points();
        }
        return rule.perCase();
    }

    private static String amountSource(CaseRule rule, CaseInput input) {
        CaseTerms terms = rule.terms();
        if (terms.isRange()) {
            return " (chosen in " + terms.rangeMin().toPlainString() + "–"
                    + terms.rangeMax().toPlainString() + ")";
        }
        if (terms.byLevel()) {
            return " (" + input.level() + ")";
        }
        return "";
    }

    private static String factor(BigDecimal typeFactor, String unitType) {
        return typeFactor.compareTo(BigDecimal.ONE) == 0
                ? ""
                : " × " + typeFactor.toPlainString() + " (" + unitType + ")";
    }

    private static String describe(String detail, CaseInput input) {
        StringBuilder out = new StringBuilder(detail);
        if (input.date() != null) {
            out.append(", ").append(input.date());
        }
        if (input.reference() != null && !input.reference().isBlank()) {
            out.append(", ").append(input.reference());
        }
        return out.toString();
    }
}
