package com.qinglian.scoring.cli;

import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.scoring.CaseInput;
import com.qinglian.scoring.ScoredUnit;
import com.qinglian.scoring.ScoringProblem;
import com.qinglian.shared.DocumentNumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;

/**
 * The CSV inputs of the CLI turned into engine records, remembering each record's file line so the
 * engine's refusals can point back at it. Every bad cell goes to {@link Problems}, not just the first.
 * Province-sized inputs (millions of score rows) are kept small: score rows in {@link ItemInputTable},
 * repeated values one number object ({@link CellNumbers}), lines plain {@code int}s.
 */
final class CliInputs {

    private static final Pattern TAG_SEPARATORS = Pattern.compile("[;；,，、\\s\u3000]+");

    final List<ScoredUnit> units = new ArrayList<>();
    final ItemInputTable items = new ItemInputTable();
    final List<CaseInput> cases = new ArrayList<>();
    final CliFacts facts;
    private final Problems problems;
    private final Map<String, List<RubricNode>> rubricItems = new HashMap<>();
    private final Map<String, RubricNode> itemNodes = new HashMap<>();
    private final Map<String, ScoredUnit> unitsByCode = new HashMap<>();
    private final Map<String, String> documents = new HashMap<>();
    private final CellNumbers numbers;
    private Lines unitLines = new Lines();
    private final Lines caseLines = new Lines();
    private String unitsFile;
    private String scoresFile;
    private String casesFile;

    CliInputs(Rubric rubric, Problems problems) {
        this.problems = problems;
        this.numbers = new CellNumbers(problems);
        this.facts = new CliFacts(rubric, problems);
        for (RubricNode root : rubric.nodes()) {
            restrict(root, List.of());
        }
    }

    /**
     * Each item with the nodes on its path that are limited to unit types, tags or units (the engine skips a
     * node's whole subtree for a unit it does not apply to).
     */
    private void restrict(RubricNode node, List<RubricNode> limited) {
        List<RubricNode> path = limited;
        if (!node.appliesTo().isEmpty() || node.restrictedBeyondType()) {
            path = new ArrayList<>(limited);
            path.add(node);
        }
        if (node.isItem()) {
            rubricItems.put(node.code(), path);
            itemNodes.put(node.code(), node);
        }
        for (RubricNode child : node.children()) {
            restrict(child, path);
        }
    }

    void readUnits(TableInput csv) {
        unitsFile = csv.name();
        csv.requireColumns("code", "name", "type");
        while (csv.next()) {
            String code = code(csv, "code");
            if (code != null) {
                ScoredUnit unit = new ScoredUnit(
                        code,
                        Cells.singleLine(csv.cell("name")),
                        Cells.singleLine(csv.cell("type")),
                        tags(csv.cell("tags")));
                units.add(unit);
                unitsByCode.putIfAbsent(code, unit);
                unitLines.add(csv.line());
            }
        }
        requireRows(csv);
    }

