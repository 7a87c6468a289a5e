package com.qinglian.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The random choices of a synthetic campaign, all drawn from one seeded generator in a fixed order, so that the
 * same seed and unit count give the same campaign. Rates are those of a district's ordinary year: most items at
 * full points, one evaluator in five a step apart from the lead, units rating themselves a little higher, and
 * negative-list cases rare (the graver the form, the rarer).
 */
final class SyntheticChoices {

    /** A negative-list rule of the seed rubric and the share of units with one case of it in a year. */
    record CaseRate(String rule, double rate) {}

    static final List<CaseRate> CASE_RATES = List.of(
            new CaseRate("FORM1", 0.05),
            new CaseRate("FORM2", 0.02),
            new CaseRate("FORM3", 0.006),
            new CaseRate("FORM4", 0.002),
            new CaseRate("DISSATISFIED", 0.01));

    private final Random random;

    SyntheticChoices(long seed) {
        this.random = new Random(seed);
    }

    /** A unit's share of items at full points, around 0.93. */
    double quality() {
        return Math.max(0.6, Math.min(1.0, 0.93 + 0.05 * random.nextGaussian()));
    }

    /** The lead evaluator's score: full points, or one or more steps below. */
    BigDecimal leadScore(BigDecimal points, BigDecimal step, double quality) {
        if (random.nextDouble() < quality) {
            return points;
        }
        int steps = points.divide(step, 0, RoundingMode.DOWN).intValue();
        return points.subtract(step.multiply(BigDecimal.valueOf(1 + random.nextInt(Math.max(1, steps)))))
                .max(BigDecimal.ZERO);
    }

    /** The second evaluator's score: mostly the lead's, sometimes a step apart. */
    BigDecimal secondScore(BigDecimal lead, BigDecimal points, BigDecimal step) {
        if (random.nextDouble() < 0.8) {
            return lead;
        }
        BigDecimal other = random.nextBoolean() ? lead.add(step) : lead.subtract(step);
        return other.max(BigDecimal.ZERO).min(points);
    }

    /** The unit's own score: the lead's, or a step higher (units rate themselves generously). */
    BigDecimal selfScore(BigDecimal lead, BigDecimal points, BigDecimal step) {
        return random.nextDouble() < 0.3 ? lead.add(step).min(points) : lead;
    }

    /** How many evidence files a unit attached to an item: none, one or two. */
    int evidenceFiles() {
        double draw = random.nextDouble();
        return draw < 0.6 ? 0 : draw < 0.95 ? 1 : 2;
    }

    /** A key in the local store's layout ({@code ab/cd/<uuid>}); no content is stored under it. */
    String storageKey() {
        String uuid = new UUID(random.nextLong(), random.nextLong()).toString();
        return uuid.substring(0, 2) + "/" + uuid.substring(2, 4) + "/" + uuid;
    }

    String sha256() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A scanned document's size: 50 KB to 2 MB. */
    long size() {
        return 50_000 + random.nextInt(1_950_000);
    }

    LocalDate dateIn(LocalDate start, LocalDate end) {
        long days = end.toEpochDay() - start.toEpochDay();
        return start.plusDays(random.nextInt((int) days + 1));
    }

    /** The rules a unit has a case of this year, graver forms rarer. */
    List<String> cases() {
        List<String> rules = new ArrayList<>();
        for (CaseRate rate : CASE_RATES) {
            if (random.nextDouble() < rate.rate()) {
                rules.add(rate.rule());
            }
        }
        return rules;
    }

    /** Cases of the first form sometimes concern two people. */
    int caseCount(String rule) {
        return rule.equals("FORM1") && random.nextDouble() < 0.2 ? 2 : 1;
    }
}
