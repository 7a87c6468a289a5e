package com.qinglian.ledger.cases;

import com.qinglian.ledger.internal.Decimals;
import com.qinglian.shared.DocumentNumber;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.PlainDecimal;
import com.qinglian.shared.TextInput;
import com.qinglian.shared.TextInput.Shape;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an organiser enters for a case; {@link #problems()} checks the fields on their own (the unit, the rule
 * and the document number are checked against the campaign by {@link LedgerCases}).
 *
 * @param count null when not entered
 * @param multiplier null means 1
 * @param amount the points per case chosen within a range rule's range; null for other rules
 * @param level the level of a rule with levels; null for other rules
 */
public record CaseDetails(
        String unitCode,
        String ruleCode,
        Integer count,
        BigDecimal multiplier,
        LocalDate date,
        String documentNumber,
        String issuingBody,
        String description,
        BigDecimal amount,
        String level) {

    static final BigDecimal MAX_MULTIPLIER = BigDecimal.TEN;
    /** Longest level name, in characters (the column holds 200). */
    static final int MAX_LEVEL = 100;

    /** A case of a rule with a fixed amount: no chosen amount, no level. */
    public CaseDetails(
            String unitCode,
            String ruleCode,
            Integer count,
            BigDecimal multiplier,
            LocalDate date,
            String documentNumber,
            String issuingBody,
            String description) {
        this(unitCode, ruleCode, count, multiplier, date, documentNumber, issuingBody, description, null, null);
    }

    public CaseDetails {
        unitCode = strip(unitCode);
        ruleCode = strip(ruleCode);
        // a multiplier such as 1e999999999 is kept as given (and refused by problems()), never normalised
        multiplier = multiplier == null
                ? BigDecimal.ONE
                : PlainDecimal.within(multiplier, PlainDecimal.Bounds.DEFAULT)
                        ? Decimals.plain(multiplier)
                        : multiplier;
        // every kind of space, including U+00A0 and U+3000, is trimmed (DocumentNumber.tidy)
        documentNumber = DocumentNumber.tidy(documentNumber);
        issuingBody = strip(issuingBody);
        description = strip(description);
        amount = amount != null && PlainDecimal.within(amount, PlainDecimal.Bounds.DEFAULT)
                ? Decimals.plain(amount)
                : amount;
        level = strip(level);
    }

    public List<InputProblem> problems() {
        List<InputProblem> problems = new ArrayList<>();
        if (unitCode == null) {
            problems.add(InputProblem.of(0, "unitCode", "ledger.error.unit"));
        }
        if (ruleCode == null) {
            problems.add(InputProblem.of(0, "ruleCode", "ledger.error.rule"));
        }
        if (count == null || count < 1) {
            problems.add(InputProblem.of(0, "count", "ledger.error.count"));
        }
        if (!PlainDecimal.within(multiplier, PlainDecimal.Bounds.DEFAULT)
                || multiplier.signum() <= 0
                || multiplier.compareTo(MAX_MULTIPLIER) > 0
                || multiplier.scale() > 3) {
            problems.add(InputProblem.of(0, "multiplier", "ledger.error.multiplier", MAX_MULTIPLIER));
        }
        if (date == null) {
            problems.add(InputProblem.of(0, "date", "ledger.error.date"));
        }
        if (documentNumber == null || TextInput.length(documentNumber) > 100) {
            problems.add(InputProblem.of(0, "documentNumber", "ledger.error.documentNumber"));
        } else {
            TextInput.problem(0, "documentNumber", documentNumber, 100, Shape.SINGLE_LINE)
                    .ifPresent(problems::add);
        }
        if (issuingBody == null || TextInput.length(issuingBody) > 200) {
            problems.add(InputProblem.of(0, "issuingBody", "ledger.error.issuingBody"));
        } else {
            TextInput.problem(0, "issuingBody", issuingBody, 200, Shape.SINGLE_LINE)
                    .ifPresent(problems::add);
        }
        if (description != null && TextInput.length(description) > 4000) {
            problems.add(InputProblem.of(0, "description", "ledger.error.description"));
        } else {
            TextInput.problem(0, "description", description, 4000, Shape.MULTI_LINE)
                    .ifPresent(problems::add);
        }
        if (amount != null
                && (!PlainDecimal.within(amount, PlainDecimal.Bounds.DEFAULT)
                        || amount.signum() < 0
                        || amount.scale() > 3)) {
            problems.add(InputProblem.of(0, "amount", "ledger.error.amountFormat"));
        }
        if (level != null) {
            TextInput.problem(0, "level", level, MAX_LEVEL, Shape.SINGLE_LINE).ifPresent(problems::add);
        }
        return problems;
    }

    private static String strip(String value) {
        return TextInput.tidy(value);
    }
}