    /** The tags of a unit: separated by semicolons, commas, 、 or spaces (either width), as people write lists. */
    static Set<String> tags(String cell) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : TAG_SEPARATORS.split(Cells.singleLine(cell))) {
            String tidy = Cells.trim(tag);
            if (!tidy.isEmpty()) {
                tags.add(tidy);
            }
        }
        return tags;
    }

    void readScores(TableInput csv) {
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
            ScoredUnit known = unitsByCode.get(unit);
            if (!applies(csv, unit, item, known, typesKnown)) {
                continue;
            }
            BigDecimal target = target(csv);
            if (target != null || csv.cell("target").isEmpty()) {
                items.add(unit, item, value, target, csv.line());
            }
        }
        requireRows(csv);
    }

    /** Whether the item applies to the unit as far as the files tell; if not, the row is refused, not dropped. */
    private boolean applies(TableInput csv, String unit, String item, ScoredUnit known, boolean typesKnown) {
        List<RubricNode> limited = rubricItems.get(item);
        if (limited == null || limited.isEmpty() || (known == null && typesKnown)) {
            return true; // an unknown item or unit is the engine's to refuse
        }
        String type = known == null ? "" : known.type();
        Set<String> tags = known == null ? Set.of() : known.tags();
        RubricNode node = null;
        for (RubricNode limiting : limited) {
            if (!limiting.appliesTo(type, tags, unit)) {
                node = limiting;
                break;
            }
        }
        if (node == null) {
            return true;
        }
        if (!node.appliesTo(type)) {
            problems.add(
                    csv.name(),
                    csv.line(),
                    "item",
                    typesKnown ? "cli.scores.notApplicable" : "cli.scores.notApplicableNoType",
                    unit,
                    item,
                    type,
                    String.join(", ", node.appliesTo()));
        } else {
            problems.add(
                    csv.name(),
                    csv.line(),
                    "item",
                    "cli.scores.notApplicableRestricted",
                    unit,
                    item,
                    node.code(),
                    String.join(", ", node.terms().appliesToTags()),
                    String.join(", ", node.terms().appliesToUnits()),
                    String.join(", ", tags));
        }
        return false;
    }

    /** A rate item's target (下达任务数); whether the item takes one is the engine's to judge, naming the row. */
    private BigDecimal target(TableInput csv) {
        String text = csv.cell("target");
        return text.isEmpty() ? null : numbers.decimal(csv, "target", text, false);
    }

    void readCases(TableInput csv) {
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
            String amountText = csv.cell("amount");
            BigDecimal amount = amountText.isEmpty() ? null : numbers.decimal(csv, "amount", amountText, false);
            boolean amountOk = amountText.isEmpty() || amount != null;
            String level = Cells.singleLine(csv.cell("level"));
            if (unit != null
                    && rule != null
                    && count != null
                    && multiplier != null
                    && dateOk
                    && amountOk
                    && !repeated) {
                cases.add(new CaseInput(
                        unit, rule, count, multiplier, date, reference, amount, level.isEmpty() ? null : level));
                caseLines.add(csv.line());
            }
        }
    }

    /** One document (文号) decides one case of a unit; the same number spelled another way is the same document. */
    private boolean repeatedDocument(TableInput csv, String unit, String reference) {
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
            seen.putIfAbsent(items.unitCode(i), items.line(i));
        }
        unitLines = new Lines();
        seen.forEach((code, line) -> {
            units.add(new ScoredUnit(code, code, ""));
            unitLines.add(line);
        });
        unitsFile = scoresFile;
    }

    /** The engine's refusal, located in the file and line the refused record came from. */
    Problem locate(ScoringProblem problem) {
        return switch (problem.source()) {
            case UNIT -> at(unitsFile, unitLines::get, unitLines.size(), problem, "code");
            case ITEM_INPUT -> at(scoresFile, items::line, items.size(), problem, problem.field());
            case CASE -> at(casesFile, caseLines::get, caseLines.size(), problem, problem.field());
            case FACT -> at(facts.file(), facts::line, facts.size(), problem, problem.field());
        };
    }

    private static Problem at(String file, IntUnaryOperator lines, int size, ScoringProblem problem, String column) {
        long line = problem.index() >= 0 && problem.index() < size ? lines.applyAsInt(problem.index()) : 0;
        return problem.key() == null
                ? Problem.at(file, line, column, "cli.engine.problem", problem.message())
                : new Problem(file, line, column, problem.key(), problem.args());
    }

    /** A required code: not empty, no control characters. */
    private String code(TableInput csv, String column) {
        String value = csv.cell(column);
        if (value.isEmpty()) {
            problems.add(csv.name(), csv.line(), column, "cli.csv.empty");
            return null;
        }
        if (Cells.hasControl(value)) {
            problems.add(csv.name(), csv.line(), column, "cli.csv.controlCharacter");
            return null;
        }
        return value;
    }

    private void requireRows(TableInput csv) {
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
