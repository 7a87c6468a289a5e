package com.qinglian.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricYaml;
import com.qinglian.scoring.CaseInput;
import com.qinglian.scoring.ItemInput;
import com.qinglian.scoring.ScoredUnit;
import com.qinglian.scoring.ScoringEngine;
import com.qinglian.scoring.ScoringFixtures;
import com.qinglian.scoring.ScoringResult;
import com.qinglian.scoring.Settings;
import com.qinglian.scoring.UnitResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI and the engine API agree on the same input, for the seed and for the small rubric with every rule type. */
class CliMatchesEngineTest {

    @Test
    void seedRubricTotalsRanksAndGradesMatch(@TempDir Path dir) throws IOException {
        assertCliMatchesEngine(ScoringFixtures.seedRubric(), dir, 11);
    }

    @Test
    void smallRubricTotalsRanksAndGradesMatch(@TempDir Path dir) throws IOException {
        assertCliMatchesEngine(ScoringFixtures.smallRubric(), dir, 23);
    }

    private static void assertCliMatchesEngine(Rubric rubric, Path dir, long seed) throws IOException {
        Random random = new Random(seed);
        List<ScoredUnit> units = new ArrayList<>();
        List<ItemInput> inputs = new ArrayList<>();
        List<CaseInput> cases = new ArrayList<>();
        List<String> ruleCodes = new ArrayList<>();
        rubric.negativeList().rules().forEach(r -> ruleCodes.add(r.code()));
        rubric.bonus().rules().forEach(r -> ruleCodes.add(r.code()));
        for (int u = 0; u < 30; u++) {
            ScoredUnit unit = u % 3 == 0 ? ScoringFixtures.station("U" + u) : ScoringFixtures.agency("U" + u);
            units.add(unit);
            for (RubricNode item : rubric.items()) {
                // the CLI refuses a score for an item that does not apply to the unit's type
                if (random.nextInt(20) == 0 || !applies(rubric.nodes(), item, unit.type())) {
                    continue;
                }
                inputs.add(new ItemInput(unit.code(), item.code(), randomInput(item, random)));
            }
            if (random.nextBoolean()) {
                cases.add(new CaseInput(
                        unit.code(),
                        ruleCodes.get(random.nextInt(ruleCodes.size())),
                        1 + random.nextInt(3),
                        random.nextBoolean() ? BigDecimal.ONE : new BigDecimal("0.5"),
                        null,
                        null));
            }
        }
        ScoringResult engine = ScoringEngine.score(rubric, units, inputs, cases, Settings.defaults());

        Files.writeString(dir.resolve("rubric.yaml"), RubricYaml.write(rubric));
        Files.writeString(
                dir.resolve("units.csv"),
                csv(
                        "code,name,type",
                        units.stream()
                                .map(x -> x.code() + "," + x.name() + "," + x.type())
                                .toList()));
        Files.writeString(
                dir.resolve("scores.csv"),
                csv(
                        "unit,item,value",
                        inputs.stream()
                                .map(i -> i.unitCode() + "," + i.itemCode() + ","
                                        + i.value().toPlainString())
                                .toList()));
        Files.writeString(
                dir.resolve("cases.csv"),
                csv(
                        "unit,rule,count,multiplier",
                        cases.stream()
                                .map(c -> c.unitCode() + "," + c.ruleCode() + "," + c.count() + ","
                                        + c.multiplier().toPlainString())
                                .toList()));
        CliRunner run = CliRunner.run(
                "score",
                "--rubric",
                dir.resolve("rubric.yaml").toString(),
                "--scores",
                dir.resolve("scores.csv").toString(),
                "--cases",
                dir.resolve("cases.csv").toString(),
                "--units",
                dir.resolve("units.csv").toString(),
                "--out",
                dir.resolve("result.csv").toString());
        assertThat(run.err()).isEmpty();

        List<String> lines = Files.readAllLines(dir.resolve("result.csv"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(units.size() + 1);
        for (int i = 0; i < engine.units().size(); i++) {
            UnitResult expected = engine.units().get(i);
            String[] cells = lines.get(i + 1).split(",", -1);
            assertThat(cells[0]).isEqualTo(String.valueOf(expected.rank()));
            assertThat(cells[1]).isEqualTo(String.valueOf(expected.rankInType()));
            assertThat(cells[2]).isEqualTo(expected.unit().code());
            assertThat(new BigDecimal(cells[10])).isEqualByComparingTo(expected.total());
            assertThat(new BigDecimal(cells[9])).isEqualByComparingTo(expected.rawTotal());
            assertThat(cells[12]).isEqualTo(expected.grade());
        }
    }

    /** Whether the item, and every node above it, applies to the type. */
    private static boolean applies(List<RubricNode> nodes, RubricNode item, String type) {
        for (RubricNode node : nodes) {
            if (node.flatten().anyMatch(n -> n == item)) {
                return node.appliesTo(type) && (node == item || applies(node.children(), item, type));
            }
        }
        return false;
    }

    private static BigDecimal randomInput(RubricNode item, Random random) {
        if (item.rule() instanceof ItemRule.Manual) {
            int halfSteps = item.points().multiply(BigDecimal.valueOf(2)).intValueExact();
            return BigDecimal.valueOf(random.nextInt(halfSteps + 1)).multiply(new BigDecimal("0.5"));
        }
        if (item.rule() instanceof ItemRule.Deduction) {
            return BigDecimal.valueOf(random.nextInt(4));
        }
        return BigDecimal.valueOf(random.nextInt(1500), 1);
    }

    private static String csv(String header, List<String> rows) {
        return header + "\n" + String.join("\n", rows) + "\n";
    }
}
