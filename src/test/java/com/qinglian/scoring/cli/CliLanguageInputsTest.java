package com.qinglian.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.rubric.Rubric;
import com.qinglian.scoring.ExplanationLine;
import com.qinglian.scoring.FactInput;
import com.qinglian.scoring.ItemInput;
import com.qinglian.scoring.ScoringEngine;
import com.qinglian.scoring.ScoringException;
import com.qinglian.scoring.ScoringResult;
import com.qinglian.scoring.Settings;
import com.qinglian.scoring.UnitResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rubric language's inputs read from the CLI's files into engine records, and scored: unit tags, rate
 * targets, case amounts and levels, clause cases and facts. Every refusal names its file, line and column,
 * whether the reader or the engine refused it, and all come together.
 */
class CliLanguageInputsTest {

    private static final Rubric RUBRIC = LanguageRubric.rubric();
    private static final String UNITS = "code,name,type,tags\nU1,一所,station,river;window\nU2,二所,station,\n";
    private static final String SCORES = "unit,item,value,target\nU1,R1,45,50\nU1,M1,3,\nU1,T1,2,\nU2,R1,10,0\n";

    @TempDir
    Path dir;

    private final Problems problems = new Problems();
    private CliInputs inputs;
    private ScoringResult result;

    /** Reads the files given (null: not given) as the CLI does, then scores them; problems are kept. */
    private void run(String units, String scores, String cases, String facts) throws IOException {
        inputs = new CliInputs(RUBRIC, problems);
        read("units.csv", units, inputs::readUnits);
        read("scores.csv", scores, inputs::readScores);
        read("cases.csv", cases, inputs::readCases);
        read("facts.csv", facts, inputs.facts::read);
        try {
            result = ScoringEngine.score(
                    RUBRIC, inputs.units, inputs.items, inputs.cases, inputs.facts.inputs(), Settings.defaults());
        } catch (ScoringException e) {
            e.problems().forEach(p -> problems.add(inputs.locate(p)));
        }
    }

    private interface Reader {
        void read(TableInput table);
    }

    private void read(String name, String content, Reader reader) throws IOException {
        if (content == null) {
            return;
        }
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        try (CsvInput csv = CsvInput.open(file, name, problems)) {
            reader.read(csv);
        }
    }

    private List<String> messages() {
        List<String> out = new ArrayList<>();
        for (Problem problem : problems.sorted(List.of("units.csv", "scores.csv", "cases.csv", "facts.csv"))) {
            out.add(problem.render(CliMessages.ENGLISH));
        }
        return out;
    }

