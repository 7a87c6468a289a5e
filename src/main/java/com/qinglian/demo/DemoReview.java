package com.qinglian.demo;

import com.qinglian.campaign.CampaignDetails;
import com.qinglian.campaign.CampaignSettingsFormat;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.campaign.Deadlines;
import com.qinglian.campaign.PublicityWindow;
import com.qinglian.evaluation.Evaluations;
import com.qinglian.evaluation.ScoringWorkbook;
import com.qinglian.ledger.cases.CaseDetails;
import com.qinglian.ledger.cases.LedgerCases;
import com.qinglian.ledger.inspections.InspectionDetails;
import com.qinglian.ledger.inspections.InspectionKind;
import com.qinglian.ledger.inspections.Inspections;
import com.qinglian.ledger.surveys.SurveyKind;
import com.qinglian.ledger.surveys.Surveys;
import com.qinglian.results.Results;
import com.qinglian.rubric.BuiltInRubrics;
import com.qinglian.rubric.RubricNode;
import com.qinglian.security.Role;
import com.qinglian.shared.TableWorkbook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Last year's demo campaign, in review: evaluators' scores for two thirds of the units, the organisers'
 * comprehensive-evaluation scores, inspection records, a 万人双评议 import, a few negative-list cases and
 * computed results, so that every review and results page has something real to show.
 */
@Component
class DemoReview {

    static final String CAMPAIGN = "demo-review";
    private static final List<String> ORGANISER_ITEMS = List.of("A5.1.1", "A5.1.2", "A5.1.3", "A5.1.4");

    private final Campaigns campaigns;
    private final Evaluations evaluations;
    private final LedgerCases cases;
    private final Inspections inspections;
    private final Surveys surveys;
    private final Results results;

    DemoReview(
            Campaigns campaigns,
            Evaluations evaluations,
            LedgerCases cases,
            Inspections inspections,
            Surveys surveys,
            Results results) {
        this.campaigns = campaigns;
        this.evaluations = evaluations;
        this.cases = cases;
        this.inspections = inspections;
        this.surveys = surveys;
        this.results = results;
    }

    private static final String OVERRIDE = "演示:往年数据,三分之一单位未评分";

    void seed(List<String> unitCodes, int year) {
        seed(CAMPAIGN, year + " 年度清廉机关(站所)建设评价(演示·评审中)", unitCodes, year);
    }

    /** An older campaign taken through publicity to the archive, so that the year-over-year charts have data. */
    void seedArchived(String code, List<String> unitCodes, int year) {
        seed(code, year + " 年度清廉机关(站所)建设评价(演示·已归档)", unitCodes, year);
        DemoMode.actAs("gongwei", Role.ADMIN, null, () -> {
            // a third of the units were never scored: the organiser overrides the completeness guard, with a reason
            LocalDate today = LocalDate.now();
            campaigns.openPublicity(
                    code, new PublicityWindow(today.minusDays(7), today.minusDays(1), false), "演示:结果公示", OVERRIDE);
            campaigns.move(code, CampaignStatus.FINALIZED, "演示:公示期满,归档", OVERRIDE);
        });
    }

