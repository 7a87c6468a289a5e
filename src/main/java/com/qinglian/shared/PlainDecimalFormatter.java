package com.qinglian.shared;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Every {@link BigDecimal} bound from a request (form fields, query parameters) is read as a {@link PlainDecimal}:
 * {@code 1e999999999} or a forty-digit number is a binding error, not a number whose arithmetic later fails.
 */
final class PlainDecimalFormatter implements Formatter<BigDecimal> {

    @Override
    public BigDecimal parse(String text, Locale locale) {
        String tidy = TextInput.tidy(text);
        return tidy == null ? null : PlainDecimal.parse(tidy);
    }

    @Override
    public String print(BigDecimal value, Locale locale) {
        return PlainDecimal.text(value);
    }
}
