package com.qinglian.shared.web;

import com.qinglian.shared.ImportProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns import and form problems into the user's language for the pages. */
@Component
public class ProblemMessages {

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** One line of an import error report. */
    public record Line(int row, String column, String message) {}

    public String message(ImportProblem problem, Locale locale) {
        return messages.getMessage(problem.key(), problem.args().toArray(), problem.key(), locale);
    }

    /** A plain message by key, for flash texts. */
    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public List<Line> byRow(List<ImportProblem> problems, Locale locale) {
        return problems.stream()
                .map(p -> new Line(p.row(), p.column(), message(p, locale)))
                .toList();
    }

    /** Messages by form field, for showing each beside its input; several per field are joined. */
    public Map<String, String> byField(List<ImportProblem> problems, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        problems.forEach(p -> out.merge(p.column(), message(p, locale), (a, b) -> a + ";" + b));
        return out;
    }
}
