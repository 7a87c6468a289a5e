package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.aReporterOf;
import static com.qinglian.security.SecurityFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.assessment.ItemDraft;
import com.qinglian.assessment.SelfAssessments;
import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.evaluation.Evaluations;
import com.qinglian.evaluation.ScoringSheet;
import com.qinglian.evaluation.ScoringWorkbook;
import com.qinglian.ledger.cases.CaseDetails;
import com.qinglian.ledger.cases.LedgerCases;
import com.qinglian.ledger.surveys.SurveyKind;
import com.qinglian.ledger.surveys.Surveys;
import com.qinglian.rubric.RubricYaml;
import com.qinglian.scoring.cli.ScoringCli;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.shared.TableWorkbook;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
    UnitDirectory units;

    @Autowired
    UserAccounts users;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    Evaluations evaluations;

    @Autowired
    LedgerCases cases;

    @Autowired
    Surveys surveys;

    @Autowired
    Results results;

    @TempDir
    Path dir;

    private final CurrentUser admin = signedIn("admin", Role.ADMIN, null);

    private CurrentUser evaluator(String prefix) {
        String username = prefix + CampaignFixtures.uniqueCode();
        users.create(new UserAccounts.NewUser(username, "考评员", Role.EVALUATOR, null));
        return signedIn(username, Role.EVALUATOR, null);
    }

    /** Every item the user scores on the unit, at full points except the given overrides. */
    private List<List<String>> fullMarks(
            CurrentUser user, String campaign, String unit, Map<String, String> overrides) {
        ScoringSheet sheet = uploadAs(user, () -> evaluations.sheet(campaign, unit));
        List<List<String>> rows = new ArrayList<>();
        for (ScoringSheet.Row row : sheet.rows()) {
            if (row.scorable()) {
                String score = overrides.getOrDefault(
                        row.item().code(),
                        row.item().points().stripTrailingZeros().toPlainString());
                rows.add(List.of(
                        unit,
                        "",
                        row.item().code(),
                        "",
                        "",
                        "",
                        score,
                        overrides.containsKey(row.item().code()) ? "扣分说明" : ""));
            }
        }
        return rows;
    }

    private void importScores(CurrentUser user, String campaign, List<List<String>> rows) {
        byte[] sheet =
                TableWorkbook.write("评分表", List.of("单位代码", "单位名称", "细则代码", "内容与要求", "分值", "自评分", "评分", "意见"), rows);
        uploadAs(user, () -> evaluations.importScores(campaign, ScoringWorkbook.read(sheet)));
    }

    @Test
    void totalsGradesAndRanksMatchHandComputedValuesAndTheOfflineCli() throws Exception {
        String a = UnitFixtures.uniqueCode("EA");
        String b = UnitFixtures.uniqueCode("EB");
        String s = UnitFixtures.uniqueCode("ES");
        units.create(UnitFixtures.anAgency(a));
        units.create(UnitFixtures.anAgency(b));
        units.create(UnitFixtures.aStationOf(s, a));
        String campaign = CampaignFixtures.uniqueCode();
        campaigns.create(CampaignFixtures.seedCampaign(campaign), List.of(a, b, s));
        CurrentUser lead = evaluator("lead");
        CurrentUser second = evaluator("second");
        campaigns.assign(campaign, lead.getUsername(), List.of(a, b, s), null, true);
        campaigns.assign(campaign, second.getUsername(), List.of(a), "A1", false);
        campaigns.move(campaign, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        uploadAs(
                aReporterOf(a),
                () -> assessments.save(campaign, a, "A1.1.1", new ItemDraft(BigDecimal.ONE, "已落实", "见台账"), 0));
        campaigns.move(campaign, CampaignStatus.REVIEW, "进入评审");

        List<List<String>> leadRows = new ArrayList<>();
        leadRows.addAll(fullMarks(lead, campaign, a, Map.of()));
        leadRows.addAll(fullMarks(lead, campaign, b, Map.of()));
        leadRows.addAll(fullMarks(lead, campaign, s, Map.of("B1.1", "2")));
        importScores(lead, campaign, leadRows);
        uploadAs(second, () -> evaluations.save(campaign, a, "A1.1.1", BigDecimal.ZERO, "无检查记录", -1));
        List<List<String>> organiserRows = new ArrayList<>();
        for (String unit : List.of(a, b, s)) {
            for (String[] item : new String[][] {{"A5.1.1", "4"}, {"A5.1.2", "2"}, {"A5.1.3", "2"}, {"A5.1.4", "2"}}) {
                organiserRows.add(List.of(unit, "", item[0], "", "", "", item[1], ""));
            }
        }
        importScores(admin, campaign, organiserRows);

        uploadAs(
                admin,
                () -> cases.record(
                        campaign,
                        new CaseDetails(
                                a,
                                "FORM2",
                                2,
                                null,
                                LocalDate.of(2021, 5, 12),
                                "瓯纪〔2021〕12号-" + a,
                                "区纪委区监委",
                                "两人受第二种形态处理")));
        uploadAs(
                admin,
                () -> cases.record(
                        campaign,
                        new CaseDetails(
                                s,
                                "FORM4",
                                1,
                                null,
                                LocalDate.of(2021, 6, 1),
                                "瓯纪〔2021〕30号-" + s,
                                "区纪委区监委",
                                "一人受第四种形态处理")));
        uploadAs(
                admin,
                () -> cases.record(
                        campaign,
                        new CaseDetails(
                                s,
                                "FORM1",
                                1,
                                null,
                                LocalDate.of(2020, 11, 30),
                                "瓯纪〔2020〕88号-" + s,
                                "区纪委区监委",
                                "上一考评年度的谈话提醒")));
        byte[] survey = TableWorkbook.write(
                "测评结果",
                List.of("单位代码", "参评人数", "满意率(%)", "评价结果"),
                List.of(
                        List.of(a, "120", "96.5", "满意"),
                        List.of(b, "80", "61", "不满意"),
                        List.of(s, "40", "90", "基本满意")));
        uploadAs(admin, () -> surveys.importSurvey(campaign, SurveyKind.PUBLIC_RATING, "A5.1.4", "万人双评议.xlsx", survey));

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
