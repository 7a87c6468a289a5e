package com.qinglian.shared.web;

import com.qinglian.shared.PlainDecimal;
import com.qinglian.shared.TextInput;
import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every {@link BigDecimal} bound from a request (form fields, query parameters) is read as a {@link PlainDecimal}.
 * A custom editor, not only a formatter: when a conversion fails, Spring falls back to its default number editor,
 * which accepts {@code 1e999999999}; an editor registered here is the only one asked. The refusal is a binding
 * error, answered with the form and a message.
 */
@ControllerAdvice
class PlainDecimalBinding {

    @InitBinder
    void plainDecimals(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new Editor());
    }

    private static final class Editor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            String tidy = TextInput.tidy(text);
            setValue(tidy == null ? null : PlainDecimal.parse(tidy));
        }

        @Override
        public String getAsText() {
            return getValue() instanceof BigDecimal value ? PlainDecimal.text(value) : "";
        }
    }
}
