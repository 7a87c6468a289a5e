package com.qinglian.scoring.cli;

import com.qinglian.scoring.CaseInput;
import com.qinglian.scoring.ItemInput;
import com.qinglian.scoring.ScoredUnit;
import com.qinglian.scoring.ScoringProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV inputs of the CLI turned into engine records, remembering each record's file line so the
 * engine's refusals can point back at it. Every bad cell is collected, not just the first.
 */
final class CliInputs {

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");

    final List<ScoredUnit> units = new ArrayList<>();
    final List<ItemInput> items = new ArrayList<>();
    final List<CaseInput> cases = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    private final List<Integer> unitLines = new ArrayList<>();
    private final List<Integer> itemLines = new ArrayList<>();
    private final List<Integer> caseLines = new ArrayList<>();
    private String unitsFile;
    private String scoresFile;
    private String casesFile;

    void readUnits(CsvFile csv) {
        unitsFile = csv.name();
        csv.requireColumns("code", "name", "type");
        for (CsvFile.Row row : csv.rows()) {
            String code = required(csv, row, "code");
            if (code != null) {
                units.add(new ScoredUnit(code, csv.cell(row, "name"), csv.cell(row, "type")));
                unitLines.add(row.line());
            }
        }
    }

    void readScores(CsvFile csv) {
        scoresFile = csv.name();
        String valueColumn = csv.hasColumn("value") || !csv.hasColumn("score") ? "value" : "score";
        csv.requireColumns("unit", "item", valueColumn);
        for (CsvFile.Row row : csv.rows()) {
            String unit = required(csv, row, "unit");
            String item = required(csv, row, "item");
            String text = csv.cell(row, valueColumn);
            if (text.isEmpty()) {
                continue;
            }
            BigDecimal value = number(csv, row, valueColumn, text);
            if (unit != null && item != null && value != null) {
                items.add(new ItemInput(unit, item, value));
                itemLines.add(row.line());
            }
        }
    }

    void readCases(CsvFile csv) {
        casesFile = csv.name();
        csv.requireColumns("unit", "rule");
        for (CsvFile.Row row : csv.rows()) {
            String unit = required(csv, row, "unit");
            String rule = required(csv, row, "rule");
            Integer count = count(csv, row);
            String multiplierText = csv.cell(row, "multiplier");
            BigDecimal multiplier =
                    multiplierText.isEmpty() ? BigDecimal.ONE : number(csv, row, "multiplier", multiplierText);
            if (multiplier != null && multiplier.signum() < 0) {
                problem(csv, row, "multiplier", "must not be negative: " + multiplierText);
                multiplier = null;
            }
            boolean dateOk = true;
            LocalDate date = null;
            String dateText = csv.cell(row, "date");
            if (!dateText.isEmpty()) {
                date = date(dateText);
                dateOk = date != null;
                if (!dateOk) {
                    problem(csv, row, "date", "not a date (yyyy-MM-dd or yyyy/M/d): " + dateText);
                }
            }
            if (unit != null && rule != null && count != null && multiplier != null && dateOk) {
                String reference = csv.cell(row, "reference");
                cases.add(new CaseInput(unit, rule, count, multiplier, date, reference.isEmpty() ? null : reference));
                caseLines.add(row.line());
            }
        }
    }

    /** Units named in the scores file, in order of appearance, when no units file is given: type unknown. */
    void unitsFromScores() {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            seen.putIfAbsent(items.get(i).unitCode(), itemLines.get(i));
        }
        seen.forEach((code, line) -> {
            units.add(new ScoredUnit(code, code, ""));
            unitLines.add(line);
        });
        unitsFile = scoresFile;
    }

    /** The engine's refusal, located in the file and line the refused record came from. */
    String locate(ScoringProblem problem) {
        return switch (problem.source()) {
            case UNIT -> at(unitsFile, unitLines, problem, "code");
            case ITEM_INPUT -> at(scoresFile, itemLines, problem, problem.field());
            case CASE -> at(casesFile, caseLines, problem, problem.field());
        };
    }

    private static String at(String file, List<Integer> lines, ScoringProblem problem, String column) {
        int line = problem.index() >= 0 && problem.index() < lines.size() ? lines.get(problem.index()) : 0;
        return new CliException(file, line, column, problem.message()).getMessage();
    }

    private String required(CsvFile csv, CsvFile.Row row, String column) {
        String value = csv.cell(row, column);
        if (value.isEmpty()) {
            problem(csv, row, column, "is empty");
            return null;
        }
        return value;
    }

    private Integer count(CsvFile csv, CsvFile.Row row) {
        String text = csv.cell(row, "count");
        if (text.isEmpty()) {
            return 1;
        }
        try {
            int count = Integer.parseInt(text);
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(csv, row, "count", "not a whole number of cases (0 or more): " + text);
        return null;
    }

    /** A decimal number; a trailing % is dropped so 95% reads as 95, as Excel shows percentages. */
    private BigDecimal number(CsvFile csv, CsvFile.Row row, String column, String text) {
        String plain = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            problem(csv, row, column, "not a number: " + text);
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text, SLASHED);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private void problem(CsvFile csv, CsvFile.Row row, String column, String message) {
        problems.add(new CliException(csv.name(), row.line(), column, message).getMessage());
    }
}
