package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.aReporterOf;
import static com.qinglian.security.SecurityFixtures.signedIn;

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
 * The whole evaluation on the seed rubric, for tests of results and reports: agencies A and B and station S
 * (of A) self-assess and are scored by a lead and a second evaluator and the organiser, with negative-list
 * cases and a survey import. Expected: A 99.5 − 4 = 95.5 优秀 (2nd), B 100 − 3 = 97 优秀 (1st), S 99 − 20 = 79
 * capped at 不合格 by the FORM4 veto (3rd). Codes are unique per call; results are not computed.
 */
@Component
public class EndToEndScenarios {

    private final Campaigns campaigns;
    private final UnitDirectory units;
    private final UserAccounts users;
    private final SelfAssessments assessments;
    private final Evaluations evaluations;
    private final LedgerCases cases;
    private final Surveys surveys;

    EndToEndScenarios(
            Campaigns campaigns,
            UnitDirectory units,
            UserAccounts users,
            SelfAssessments assessments,
            Evaluations evaluations,
            LedgerCases cases,
            Surveys surveys) {
        this.campaigns = campaigns;
        this.units = units;
        this.users = users;
        this.assessments = assessments;
        this.evaluations = evaluations;
        this.cases = cases;
        this.surveys = surveys;
    }

    /** The scenario's campaign (in review) and its units: agencies {@code a}, {@code b}, station {@code s}. */
    public record Scenario(String campaign, String a, String b, String s) {}

    final CurrentUser admin = signedIn("admin", Role.ADMIN, null);

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

    /**
     * Agencies {@code a} and {@code b} of a new campaign, left in review: every manual item scored at full points
     * by a lead evaluator and the organiser, except {@code overridesOfA}; no cases. {@code prepared} runs on the
     * campaign's code before anything is scored (a test gives the campaign another rubric there).
     */
    public Scenario twoAgencies(java.util.function.Consumer<String> prepared, Map<String, String> overridesOfA) {
        String a = UnitFixtures.uniqueCode("LA");
        String b = UnitFixtures.uniqueCode("LB");
        units.create(UnitFixtures.anAgency(a));
        units.create(UnitFixtures.anAgency(b));
        String campaign = CampaignFixtures.uniqueCode();
        campaigns.create(CampaignFixtures.seedCampaign(campaign), List.of(a, b));
        prepared.accept(campaign);
        CurrentUser lead = evaluator("lead");
        campaigns.assign(campaign, lead.getUsername(), List.of(a, b), null, true);
        campaigns.move(campaign, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        campaigns.move(campaign, CampaignStatus.REVIEW, "进入评审");
        List<List<String>> leadRows = new ArrayList<>();
        leadRows.addAll(fullMarks(lead, campaign, a, overridesOfA));
        leadRows.addAll(fullMarks(lead, campaign, b, Map.of()));
        importScores(lead, campaign, leadRows);
        List<List<String>> organiserRows = new ArrayList<>();
        for (String unit : List.of(a, b)) {
            for (String[] item : new String[][] {{"A5.1.1", "4"}, {"A5.1.2", "2"}, {"A5.1.3", "2"}, {"A5.1.4", "2"}}) {
                organiserRows.add(List.of(unit, "", item[0], "", "", "", item[1], ""));
            }
        }
        importScores(admin, campaign, organiserRows);
        return new Scenario(campaign, a, b, null);
    }

    /** Builds the scenario; the campaign is left in review with every input in place. */
    public Scenario threeUnitsScored() {
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

        return new Scenario(campaign, a, b, s);
    }
}
