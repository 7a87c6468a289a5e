package com.qinglian.scoring.cli;

import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricInvalidException;
import com.qinglian.rubric.RubricProblem;
import com.qinglian.rubric.RubricValidator;
import com.qinglian.rubric.RubricYaml;
import com.qinglian.scoring.ScoringEngine;
import com.qinglian.scoring.ScoringException;
import com.qinglian.scoring.ScoringProblem;
import com.qinglian.scoring.ScoringResult;
import com.qinglian.scoring.Settings;
import com.qinglian.scoring.SettingsYaml;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The offline scorer: {@code score --rubric R.yaml --scores S.csv [--cases C.csv] [--units U.csv]
 * [--facts F.csv] [--settings G.yaml] --out result.xlsx|result.csv|result.json [--lang zh|en]}. Same engine as the server,
 * no server and no database. Input tables are CSV or .xlsx. Every problem of a run is reported together; output is written only when
 * there are none. No failure ends in a stack trace: each is a message and an exit code. Formats: {@code docs/cli.md}.
 */
public final class ScoringCli {

    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;
    static final int CANNOT_WRITE = 3;
    static final int FAILED = 4;

    private final CliOptions options;
    private final CliMessages messages;
    private final Problems problems = new Problems();
    private final List<String> fileOrder = new ArrayList<>();

    private ScoringCli(CliOptions options) {
        this.options = options;
        this.messages = options.messages();
    }

    /** Runs the CLI; returns the process exit code: 0 done, 1 refused input, 2 wrong usage, 3 cannot write, 4 failed. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CliMessages messages = CliOptions.language(args);
        try {
            CliOptions options;
            try {
                options = CliOptions.parse(args);
            } catch (CliOptions.UsageException e) {
                err.println(e.problem.render(messages));
                err.println(messages.text("cli.usage"));
                return USAGE;
            }
            if (options.help()) {
                out.println(messages.text("cli.usage"));
                return OK;
            }
            return new ScoringCli(options).score(out, err);
        } catch (OutOfMemoryError e) {
            err.println(messages.text("cli.error.outOfMemory"));
            return FAILED;
        } catch (RuntimeException | Error e) {
            // a defect, not an input problem: still a message, never a stack trace
            err.println(messages.text("cli.error.unexpected", e.getClass().getName(), String.valueOf(e.getMessage())));
            return FAILED;
        }
    }

    private int score(PrintStream out, PrintStream err) {
        Path folder = options.out().toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            problems.add(name(options.out()), 0, null, "cli.out.noFolder", String.valueOf(folder));
        }
        Rubric rubric = readRubric();
        Settings settings = readSettings();
        if (rubric != null) {
            // what the organiser should see before trusting the figures, e.g. a printed total scored by its sum
            for (RubricProblem warning : RubricValidator.warnings(rubric)) {
                String where = warning.location().isEmpty() ? "" : warning.location() + ": ";
                err.println(messages.text(
                        "cli.rubric.warning", name(options.rubric()), where + warning.message(messages.locale())));
            }
            CliInputs inputs = new CliInputs(rubric, problems);
            read(options.units(), inputs::readUnits);
            read(options.scores(), inputs::readScores);
            read(options.cases(), inputs::readCases);
            read(options.facts(), inputs.facts::read);
            if (options.units() == null) {
                inputs.unitsFromScores();
            }
            ScoringResult result = settings == null ? null : engine(rubric, settings, inputs);
            if (problems.isEmpty() && result != null) {
                return write(rubric, result, out, err);
            }
        }
        for (Problem problem : problems.sorted(fileOrder)) {
            err.println(problem.render(messages));
        }
        if (problems.count() > Problems.KEPT) {
            err.println(messages.text("cli.problems.more", problems.count() - Problems.KEPT));
        }
        err.println(messages.text("cli.problems.summary", problems.count()));
        return BAD_INPUT;
    }

    private ScoringResult engine(Rubric rubric, Settings settings, CliInputs inputs) {
        try {
            return ScoringEngine.score(
                    rubric, inputs.units, inputs.items, inputs.cases, inputs.facts.inputs(), settings);
        } catch (ScoringException e) {
            for (ScoringProblem problem : e.problems()) {
                problems.add(inputs.locate(problem));
            }
        } catch (RubricInvalidException e) {
            rubricProblems(e);
        } catch (IllegalArgumentException e) {
            // the settings do not fit the rubric (a veto naming a rule it lacks)
            problems.add(settingsName(), 0, null, "cli.settings.invalid", e.getMessage());
        }
        return null;
    }

    private Rubric readRubric() {
        String name = name(options.rubric());
        fileOrder.add(name);
        try {
            if (!Files.isRegularFile(options.rubric())) {
                problems.add(name, 0, null, "cli.file.missing");
                return null;
            }
            return RubricYaml.read(Files.readAllBytes(options.rubric()));
        } catch (RubricInvalidException e) {
            rubricProblems(e);
        } catch (IOException e) {
            problems.add(name, 0, null, "cli.file.unreadable", String.valueOf(e.getMessage()));
        }
        return null;
    }

    private void rubricProblems(RubricInvalidException e) {
        for (RubricProblem problem : e.problems()) {
            String where = problem.location().isEmpty() ? "" : problem.location() + ": ";
            problems.add(
                    name(options.rubric()), 0, null, "cli.rubric.invalid", where + problem.message(messages.locale()));
        }
    }

    private Settings readSettings() {
        if (options.settings() == null) {
            return Settings.defaults();
        }
        String name = settingsName();
        fileOrder.add(name);
        try {
            if (!Files.isRegularFile(options.settings())) {
                problems.add(name, 0, null, "cli.file.missing");
                return null;
            }
            return SettingsYaml.read(Files.readAllBytes(options.settings()));
        } catch (IllegalArgumentException e) {
            problems.add(name, 0, null, "cli.settings.invalid", e.getMessage());
        } catch (IOException e) {
            problems.add(name, 0, null, "cli.file.unreadable", String.valueOf(e.getMessage()));
        }
        return null;
    }

    private interface Reader {
        void read(TableInput table);
    }

    /**
     * Reads one input file, CSV or (by its extension) .xlsx; a file that cannot be read on is one problem, and
     * the other files are still read.
     */
    private void read(Path file, Reader reader) {
        if (file == null) {
            return;
        }
        String name = name(file);
        fileOrder.add(name);
        if (!Files.isRegularFile(file)) {
            problems.add(name, 0, null, "cli.file.missing");
            return;
        }
        boolean workbook = name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        try (TableInput table = workbook ? XlsxInput.open(file, name) : CsvInput.open(file, name, problems)) {
            reader.read(table);
        } catch (CliException e) {
            problems.add(e.problem());
        } catch (IOException e) {
            problems.add(name, 0, null, "cli.file.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private int write(Rubric rubric, ScoringResult result, PrintStream out, PrintStream err) {
        try {
            ResultFiles.writeAtomically(options.out(), rubric, result, messages);
        } catch (IOException e) {
            err.println(messages.location(name(options.out()), 0, null)
                    + messages.text("cli.out.cannotWrite", String.valueOf(e.getMessage())));
            return CANNOT_WRITE;
        }
        out.println(messages.text("cli.done", result.units().size(), options.out()));
        return OK;
    }

    private String settingsName() {
        return options.settings() == null ? "settings" : name(options.settings());
    }

    private static String name(Path file) {
        return file.toString();
    }
}
