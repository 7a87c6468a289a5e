package com.qinglian.results.report;

import com.qinglian.ledger.cases.LedgerCase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Ledger cases by unit and rule, to find the case an explanation line names: the engine ends a case's line with
 * its reference, the 文号 ({@code "1 × 4.5 (chosen in 3–6), 2021-06-01, 瓯纪〔2021〕41号"}). Cap lines name none.
 */
final class CaseIndex {

    private final Map<String, List<LedgerCase>> byUnitAndRule;

    private CaseIndex(Map<String, List<LedgerCase>> byUnitAndRule) {
        this.byUnitAndRule = byUnitAndRule;
    }

    static CaseIndex of(List<LedgerCase> cases) {
        return new CaseIndex(cases.stream()
                .filter(c -> c.documentNumber() != null)
                .collect(Collectors.groupingBy(c -> key(c.unitCode(), c.ruleCode()))));
    }

    /** The case of this unit and rule whose 文号 ends the line's detail. */
    Optional<LedgerCase> named(String unitCode, String ruleCode, String detail) {
        if (detail == null) {
            return Optional.empty();
        }
        return byUnitAndRule.getOrDefault(key(unitCode, ruleCode), List.of()).stream()
                .filter(c -> detail.endsWith(", " + c.documentNumber()))
                .findFirst();
    }

    /** The amount chosen within a range (4.5) or the level (省级) of a case; empty for other rules or no case. */
    static String measure(LedgerCase c) {
        if (c == null) {
            return "";
        }
        if (c.amount() != null) {
            return c.amount().stripTrailingZeros().toPlainString();
        }
        return c.level() == null ? "" : c.level();
    }

    private static String key(String unitCode, String ruleCode) {
        return unitCode + "\u0000" + ruleCode;
    }
}
