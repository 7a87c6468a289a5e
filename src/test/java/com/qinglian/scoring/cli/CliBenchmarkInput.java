package com.qinglian.scoring.cli;

import com.qinglian.rubric.BuiltInRubrics;
import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricYaml;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a province-sized input set for the offline CLI on the seed rubric (67 items): {@code rubric.yaml},
 * {@code units.csv} (one agency in three, the rest stations), {@code scores.csv} (one row per unit and item,
 * 15 % below full marks, 1 % left empty) and {@code cases.csv} (one unit in ten with a dated case, each
 * with its own document number). Deterministic for a given size.
 *
 * <p>{@code java -cp … com.qinglian.scoring.cli.CliBenchmarkInput 50000 target/cli-bench} (see
 * {@code docs/benchmarks.md}); the test suite runs it small in {@link CliBenchmarkSmokeTest}.
 */
public final class CliBenchmarkInput {

    private CliBenchmarkInput() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CliBenchmarkInput <units> <folder>");
            System.exit(2);
        }
        write(Integer.parseInt(args[0]), Path.of(args[1]));
    }

    static void write(int unitCount, Path folder) throws IOException {
        Files.createDirectories(folder);
        Rubric rubric = BuiltInRubrics.ouhai2021();
        Files.writeString(folder.resolve("rubric.yaml"), RubricYaml.write(rubric), StandardCharsets.UTF_8);
        List<RubricNode> items = rubric.items();
        List<String> rules =
                rubric.negativeList().rules().stream().map(r -> r.code()).toList();
        Random random = new Random(unitCount);
        try (Writer units = writer(folder.resolve("units.csv"));
                Writer scores = writer(folder.resolve("scores.csv"));
                Writer cases = writer(folder.resolve("cases.csv"))) {
            units.write("code,name,type\n");
            scores.write("unit,item,value\n");
            cases.write("unit,rule,count,multiplier,date,reference\n");
            for (int u = 0; u < unitCount; u++) {
                boolean agency = u % 3 == 0;
                String code = (agency ? "A" : "S") + u;
                units.write(code + "," + (agency ? "机关" : "站所") + u + "," + (agency ? "agency" : "station") + "\n");
                for (RubricNode item : items) {
                    scores.write(code + "," + item.code() + "," + value(item, random) + "\n");
                }
                if (u % 10 == 0 && !rules.isEmpty()) {
                    cases.write(code + "," + rules.get(random.nextInt(rules.size())) + ",1,,2021-0"
                            + (1 + random.nextInt(9)) + "-15,瓯纪〔2021〕" + u + "号\n");
                }
            }
        }
    }

    private static String value(RubricNode item, Random random) {
        int roll = random.nextInt(100);
        if (roll == 0) {
            return "";
        }
        if (item.rule() instanceof ItemRule.Manual) {
            if (roll > 15) {
                return item.points().toPlainString();
            }
            int halfSteps = item.points().multiply(BigDecimal.valueOf(2)).intValueExact();
            return BigDecimal.valueOf(random.nextInt(halfSteps + 1), 0)
                    .multiply(new BigDecimal("0.5"))
                    .stripTrailingZeros()
                    .toPlainString();
        }
        if (item.rule() instanceof ItemRule.Deduction) {
            return roll > 15 ? "0" : String.valueOf(1 + random.nextInt(2));
        }
        return BigDecimal.valueOf(800 + random.nextInt(200), 1).toPlainString();
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
