package com.qinglian.shared.web;

import com.qinglian.shared.PlainDecimal;
import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/**
 * Binds a number typed into a form as a plain decimal within {@link PlainDecimal.Bounds#DEFAULT}: blank is
 * empty, an exponent or an oversized number is a binding error on the field (never a number whose
 * arithmetic could run for seconds). Full-width digits and spaces typed with a Chinese keyboard are read.
 */
class PlainDecimalEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        String plain = text == null ? "" : Typed.halfWidth(text).strip();
        setValue(plain.isEmpty() ? null : PlainDecimal.parse(plain));
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : "";
    }
}
