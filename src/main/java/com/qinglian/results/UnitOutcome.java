package com.qinglian.results;

import java.math.BigDecimal;
import java.util.List;

/** One unit's stored result: totals, grade, vetoes and ranks, as the engine computed them. */
public record UnitOutcome(
        long id,
        String unitCode,
        String unitName,
        String unitType,
        BigDecimal maxTotal,
        BigDecimal itemsTotal,
        BigDecimal deductions,
        BigDecimal bonus,
        BigDecimal total,
        String grade,
        List<String> vetoes,
        int rank,
        int typeRank) {}
