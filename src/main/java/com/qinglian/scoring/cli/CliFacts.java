package com.qinglian.scoring.cli;

import com.qinglian.rubric.FactRule;
import com.qinglian.rubric.Rubric;
import com.qinglian.scoring.FactInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The facts file ({@code --facts}): one row per unit and fact the rubric declares, with its value and basis
 * (依据). Yes/no facts read 是/否, yes/no, 1/0; number facts a plain decimal (a trailing % dropped); an empty
 * value is no record. Facts the rubric does not declare and a second record of a fact are refused here, naming
 * the declared facts and the first line; the engine refuses unknown units, and its refusals are located by
 * {@link #line}.
 */
final class CliFacts {

    private static final Map<String, BigDecimal> YES_NO = Map.of(
            "是", BigDecimal.ONE,
            "否", BigDecimal.ZERO,
            "yes", BigDecimal.ONE,
            "no", BigDecimal.ZERO,
            "1", BigDecimal.ONE,
            "0", BigDecimal.ZERO);

    private final Rubric rubric;
    private final Problems problems;
    private final CellNumbers numbers;
    private final List<FactInput> read = new ArrayList<>();
    private final List<Long> lines = new ArrayList<>();
    private final Map<String, Long> seen = new HashMap<>();
    private String file;

    CliFacts(Rubric rubric, Problems problems) {
        this.rubric = rubric;
        this.problems = problems;
        this.numbers = new CellNumbers(problems);
    }

    void read(TableInput csv) {
        file = csv.name();
        csv.requireColumns("unit", "fact", "value");
        while (csv.next()) {
            String unit = code(csv, "unit");
            String code = code(csv, "fact");
            FactRule fact = code == null ? null : rubric.terms().fact(code).orElse(null);
            if (code != null && fact == null) {
                problems.add(csv.name(), csv.line(), "fact", "cli.facts.unknownFact", code, declared());
            }
            String text = csv.cell("value");
            if (text.isEmpty()) {
                continue; // not recorded, like an empty score
            }
            BigDecimal value = fact == null ? null : value(csv, fact, text);
            if (unit == null || value == null || repeated(csv, unit, code)) {
                continue;
            }
            String basis = Cells.singleLine(csv.cell("basis"));
            read.add(new FactInput(unit, code, value, basis.isEmpty() ? null : basis));
            lines.add(csv.line());
        }
        if (csv.rows() == 0) {
            problems.add(csv.name(), 0, null, "cli.csv.noRows");
        }
    }

    /** The facts read, in file order; an unknown unit among them is the engine's to refuse. */
    List<FactInput> inputs() {
        return read;
    }

    String file() {
        return file;
    }

    int size() {
        return read.size();
    }

    /** The file line of the fact at this position. */
    int line(int index) {
        return (int) Math.min(lines.get(index), Integer.MAX_VALUE);
    }

    private BigDecimal value(TableInput csv, FactRule fact, String text) {
        if (fact.kind() == FactRule.Kind.NUMBER) {
            return numbers.decimal(csv, "value", text, true);
        }
        BigDecimal yesNo = YES_NO.get(text.toLowerCase(Locale.ROOT));
        if (yesNo == null) {
            problems.add(csv.name(), csv.line(), "value", "cli.facts.notYesNo", fact.code(), text);
        }
        return yesNo;
    }

    /** One record of a fact for a unit: a second one would leave the engine to guess which is meant. */
    private boolean repeated(TableInput csv, String unit, String fact) {
        Long first = seen.putIfAbsent(unit + '\u0000' + fact, csv.line());
        if (first != null) {
            problems.add(csv.name(), csv.line(), "fact", "cli.facts.repeated", unit, fact, first);
            return true;
        }
        return false;
    }

    private String declared() {
        List<String> codes = rubric.terms().facts().stream().map(FactRule::code).toList();
        return codes.isEmpty() ? "—" : String.join(", ", codes);
    }

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
}
