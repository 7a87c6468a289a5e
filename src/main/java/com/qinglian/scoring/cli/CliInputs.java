package com.qinglian.scoring.cli;

import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.scoring.CaseInput;
import com.qinglian.scoring.ItemInput;
import com.qinglian.scoring.ScoringProblem;
import com.qinglian.scoring.Unit;
import com.qinglian.shared.DocumentNumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV inputs of the CLI turned into engine records, remembering each record's file line so the
 * engine's refusals can point back at it. Every bad cell goes to {@link Problems}, not just the first.
 * Province-sized inputs (millions of score rows) are kept small: unit and item codes are shared text
 * objects, repeated values one number object, lines plain {@code int}s.
 */
final class CliInputs {

    final List<Unit> units = new ArrayList<>();
    final List<ItemInput> items = new ArrayList<>();
    final List<CaseInput> cases = new ArrayList<>();
    private final Problems problems;
    private final Map<String, RubricNode> rubricItems = new HashMap<>();
    private final Map<String, Unit> unitsByCode = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();
    private final Map<String, String> documents = new HashMap<>();
    private final CellNumbers numbers;
    private Lines unitLines = new Lines();
    private final Lines itemLines = new Lines();
    private final Lines caseLines = new Lines();
    private String unitsFile;
    private String scoresFile;
    private String casesFile;

    CliInputs(Rubric rubric, Problems problems) {
        this.problems = problems;
        this.numbers = new CellNumbers(problems);
        for (RubricNode item : rubric.items()) {
            rubricItems.put(item.code(), item);
        }
    }

    void readUnits(CsvInput csv) {
        unitsFile = csv.name();
        csv.requireColumns("code", "name", "type");
        while (csv.next()) {
            String code = code(csv, "code");
            if (code != null) {
                Unit unit = new Unit(code, Cells.singleLine(csv.cell("name")), Cells.singleLine(csv.cell("type")));
                units.add(unit);
                unitsByCode.putIfAbsent(code, unit);
                unitLines.add(csv.line());
            }
        }
        requireRows(csv);
    }

    void readScores(CsvInput csv) {
        scoresFile = csv.name();
        String valueColumn = csv.hasColumn("value") || !csv.hasColumn("score") ? "value" : "score";
        csv.requireColumns("unit", "item", valueColumn);
        boolean typesKnown = unitsFile != null;
        while (csv.next()) {
            String unit = code(csv, "unit");
            String item = code(csv, "item");
            String text = csv.cell(valueColumn);
            if (text.isEmpty()) {
                continue;
            }
            BigDecimal value = numbers.decimal(csv, valueColumn, text, true);
            if (unit == null || item == null || value == null) {
                continue;
            }
            RubricNode node = rubricItems.get(item);
            Unit known = unitsByCode.get(unit);
            if (node != null && (known != null || !typesKnown) && !node.appliesTo(known == null ? "" : known.type())) {
                problems.add(
                        csv.name(),
                        csv.line(),
                        "item",
                        typesKnown ? "cli.scores.notApplicable" : "cli.scores.notApplicableNoType",
                        unit,
                        item,
                        known == null ? "" : known.type(),
                        String.join(", ", node.appliesTo()));
                continue;
            }
            items.add(new ItemInput(unit, node == null ? item : node.code(), value));
            itemLines.add(csv.line());
        }
        requireRows(csv);
    }

    void readCases(CsvInput csv) {
        casesFile = csv.name();
        csv.requireColumns("unit", "rule");
        while (csv.next()) {
            String unit = code(csv, "unit");
            String rule = code(csv, "rule");
            Integer count = numbers.count(csv, "count");
            String multiplierText = csv.cell("multiplier");
            BigDecimal multiplier = multiplierText.isEmpty()
                    ? BigDecimal.ONE
                    : numbers.decimal(csv, "multiplier", multiplierText, false);
            if (multiplier != null && multiplier.signum() < 0) {
                problems.add(csv.name(), csv.line(), "multiplier", "cli.cases.negativeMultiplier", multiplierText);
                multiplier = null;
            }
            String dateText = csv.cell("date");
            var date = dateText.isEmpty() ? null : numbers.date(csv, "date", dateText);
            boolean dateOk = dateText.isEmpty() || date != null;
            String reference = DocumentNumber.tidy(Cells.singleLine(csv.cell("reference")));
            boolean repeated = unit != null && reference != null && repeatedDocument(csv, unit, reference);
            if (unit != null && rule != null && count != null && multiplier != null && dateOk && !repeated) {
                cases.add(new CaseInput(unit, rule, count, multiplier, date, reference));
                caseLines.add(csv.line());
            }
        }
    }

    /** One document (文号) decides one case of a unit; the same number spelled another way is the same document. */
    private boolean repeatedDocument(CsvInput csv, String unit, String reference) {
        if (!DocumentNumber.looksLikeOne(reference)) {
            return false;
        }
        String first = documents.putIfAbsent(unit + '\u0000' + DocumentNumber.key(reference), csv.line() + "");
        if (first != null) {
            problems.add(csv.name(), csv.line(), "reference", "cli.cases.sameDocument", unit, reference, first);
            return true;
        }
        return false;
    }

    /** Units named in the scores file, in order of appearance, when no units file is given: type unknown. */
    void unitsFromScores() {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            seen.putIfAbsent(items.get(i).unitCode(), itemLines.get(i));
        }
        unitLines = new Lines();
        seen.forEach((code, line) -> {
            units.add(new Unit(code, code, ""));
            unitLines.add(line);
        });
        unitsFile = scoresFile;
    }

    /** The engine's refusal, located in the file and line the refused record came from. */
    Problem locate(ScoringProblem problem) {
        return switch (problem.source()) {
            case UNIT -> at(unitsFile, unitLines, problem, "code");
            case ITEM_INPUT -> at(scoresFile, itemLines, problem, problem.field());
            case CASE -> at(casesFile, caseLines, problem, problem.field());
        };
    }

    private static Problem at(String file, Lines lines, ScoringProblem problem, String column) {
        long line = problem.index() >= 0 && problem.index() < lines.size() ? lines.get(problem.index()) : 0;
        return problem.key() == null
                ? Problem.at(file, line, column, "cli.engine.problem", problem.message())
                : new Problem(file, line, column, problem.key(), problem.args());
    }

    /** A required code: not empty, no control characters; equal codes share one text object. */
    private String code(CsvInput csv, String column) {
        String value = csv.cell(column);
        if (value.isEmpty()) {
            problems.add(csv.name(), csv.line(), column, "cli.csv.empty");
            return null;
        }
        if (Cells.hasControl(value)) {
            problems.add(csv.name(), csv.line(), column, "cli.csv.controlCharacter");
            return null;
        }
        String shared = codes.putIfAbsent(value, value);
        return shared == null ? value : shared;
    }

    private void requireRows(CsvInput csv) {
        if (csv.rows() == 0) {
            problems.add(csv.name(), 0, null, "cli.csv.noRows");
        }
    }

    /** Line numbers without a boxed {@code Integer} per row. */
    private static final class Lines {
        private int[] lines = new int[1024];
        private int size;

        void add(long line) {
            if (size == lines.length) {
                lines = Arrays.copyOf(lines, size * 2);
            }
            lines[size++] = (int) Math.min(line, Integer.MAX_VALUE);
        }

        int get(int index) {
            return lines[index];
        }

        int size() {
            return size;
        }
    }
}
