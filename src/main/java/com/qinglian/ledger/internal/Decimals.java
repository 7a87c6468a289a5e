package com.qinglian.ledger.internal;

import java.math.BigDecimal;

/** Decimals as people write them: no trailing zeros, never in exponent form. */
public final class Decimals {

    private Decimals() {}

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