    private UnitResult unit(String code) {
        return result.units().stream()
                .filter(u -> u.unit().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void tagsAreSplitOnSemicolonsEnumerationCommasAndSpaces() throws IOException {
        run(
                "code,name,type,tags\nU1,一,station,river;window\nU2,二,station,河道、 窗口\nU3,三,station,a b；c\nU4,四,,\n",
                "unit,item,value\nU1,M1,1\n",
                null,
                null);
        assertThat(inputs.units.get(0).tags()).containsExactlyInAnyOrder("river", "window");
        assertThat(inputs.units.get(1).tags()).containsExactlyInAnyOrder("河道", "窗口");
        assertThat(inputs.units.get(2).tags()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(inputs.units.get(3).tags()).isEmpty();
    }

    @Test
    void aUnitsFileWithoutTagsGivesUnitsWithoutTags() throws IOException {
        run("code,name,type\nU1,一,station\n", "unit,item,value\nU1,M1,1\n", null, null);
        assertThat(inputs.units.get(0).tags()).isEmpty();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void aTaggedBlockScoresForTaggedUnitsAndRefusesScoresOfOthersNamingTheRow() throws IOException {
        run(UNITS, SCORES, null, null);
        assertThat(messages()).isEmpty();
        assertThat(unit("U1").node("RIV").orElseThrow().score()).isEqualByComparingTo("2");
        assertThat(unit("U1").maxTotal()).isEqualByComparingTo("12");
        assertThat(unit("U2").maxTotal()).isEqualByComparingTo("9");

        run(UNITS, "unit,item,value\nU1,M1,3\nU2,T1,2\n", null, null);
        assertThat(messages())
                .containsExactly(
                        "scores.csv, line 3, column item: unit U2: item T1 does not apply: RIV applies only to tags [river] or units [] (the unit's tags: []); the score cannot count");
    }

    @Test
    void rateTargetsReachTheEngineAndAreScored() throws IOException {
        run(UNITS, SCORES, null, null);
        assertThat(inputs.items)
                .contains(new ItemInput("U1", "R1", n("45"), n("50")), new ItemInput("U1", "M1", n("3")));
        // 45 of 50: 0.9 × 4
        assertThat(unit("U1").node("R1").orElseThrow().score()).isEqualByComparingTo("3.6");
        // a target of 0 without zeroTarget: full scores nothing
        assertThat(unit("U2").node("R1").orElseThrow().score()).isEqualByComparingTo("0");
    }

    @Test
    void aRateItemWithoutTargetAndATargetOnAnotherItemAreRefusedNamingTheirRows() throws IOException {
        run(UNITS, "unit,item,value,target\nU1,R1,45,\nU1,M1,3,10\nU2,R1,4,x\n", null, null);
        assertThat(messages())
                .containsExactly(
                        "scores.csv, line 2, column target: unit U1, item R1: a rate item needs the unit's target",
                        "scores.csv, line 3, column target: unit U1, item M1: only rate items take a target",
                        "scores.csv, line 4, column target: Not a plain decimal number: x (write numbers like 3 or 2.5, without exponent, grouping or spaces)");
    }

    @Test
    void aScoresFileWithoutTargetColumnRefusesEveryRateRow() throws IOException {
        run(UNITS, "unit,item,value\nU1,M1,3\nU1,R1,45\nU2,R1,4\n", null, null);
        assertThat(messages()).hasSize(2).allMatch(m -> m.contains("column target") && m.contains("item R1"));
        assertThat(messages().get(0)).startsWith("scores.csv, line 3,");
        assertThat(messages().get(1)).startsWith("scores.csv, line 4,");
    }

    @Test
    void caseAmountsLevelsAndClauseCasesAreReadAndScored() throws IOException {
        run(
                UNITS,
                SCORES,
                "unit,rule,count,amount,level,reference\n"
                        + "U1,HARM,1,4,,瓯纪〔2025〕1号\n"
                        + "U1,PRAISE,1,,国家级,\n"
                        + "U1,PRAISE,1,,省级,\n"
                        + "U1,A-LATE,3,,,迟报\n",
                null);
        assertThat(messages()).isEmpty();
        assertThat(inputs.cases.get(0).amount()).isEqualByComparingTo("4");
        assertThat(inputs.cases.get(1).level()).isEqualTo("国家级");
        assertThat(inputs.cases.get(3).amount()).isNull();
        UnitResult u1 = unit("U1");
        assertThat(u1.deductionTotal()).isEqualByComparingTo("4");
        assertThat(u1.bonusTotal()).isEqualByComparingTo("2"); // the highest level only
        assertThat(u1.explanation())
                .filteredOn(line -> line.kind() == ExplanationLine.Kind.CLAUSE)
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.code()).isEqualTo("A-LATE");
                    assertThat(line.points()).isEqualByComparingTo("-1.5");
                });
    }

    @Test
    void badAmountsAndLevelsAreRefusedNamingTheirRowsAllAtOnce() throws IOException {
        run(
                UNITS,
                SCORES,
                "unit,rule,amount,level\n"
                        + "U1,HARM,,\n"
                        + "U1,HARM,7,\n"
                        + "U1,HARM,3x,\n"
                        + "U1,PRAISE,,市级\n"
                        + "U1,A-LATE,1,\n"
                        + "U2,NOPE,,\n",
                null);
        assertThat(messages())
                .hasSize(6)
                .satisfiesExactly(
                        m -> assertThat(m).startsWith("cases.csv, line 2, column amount:"),
                        m -> assertThat(m).startsWith("cases.csv, line 3, column amount:"),
                        m -> assertThat(m).startsWith("cases.csv, line 4, column amount: Not a plain decimal"),
                        m -> assertThat(m)
                                .startsWith("cases.csv, line 5, column level:")
                                .contains("市级"),
                        m -> assertThat(m).startsWith("cases.csv, line 6, column amount:"),
                        m -> assertThat(m)
                                .startsWith("cases.csv, line 7, column rule:")
                                .contains("NOPE"));
    }

    @Test
    void factsAreReadAsYesNoOrNumbersAndDriveGatesAndVetoes() throws IOException {
        run(
                UNITS,
                SCORES + "U1,G1,2,\nU2,G1,2,\n",
                null,
                "unit,fact,value,basis\nU1,SATISFACTION,85%,2025年满意度测评\nU2,SATISFACTION,95,\nU2,ACCIDENT,是,瓯安〔2025〕3号\nU1,ACCIDENT,否,\n");
        assertThat(messages()).isEmpty();
        assertThat(inputs.facts.inputs())
                .containsExactly(
                        new FactInput("U1", "SATISFACTION", n("85"), "2025年满意度测评"),
                        new FactInput("U2", "SATISFACTION", n("95"), null),
                        new FactInput("U2", "ACCIDENT", BigDecimal.ONE, "瓯安〔2025〕3号"),
                        new FactInput("U1", "ACCIDENT", BigDecimal.ZERO, null));
        // below 90: the gated node scores nothing
        assertThat(unit("U1").node("G").orElseThrow().score()).isEqualByComparingTo("0");
        assertThat(unit("U1").explanation()).anyMatch(line -> line.kind() == ExplanationLine.Kind.GATE);
        assertThat(unit("U2").node("G").orElseThrow().score()).isEqualByComparingTo("2");
        // a yes to a fact with a veto zeroes the total
        assertThat(unit("U2").total()).isEqualByComparingTo("0");
        assertThat(unit("U2").vetoes()).isNotEmpty();
    }

    @Test
    void yesNoFactsAcceptChineseEnglishAndDigits() throws IOException {
        StringBuilder facts = new StringBuilder("unit,fact,value\n");
        List<String> words = List.of("是", "否", "yes", "no", "YES", "1", "0");
        for (int i = 0; i < words.size(); i++) {
            facts.append("U")
                    .append(i)
                    .append(",ACCIDENT,")
                    .append(words.get(i))
                    .append('\n');
        }
        inputs = new CliInputs(RUBRIC, problems);
        read("facts.csv", facts.toString(), inputs.facts::read);
        assertThat(inputs.facts.inputs().stream().map(f -> f.value().intValue()))
                .containsExactly(1, 0, 1, 0, 1, 1, 0);
        assertThat(messages()).isEmpty();
    }

    @Test
    void badFactsAreRefusedWithTheirRowsAllAtOnce() throws IOException {
        run(
                UNITS,
                SCORES,
                null,
                "unit,fact,value,basis\n"
                        + "U1,SATISFACTION,85,\n"
                        + "U1,MOOD,1,\n"
                        + "U1,ACCIDENT,maybe,\n"
                        + "U9,ACCIDENT,是,\n"
                        + "U1,SATISFACTION,88,\n"
                        + "U2,SATISFACTION,9o,\n"
                        + ",ACCIDENT,1,\n"
                        + "U2,ACCIDENT,,\n");
        assertThat(messages())
                .containsExactly(
                        "facts.csv, line 3, column fact: the rubric declares no fact MOOD (declared facts: SATISFACTION, ACCIDENT)",
                        "facts.csv, line 4, column value: fact ACCIDENT is a yes/no fact: write 是, 否, yes, no, 1 or 0: maybe",
                        "facts.csv, line 5, column unit: unknown unit U9",
                        "facts.csv, line 6, column fact: unit U1: fact SATISFACTION is already recorded on line 2; a fact is recorded once per unit",
                        "facts.csv, line 7, column value: Not a plain decimal number: 9o (write numbers like 3 or 2.5, without exponent, grouping or spaces)",
                        "facts.csv, line 8, column unit: is empty");
        // an empty value is no record
        assertThat(inputs.facts.inputs())
                .noneMatch(f -> f.unitCode().equals("U2") && f.factCode().equals("ACCIDENT"));
        assertThat(Set.copyOf(
                        inputs.facts.inputs().stream().map(FactInput::unitCode).toList()))
                .containsExactlyInAnyOrder("U1", "U9");
    }

    /** The worked example of docs/cli.md, number for number. */
    @Test
    void theWorkedExampleOfTheDocs() throws IOException {
        run(
                UNITS,
                "unit,item,value,target\nU1,R1,45,50\nU1,M1,3,\nU1,T1,2,\nU1,G1,2,\nU2,R1,10,0\nU2,G1,2,\n",
                "unit,rule,count,amount,level,reference\nU1,HARM,1,4,,瓯纪〔2025〕1号\nU1,A-LATE,3,,,迟报\n",
                "unit,fact,value,basis\nU1,SATISFACTION,85%,2025年满意度测评\nU2,ACCIDENT,否,\n");
        assertThat(messages()).isEmpty();
        UnitResult u1 = unit("U1");
        assertThat(u1.node("A").orElseThrow().score()).isEqualByComparingTo("5.1");
        assertThat(u1.node("RIV").orElseThrow().score()).isEqualByComparingTo("2");
        assertThat(u1.node("G").orElseThrow().score()).isEqualByComparingTo("0");
        assertThat(u1.itemsTotal()).isEqualByComparingTo("7.1");
        assertThat(u1.total()).isEqualByComparingTo("3.1");
        UnitResult u2 = unit("U2");
        assertThat(u2.maxTotal()).isEqualByComparingTo("9");
        assertThat(u2.total()).isEqualByComparingTo("2");
        assertThat(u2.vetoes()).isEmpty();
    }
}
