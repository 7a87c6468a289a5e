package com.qinglian.scoring.cli;

import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricInvalidException;
import com.qinglian.rubric.RubricProblem;
import com.qinglian.rubric.RubricYaml;
import com.qinglian.scoring.ScoringEngine;
import com.qinglian.scoring.ScoringException;
import com.qinglian.scoring.ScoringProblem;
import com.qinglian.scoring.ScoringResult;
import com.qinglian.scoring.Settings;
import com.qinglian.scoring.SettingsYaml;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The offline scorer: {@code score --rubric R.yaml --scores S.csv [--cases C.csv] [--units U.csv]
 * [--settings G.yaml] --out result.xlsx|result.csv|result.json}. Same engine as the server, no
 * server and no database. Output is written only when every input is valid. Formats: {@code docs/cli.md}.
 */
public final class ScoringCli {

    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            usage: score --rubric R.yaml --scores S.csv [--cases C.csv] [--units U.csv] [--settings G.yaml] --out result.xlsx|result.csv|result.json
            CSV files: UTF-8 (with or without BOM) or GBK, header row first; columns in docs/cli.md""";

    private ScoringCli() {}

    /** Runs the CLI; returns the process exit code: 0 done, 1 refused input, 2 wrong usage. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CliOptions options;
        try {
            options = CliOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        if (options.help()) {
            out.println(USAGE_TEXT);
            return OK;
        }
        try {
            Rubric rubric = readRubric(options.rubric());
            Settings settings = options.settings() == null ? Settings.defaults() : readSettings(options.settings());
            CliInputs inputs = new CliInputs();
            if (options.units() != null) {
                inputs.readUnits(CsvFile.parse(options.units().toString(), Files.readAllBytes(options.units())));
            }
            inputs.readScores(CsvFile.parse(options.scores().toString(), Files.readAllBytes(options.scores())));
            if (options.cases() != null) {
                inputs.readCases(CsvFile.parse(options.cases().toString(), Files.readAllBytes(options.cases())));
            }
            if (!inputs.problems.isEmpty()) {
                inputs.problems.forEach(err::println);
                return BAD_INPUT;
            }
            if (options.units() == null) {
                inputs.unitsFromScores();
            }
            ScoringResult result;
            try {
                result = ScoringEngine.score(rubric, inputs.units, inputs.items, inputs.cases, settings);
            } catch (ScoringException e) {
                for (ScoringProblem problem : e.problems()) {
                    err.println(inputs.locate(problem));
                }
                return BAD_INPUT;
            } catch (RubricInvalidException e) {
                printRubricProblems(options.rubric(), e, err);
                return BAD_INPUT;
            } catch (IllegalArgumentException e) {
                // the settings do not fit the rubric (a veto naming a rule it lacks)
                err.println((options.settings() == null
                                ? "settings"
                                : options.settings().toString()) + ": " + e.getMessage());
                return BAD_INPUT;
            }
            writeAtomically(options.out(), rubric, result);
            out.println("scored " + result.units().size() + " units; wrote " + options.out());
            return OK;
        } catch (CliException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("cannot read or write a file: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    private static Rubric readRubric(Path file) throws IOException {
        try {
            return RubricYaml.read(Files.readAllBytes(file));
        } catch (RubricInvalidException e) {
            throw new CliException(file.toString(), 0, null, e.getMessage());
        }
    }

    private static Settings readSettings(Path file) throws IOException {
        try {
            return SettingsYaml.read(Files.readAllBytes(file));
        } catch (IllegalArgumentException e) {
            throw new CliException(file.toString(), 0, null, e.getMessage());
        }
    }

    private static void printRubricProblems(Path file, RubricInvalidException e, PrintStream err) {
        for (RubricProblem problem : e.problems()) {
            err.println(file + ": " + problem);
        }
    }

    /** Writes next to the target and moves it in place, so a failure never leaves a half-written result. */
    private static void writeAtomically(Path target, Rubric rubric, ScoringResult result) throws IOException {
        Path absolute = target.toAbsolutePath();
        // not Files.createTempFile: its owner-only permissions would stay on the result
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + System.nanoTime() + ".tmp");
        try {
            try (OutputStream stream =
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".xlsx")) {
                    XlsxResultWriter.write(rubric, result, stream);
                } else if (name.endsWith(".json")) {
                    try (Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                        JsonResultWriter.write(rubric, result, writer);
                    }
                } else {
                    try (Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                        writer.write('\uFEFF');
                        CsvResultWriter.write(result, writer);
                    }
                }
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
