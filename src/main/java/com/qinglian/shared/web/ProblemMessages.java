package com.qinglian.shared.web;

import com.qinglian.shared.InputProblem;
import com.qinglian.shared.PlainDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Turns import and form problems into the user's language for the pages. */
@Component
public class ProblemMessages {

    private static final String NOT_PLAIN = "number.error.notPlain";

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** One line of an import error report. */
    public record Line(int row, String column, String message) {}

    public String message(InputProblem problem, Locale locale) {
        return messages.getMessage(problem.key(), problem.args().toArray(), problem.key(), locale);
    }

    /** A plain message by key, for flash texts. */
    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public List<Line> byRow(List<InputProblem> problems, Locale locale) {
        return problems.stream()
                .map(p -> new Line(p.row(), p.column(), message(p, locale)))
                .toList();
    }

    /**
     * A form field's binding error in the user's words; a number refused by {@link PlainDecimal} says why
     * (exponent, too many digits or decimals) rather than only that it is not a number.
     */
    public String field(FieldError error, Locale locale) {
        if (error.contains(TypeMismatchException.class)) {
            for (Throwable cause = error.unwrap(TypeMismatchException.class); cause != null; cause = cause.getCause()) {
                // not a number at all: the field's own words; a number out of bounds: which bound
                if (cause instanceof PlainDecimal.Refused refused
                        && !refused.key().equals(NOT_PLAIN)) {
                    return messages.getMessage(refused.key(), refused.args().toArray(), refused.key(), locale);
                }
            }
        }
        return messages.getMessage(error, locale);
    }

    /** Every field error of a binding, in the user's words, joined. */
    public String fields(BindingResult binding, Locale locale) {
        return String.join(
                ";",
                binding.getFieldErrors().stream().map(e -> field(e, locale)).toList());
    }

    /** Messages by form field, for showing each beside its input; several per field are joined. */
    public Map<String, String> byField(List<InputProblem> problems, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        problems.forEach(p -> out.merge(p.column(), message(p, locale), (a, b) -> a + ";" + b));
        return out;
    }
}
