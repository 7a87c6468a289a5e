package com.qinglian.scoring.cli;

import com.qinglian.scoring.ExplanationLine;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The CLI's words, from the application's message files like the web's (decision D7): Chinese by default,
 * English with {@code --lang en}. Never the machine's locale.
 */
final class CliMessages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private CliMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("messages", locale, NO_FALLBACK);
    }

    static final CliMessages CHINESE = new CliMessages(Locale.SIMPLIFIED_CHINESE);

    static final CliMessages ENGLISH = new CliMessages(Locale.ENGLISH);

    /** {@code en} gives English; {@code zh} or nothing Chinese; anything else null. */
    static CliMessages forLanguage(String language) {
        if (language == null || language.equalsIgnoreCase("zh") || language.equalsIgnoreCase("zh-CN")) {
            return CHINESE;
        }
        return language.equalsIgnoreCase("en") ? ENGLISH : null;
    }

    Locale locale() {
        return locale;
    }

    /** The message of a key with its arguments; arguments are shown as text (no digit grouping of line numbers). */
    String text(String key, Object... args) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /**
     * The words for an explanation line's kind, as the results pages show them ({@code results.kind.*}); the kind's
     * own name where the message files have none yet.
     */
    String kindLabel(ExplanationLine.Kind kind) {
        String key = "results.kind." + kind.name();
        return bundle.containsKey(key) ? bundle.getString(key) : kind.name();
    }

    /** The prefix naming where a problem is: file, then line and column when known. */
    String location(String file, long line, String column) {
        if (file == null) {
            return "";
        }
        if (line > 0 && column != null) {
            return text("cli.at.fileLineColumn", file, line, column);
        }
        if (line > 0) {
            return text("cli.at.fileLine", file, line);
        }
        if (column != null) {
            return text("cli.at.fileColumn", file, column);
        }
        return text("cli.at.file", file);
    }
}
