package com.qinglian.scoring.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The command line of {@link ScoringCli}, checked before any file is read. */
record CliOptions(
        Path rubric,
        Path scores,
        Path cases,
        Path units,
        Path facts,
        Path settings,
        Path out,
        CliMessages messages,
        boolean help) {

    /** Wrong usage, as a message key and its arguments. */
    static final class UsageException extends RuntimeException {
        final transient Problem problem;

        UsageException(String key, Object... args) {
            super(key, null, false, false);
            this.problem = new Problem(null, 0, null, key, List.of(args));
        }
    }

    /** The language asked for with {@code --lang}, looked up before anything else so usage errors are in it too. */
    static CliMessages language(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--lang")) {
                CliMessages messages = CliMessages.forLanguage(args[i + 1]);
                return messages == null ? CliMessages.CHINESE : messages;
            }
        }
        return CliMessages.CHINESE;
    }

    static CliOptions parse(String[] args) {
        CliMessages messages = language(args);
        Path rubric = null;
        Path scores = null;
        Path cases = null;
        Path units = null;
        Path facts = null;
        Path settings = null;
        Path out = null;
        int start = args.length > 0 && args[0].equals("score") ? 1 : 0;
        for (int i = start; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return new CliOptions(null, null, null, null, null, null, null, messages, true);
            }
            if (i + 1 >= args.length) {
                throw new UsageException("cli.usage.missingValue", option);
            }
            String text = args[++i];
            if (option.equals("--lang")) {
                if (CliMessages.forLanguage(text) == null) {
                    throw new UsageException("cli.usage.badLanguage", text);
                }
                continue;
            }
            Path value = path(option, text);
            switch (option) {
                case "--rubric" -> rubric = value;
                case "--scores" -> scores = value;
                case "--cases" -> cases = value;
                case "--units" -> units = value;
                case "--facts" -> facts = value;
                case "--settings" -> settings = value;
                case "--out" -> out = value;
                default -> throw new UsageException("cli.usage.unknownOption", option);
            }
        }
        require(rubric, "--rubric");
        require(scores, "--scores");
        require(out, "--out");
        String name =
                out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".csv") && !name.endsWith(".json")) {
            throw new UsageException("cli.usage.badOut", out);
        }
        return new CliOptions(rubric, scores, cases, units, facts, settings, out, messages, false);
    }

    private static Path path(String option, String text) {
        try {
            return Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException("cli.usage.badPath", option, text.replace('\u0000', '?'));
        }
    }

    private static void require(Path value, String option) {
        if (value == null) {
            throw new UsageException("cli.usage.required", option);
        }
    }
}
