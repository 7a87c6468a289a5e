package com.qinglian.shared.web;

import com.qinglian.shared.PlainDecimal;
import com.qinglian.shared.TextInput;
import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.text.Normalizer;

/**
 * Binds a number typed into a form or a query parameter as a plain decimal within
 * {@link PlainDecimal.Bounds#DEFAULT}: blank is empty, an exponent or an oversized number is a binding error on
 * the field, never a number whose arithmetic could run for seconds. An editor, not only a formatter: when a
 * conversion fails, Spring falls back to its default number editor, which accepts {@code 1e999999999}; an
 * editor registered for the type is the only one asked. Full-width digits typed with a Chinese input method
 * and surrounding spaces of every kind are read.
 */
class PlainDecimalEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        // NFKC, as the other readers: full-width digits, signs and spaces become their plain forms
        String tidy = text == null ? null : TextInput.tidy(Normalizer.normalize(text, Normalizer.Form.NFKC));
        setValue(tidy == null || tidy.isEmpty() ? null : PlainDecimal.parse(tidy));
    }

    @Override
    public String getAsText() {
        return getValue() instanceof BigDecimal value ? PlainDecimal.text(value) : "";
    }
}
