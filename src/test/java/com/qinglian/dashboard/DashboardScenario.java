package com.qinglian.dashboard;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.aReporterOf;
import static com.qinglian.security.SecurityFixtures.signedIn;

import com.qinglian.assessment.AssessmentSheet;
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
import com.qinglian.results.ResultRun;
import com.qinglian.results.Results;
import com.qinglian.rubric.PlacedItem;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.shared.TableWorkbook;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A sample campaign on the built-in rubric for dashboard tests: three agencies and two stations, one agency
 * submitted its self-assessment, an evaluator scored every unit with a few points off here and there, the
 * organisers scored 综合评价, one agency has two second-form cases, and the results are computed.
 */
@Component
public class DashboardScenario {

    private final Campaigns campaigns;
    private final UnitDirectory units;
    private final UserAccounts users;
    private final SelfAssessments assessments;
    private final Evaluations evaluations;
    private final LedgerCases cases;
    private final Results results;

    DashboardScenario(
            Campaigns campaigns,
            UnitDirectory units,
            UserAccounts users,
            SelfAssessments assessments,
            Evaluations evaluations,
            LedgerCases cases,
            Results results) {
        this.campaigns = campaigns;
        this.units = units;
        this.users = users;
        this.assessments = assessments;
        this.evaluations = evaluations;
        this.cases = cases;
        this.results = results;
    }

    public record Sample(String campaign, List<String> agencies, List<String> stations, ResultRun run) {
        public List<String> all() {
            List<String> all = new ArrayList<>(agencies);
            all.addAll(stations);
            return all;
        }
    }

    /** Shortfalls per unit: item → score below its points, so the dashboards have something to show. */
    private static final List<Map<String, String>> OFF = List.of(
            Map.of("A1.1.1", "0.5", "A2.1.1", "1"),
            Map.of("A1.1.1", "0", "A3.1.1", "1"),
            Map.of(),
            Map.of("A1.1.1", "0.5", "B1.1", "1"),
            Map.of("A2.1.1", "0"));

    public Sample sample() {
        CurrentUser admin = signedIn("admin", Role.ADMIN, null);
        List<String> agencies = new ArrayList<>();
        List<String> stations = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String code = UnitFixtures.uniqueCode("DA");
            units.create(UnitFixtures.anAgency(code));
            agencies.add(code);
        }
        for (int i = 0; i < 2; i++) {
            String code = UnitFixtures.uniqueCode("DS");
            units.create(UnitFixtures.aStationOf(code, agencies.get(0)));
            stations.add(code);
        }
        List<String> all = new ArrayList<>(agencies);
        all.addAll(stations);
        String campaign = CampaignFixtures.uniqueCode();
        campaigns.create(CampaignFixtures.seedCampaign(campaign), all);
        String evaluator = "dash" + CampaignFixtures.uniqueCode();
        users.create(new UserAccounts.NewUser(evaluator, "考评员", Role.EVALUATOR, null));
        CurrentUser lead = signedIn(evaluator, Role.EVALUATOR, null);
        campaigns.assign(campaign, evaluator, all, null, true);
        campaigns.move(campaign, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        submitEverything(campaign, agencies.get(0));
        uploadAs(
                aReporterOf(agencies.get(1)),
                () -> assessments.save(
                        campaign, agencies.get(1), "A1.1.1", new ItemDraft(BigDecimal.ONE, "已落实", "见台账"), 0));
        campaigns.move(campaign, CampaignStatus.REVIEW, "进入评审");

        List<List<String>> rows = new ArrayList<>();
        for (int u = 0; u < all.size(); u++) {
            String unit = all.get(u);
            Map<String, String> off = OFF.get(u);
            ScoringSheet sheet = uploadAs(lead, () -> evaluations.sheet(campaign, unit));
            for (ScoringSheet.Row row : sheet.rows()) {
                if (row.scorable()) {
                    String code = row.item().code();
                    String score = off.getOrDefault(
                            code, row.item().points().stripTrailingZeros().toPlainString());
                    rows.add(List.of(unit, "", code, "", "", "", score, off.containsKey(code) ? "台账不全" : ""));
                }
            }
        }
        importScores(lead, campaign, rows);
        List<List<String>> organiser = new ArrayList<>();
        for (String unit : all) {
            for (String[] item : new String[][] {{"A5.1.1", "4"}, {"A5.1.2", "2"}, {"A5.1.3", "2"}, {"A5.1.4", "1"}}) {
                organiser.add(List.of(unit, "", item[0], "", "", "", item[1], ""));
            }
        }
        importScores(admin, campaign, organiser);
        uploadAs(
                admin,
                () -> cases.record(
                        campaign,
                        new CaseDetails(
                                agencies.get(2),
                                "FORM2",
                                2,
                                null,
                                LocalDate.of(2021, 5, 12),
                                "瓯纪〔2021〕12号-" + agencies.get(2),
                                "区纪委区监委",
                                "两人受第二种形态处理")));
        ResultRun run = uploadAs(admin, () -> results.compute(campaign));
        return new Sample(campaign, agencies, stations, run);
    }

    private void submitEverything(String campaign, String unit) {
        uploadAs(aReporterOf(unit), () -> {
            AssessmentSheet sheet = assessments.sheet(campaign, unit);
            for (PlacedItem entry : sheet.items()) {
                String code = entry.item().code();
                assessments.save(
                        campaign,
                        unit,
                        code,
                        new ItemDraft(entry.item().points(), "已按要求落实", "制度文件已公开"),
                        sheet.answer(code).version());
            }
            assessments.submit(campaign, unit);
            return null;
        });
    }

    private void importScores(CurrentUser user, String campaign, List<List<String>> rows) {
        byte[] sheet =
                TableWorkbook.write("评分表", List.of("单位代码", "单位名称", "细则代码", "内容与要求", "分值", "自评分", "评分", "意见"), rows);
        uploadAs(user, () -> evaluations.importScores(campaign, ScoringWorkbook.read(sheet)));
    }
}
