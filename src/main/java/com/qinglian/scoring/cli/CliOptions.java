package com.qinglian.scoring.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The command line of {@link ScoringCli}, checked before any file is read. */
record CliOptions(Path rubric, Path scores, Path cases, Path units, Path settings, Path out, boolean help) {

    static CliOptions parse(String[] args) {
        Path rubric = null;
        Path scores = null;
        Path cases = null;
        Path units = null;
        Path settings = null;
        Path out = null;
        int start = args.length > 0 && args[0].equals("score") ? 1 : 0;
        for (int i = start; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return new CliOptions(null, null, null, null, null, null, true);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + option);
            }
            Path value = Path.of(args[++i]);
            switch (option) {
                case "--rubric" -> rubric = value;
                case "--scores" -> scores = value;
                case "--cases" -> cases = value;
                case "--units" -> units = value;
                case "--settings" -> settings = value;
                case "--out" -> out = value;
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        require(rubric, "--rubric");
        require(scores, "--scores");
        require(out, "--out");
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".csv") && !name.endsWith(".json")) {
            throw new IllegalArgumentException("--out must end in .xlsx, .csv or .json: " + out);
        }
        for (Path input : new Path[] {rubric, scores, cases, units, settings}) {
            if (input != null && !Files.isRegularFile(input)) {
                throw new IllegalArgumentException("no such file: " + input);
            }
        }
        return new CliOptions(rubric, scores, cases, units, settings, out, false);
    }

    private static void require(Path value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + " is required");
        }
    }
}
