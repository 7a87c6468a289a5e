package com.qinglian.rubric;

import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An organiser's expectation of one item as typed into the form, not yet checked. Fields are kept as typed,
 * so that a refused form shows them again.
 */
public record ExpectationDraft(String kind, String period, String perPeriod, String ratePercent, String evidenceName) {

    static final int MAX_PER_PERIOD = 100;
    static final int MAX_NAME = 40;

    /**
     * The expectation this draft states, confirmed, keeping {@code phrase} (the words it was read from).
     *
     * @throws InputRejectedException naming each wrong field
     */
    public EvidenceExpectation confirm(String itemCode, String phrase) {
        List<InputProblem> problems = new ArrayList<>();
        ExpectationKind k = parse(ExpectationKind.class, kind);
        if (k == null) {
            problems.add(InputProblem.of(0, "kind", "expectation.error.kind"));
            throw new InputRejectedException(problems);
        }
        String name = evidenceName == null || evidenceName.isBlank() ? null : evidenceName.strip();
        if (name != null && name.length() > MAX_NAME) {
            problems.add(InputProblem.of(0, "evidenceName", "expectation.error.name", MAX_NAME));
        }
        ExpectationPeriod p = null;
        Integer times = null;
        BigDecimal rate = null;
        if (k == ExpectationKind.COUNT) {
            p = parse(ExpectationPeriod.class, period);
            if (p == null) {
                problems.add(InputProblem.of(0, "period", "expectation.error.period"));
            }
            times = wholeNumber(perPeriod);
            if (times == null || times < 1 || times > MAX_PER_PERIOD) {
                problems.add(InputProblem.of(0, "perPeriod", "expectation.error.perPeriod", MAX_PER_PERIOD));
            }
        } else if (k == ExpectationKind.RATE) {
            rate = percent(ratePercent);
            if (rate == null) {
                problems.add(InputProblem.of(0, "ratePercent", "expectation.error.rate"));
            }
        }
        InputRejectedException.throwIfAny(problems);
        return new EvidenceExpectation(itemCode, k, p, times, rate, name, phrase, true);
    }

    /** The form's fields filled from an expectation (a proposal or a stored decision). */
    public static ExpectationDraft of(EvidenceExpectation e) {
        return new ExpectationDraft(
                e.kind().name(),
                e.period() == null ? null : e.period().name(),
                e.perPeriod() == null ? null : e.perPeriod().toString(),
                e.ratePercent() == null
                        ? null
                        : e.ratePercent().stripTrailingZeros().toPlainString(),
                e.evidenceName());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return e;
            }
        }
        return null;
    }

    private static String normal(String value) {
        return value == null
                ? ""
                : Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
    }

    private static Integer wholeNumber(String value) {
        String v = normal(value);
        return v.matches("[0-9]{1,3}") ? Integer.valueOf(v) : null;
    }

    /** A share above 0 and at most 100, with at most two decimals; a trailing % is allowed. */
    private static BigDecimal percent(String value) {
        String v = normal(value).replaceAll("%$", "").strip();
        if (!v.matches("[0-9]{1,3}(\\.[0-9]{1,2})?")) {
            return null;
        }
        BigDecimal p = new BigDecimal(v);
        return p.signum() > 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0 ? p : null;
    }
}
