package com.qinglian.rubric;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One thing wrong with a rubric or a rubric file. The message is a key of the message files
 * ({@code messages*.properties}) with its arguments, so the web and the CLI show the same words.
 *
 * @param location where: a node code, a rule code, {@code 工作表 X 第 N 行}, or empty for the whole file
 * @param key message key
 * @param args message arguments
 */
public record RubricProblem(String location, String key, List<Object> args) {

    /** Without this, a Chinese request on an English machine would fall back to messages_en. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public RubricProblem {
        location = location == null ? "" : location;
        args = List.copyOf(args);
    }

    public static RubricProblem of(String location, String key, Object... args) {
        return new RubricProblem(location, key, List.of(args));
    }

    /** The message in the given locale, read from the application's message files. */
    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale, NO_FALLBACK);
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return new MessageFormat(pattern, locale)
                .format(args.stream().map(Object::toString).toArray());
    }

    @Override
    public String toString() {
        return (location.isEmpty() ? "" : location + ": ") + message(Locale.SIMPLIFIED_CHINESE);
    }
}
