package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.campaign.Campaigns;
import com.qinglian.rubric.RubricYaml;
import com.qinglian.scoring.cli.ScoringCli;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.support.DatabaseTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole evaluation on the seed rubric: self-assessment, two evaluators, organiser scores, negative-list
 * cases and a survey import, then results checked against hand-computed totals, grades and ranks, and
 * against the offline CLI run on the same inputs written out as files.
 */
@DatabaseTest
class ResultsEndToEndIntegrationTest {

    @Autowired
    Campaigns campaigns;

    @Autowired
    Results results;

    @TempDir
    Path dir;

    @Autowired
    EndToEndScenarios scenarios;

    private final CurrentUser admin = signedIn("admin", Role.ADMIN, null);

    @Test
    void totalsGradesAndRanksMatchHandComputedValuesAndTheOfflineCli() throws Exception {
        EndToEndScenarios.Scenario scenario = scenarios.threeUnitsScored();
        String campaign = scenario.campaign();
        String a = scenario.a();
        String b = scenario.b();
        String s = scenario.s();
        ResultRun run = uploadAs(admin, () -> results.compute(campaign));

        Map<String, UnitOutcome> byUnit =
                run.outcomes().stream().collect(Collectors.toMap(UnitOutcome::unitCode, o -> o));
        // A: 63 items at full (90) but A1.1.1 averaged (1 + 0) / 2 = 0.5, organiser items 10: 99.5; FORM2 × 2: -4
        assertOutcome(byUnit.get(a), "99.5", "4", "95.5", "优秀", 2, 2);
        // B: 100; 万人双评议 不满意: -3
        assertOutcome(byUnit.get(b), "100", "3", "97", "优秀", 1, 1);
        // S: B1.1 scored 2 of 3: 99; FORM4: -20 (the FORM1 of 2020 is outside the period); the FORM4 veto caps 合格 at
        // 不合格
        assertOutcome(byUnit.get(s), "99", "20", "79", "不合格", 3, 1);
        for (UnitOutcome outcome : run.outcomes()) {
            Breakdown breakdown = results.breakdown(campaign, outcome.unitCode());
            assertThat(breakdown.sum())
                    .as("explanation of " + outcome.unitCode())
                    .isEqualByComparingTo(outcome.total());
        }

        Map<String, List<String>> cli =
                runCli(results.inputs(campaign), campaigns.get(campaign).settings());
        for (UnitOutcome outcome : run.outcomes()) {
            List<String> row = cli.get(outcome.unitCode());
            assertThat(row).as("CLI row of " + outcome.unitCode()).isNotNull();
            assertThat(new BigDecimal(row.get(10)))
                    .as("CLI total of " + outcome.unitCode())
                    .isEqualByComparingTo(outcome.total());
            assertThat(row.get(12)).as("CLI grade").isEqualTo(outcome.grade());
            assertThat(Integer.parseInt(row.get(0))).as("CLI rank").isEqualTo(outcome.rank());
            assertThat(Integer.parseInt(row.get(1))).as("CLI rank in type").isEqualTo(outcome.typeRank());
        }
    }

    private static void assertOutcome(
            UnitOutcome o, String items, String deductions, String total, String grade, int rank, int typeRank) {
        assertThat(o.itemsTotal()).as(o.unitCode() + " items").isEqualByComparingTo(items);
        assertThat(o.deductions()).as(o.unitCode() + " deductions").isEqualByComparingTo(deductions);
        assertThat(o.total()).as(o.unitCode() + " total").isEqualByComparingTo(total);
        assertThat(o.grade()).as(o.unitCode() + " grade").isEqualTo(grade);
        assertThat(o.rank()).as(o.unitCode() + " rank").isEqualTo(rank);
        assertThat(o.typeRank()).as(o.unitCode() + " rank in type").isEqualTo(typeRank);
    }

    /** Writes the inputs as the CLI's files, runs it, and returns its result rows by unit code. */
    private Map<String, List<String>> runCli(Results.Inputs inputs, String settingsYaml) throws Exception {
        Path rubric = Files.writeString(dir.resolve("rubric.yaml"), RubricYaml.write(inputs.rubric()));
        Path unitsCsv = Files.writeString(
                dir.resolve("units.csv"),
                "code,name,type\n"
                        + inputs.units().stream()
                                .map(u -> csv(u.code(), u.name(), u.type()))
                                .collect(Collectors.joining()));
        Path scores = Files.writeString(
                dir.resolve("scores.csv"),
                "unit,item,value\n"
                        + inputs.items().stream()
                                .map(i -> csv(
                                        i.unitCode(), i.itemCode(), i.value().toPlainString()))
                                .collect(Collectors.joining()));
        Path casesCsv = Files.writeString(
                dir.resolve("cases.csv"),
                "unit,rule,count,multiplier,date,reference\n"
                        + inputs.cases().stream()
                                .map(c -> csv(
                                        c.unitCode(),
                                        c.ruleCode(),
                                        String.valueOf(c.count()),
                                        c.multiplier() == null
                                                ? ""
                                                : c.multiplier().toPlainString(),
                                        String.valueOf(c.date()),
                                        c.reference()))
                                .collect(Collectors.joining()));
        Path settings = Files.writeString(
                dir.resolve("settings.yaml"),
                settingsYaml + "\nperiod: {start: " + inputs.settings().periodStart() + ", end: "
                        + inputs.settings().periodEnd() + "}\n");
        Path out = dir.resolve("result.csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ScoringCli.run(
                new String[] {
                    "score",
                    "--rubric",
                    rubric.toString(),
                    "--scores",
                    scores.toString(),
                    "--cases",
                    casesCsv.toString(),
                    "--units",
                    unitsCsv.toString(),
                    "--settings",
                    settings.toString(),
                    "--out",
                    out.toString()
                },
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out).stream().skip(1).toList()) {
            List<String> cells = List.of(line.split(",", -1));
            rows.put(cells.get(2), cells);
        }
        return rows;
    }

    private static String csv(String... cells) {
        return java.util.Arrays.stream(cells)
                        .map(c -> "\"" + (c == null ? "" : c.replace("\"", "\"\"")) + "\"")
                        .collect(Collectors.joining(","))
                + "\n";
    }
}