    private void seed(String code, String name, List<String> unitCodes, int year) {
        campaigns.create(
                new CampaignDetails(
                        code,
                        name,
                        year,
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31),
                        "ouhai-clean-agency",
                        "2021",
                        new Deadlines(
                                LocalDate.of(year + 1, 1, 15),
                                LocalDate.of(year + 1, 2, 28),
                                LocalDate.of(year + 1, 3, 15)),
                        List.of("A5"),
                        CampaignSettingsFormat.DEFAULT),
                unitCodes);
        campaigns.assign(
                code,
                "kaoping1",
                unitCodes.stream().filter(c -> c.startsWith("A")).toList(),
                null,
                true);
        campaigns.assign(
                code,
                "kaoping2",
                unitCodes.stream().filter(c -> c.startsWith("S")).toList(),
                null,
                true);
        campaigns.move(code, CampaignStatus.SELF_ASSESSMENT, "演示:开始自评");
        campaigns.move(code, CampaignStatus.REVIEW, "演示:自评截止,进入评审");
        List<RubricNode> items = BuiltInRubrics.ouhai2021().items();
        List<String> scored = new ArrayList<>();
        for (int u = 0; u < unitCodes.size(); u++) {
            if (u % 3 != 2) {
                scored.add(unitCodes.get(u));
            }
        }
        score(
                evaluations,
                code,
                year,
                "kaoping1",
                scored.stream().filter(c -> c.startsWith("A")).toList(),
                items,
                false);
        score(
                evaluations,
                code,
                year,
                "kaoping2",
                scored.stream().filter(c -> c.startsWith("S")).toList(),
                items,
                false);
        score(evaluations, code, year, "gongwei", scored, items, true);
        DemoMode.actAs("gongwei", Role.ADMIN, null, () -> {
            recordLedger(code, unitCodes, year);
            results.compute(code);
        });
    }

    /** One evaluator's offline sheet for the given units: mostly full marks, now and then half a point less. */
    static void score(
            Evaluations evaluations,
            String campaign,
            int year,
            String evaluator,
            List<String> units,
            List<RubricNode> items,
            boolean organiserItems) {
        List<List<String>> rows = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            for (int i = 0; i < items.size(); i++) {
                RubricNode item = items.get(i);
                if (ORGANISER_ITEMS.contains(item.code()) != organiserItems) {
                    continue;
                }
                boolean full = (u * 7 + i + year) % 9 != 0;
                BigDecimal score = full ? item.points() : item.points().subtract(new BigDecimal("0.5"));
                rows.add(List.of(
                        units.get(u),
                        "",
                        item.code(),
                        "",
                        "",
                        "",
                        score.stripTrailingZeros().toPlainString(),
                        full ? "" : "台账不够完整"));
            }
        }
        byte[] sheet =
                TableWorkbook.write("评分表", List.of("单位代码", "单位名称", "细则代码", "内容与要求", "分值", "自评分", "评分", "意见"), rows);
        Role role = organiserItems ? Role.ADMIN : Role.EVALUATOR;
        DemoMode.actAs(evaluator, role, null, () -> evaluations.importScores(campaign, ScoringWorkbook.read(sheet)));
    }

    private void recordLedger(String code, List<String> units, int year) {
        cases.record(
                code,
                new CaseDetails(
                        "A07",
                        "FORM1",
                        2,
                        null,
                        LocalDate.of(year, 4, 18),
                        "瓯纪谈〔" + year + "〕7号",
                        "区纪委区监委",
                        "两名干部被谈话提醒"));
        cases.record(
                code,
                new CaseDetails(
                        "A16",
                        "FORM2",
                        1,
                        null,
                        LocalDate.of(year, 7, 2),
                        "瓯纪〔" + year + "〕21号",
                        "区纪委区监委",
                        "一名干部受诫勉处理"));
        cases.record(
                code,
                new CaseDetails(
                        "S05",
                        "FORM4",
                        1,
                        null,
                        LocalDate.of(year, 9, 9),
                        "瓯纪〔" + year + "〕46号",
                        "区纪委区监委",
                        "一名工作人员被立案审查调查"));
        for (String unit : List.of("A01", "A12", "S03")) {
            inspections.record(
                    code,
                    new InspectionDetails(
                            unit,
                            InspectionKind.DAILY,
                            LocalDate.of(year, 5, 20),
                            "工委督查组",
                            "台账规范,制度上墙,廉政风险点排查到位。",
                            "A5.1.1",
                            new BigDecimal("4")));
            inspections.record(
                    code,
                    new InspectionDetails(
                            unit,
                            InspectionKind.MID_YEAR,
                            LocalDate.of(year, 7, 10),
                            "年中督查组",
                            "个别会议记录不全,已当场指出。",
                            "A5.1.2",
                            new BigDecimal("1.5")));
        }
        List<List<String>> ratings = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            String rating = u == 10 || u == 50 ? "不满意" : u % 4 == 0 ? "基本满意" : "满意";
            ratings.add(List.of(
                    units.get(u), String.valueOf(60 + u % 40), rating.equals("不满意") ? "58" : "9" + u % 10, rating));
        }
        surveys.importSurvey(
                code,
                SurveyKind.PUBLIC_RATING,
                "A5.1.4",
                "万人双评议结果.xlsx",
                TableWorkbook.write("测评结果", List.of("单位代码", "参评人数", "满意率(%)", "评价结果"), ratings));
    }
}
