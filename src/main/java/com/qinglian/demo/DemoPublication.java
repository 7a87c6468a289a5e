package com.qinglian.demo;

import com.qinglian.campaign.CampaignDetails;
import com.qinglian.campaign.CampaignSettingsFormat;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.campaign.Deadlines;
import com.qinglian.campaign.PublicityWindow;
import com.qinglian.evaluation.Evaluations;
import com.qinglian.ledger.cases.CaseDetails;
import com.qinglian.ledger.cases.LedgerCase;
import com.qinglian.ledger.cases.LedgerCases;
import com.qinglian.results.Appeal;
import com.qinglian.results.AppealTarget;
import com.qinglian.results.Appeals;
import com.qinglian.results.Results;
import com.qinglian.rubric.BuiltInRubrics;
import com.qinglian.rubric.RubricNode;
import com.qinglian.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The demo's published campaigns: one in publicity with appeals in every state (待分配, 复核中, and decided
 * 维持 / 部分采纳 / 采纳), and an earlier one finalized with one score changed by appeal. Every unit is scored in
 * full, so the rankings are complete; agencies are scored by {@code kaoping1}, stations by {@code kaoping2}, so
 * each reviews the other's units.
 */
@Component
class DemoPublication {

    static final String PUBLICITY = "demo-publicity";
    static final String FINALIZED = "demo-final";
    private static final String APPEALED_ITEM = "A1.1.2";

    private final Campaigns campaigns;
    private final Evaluations evaluations;
    private final LedgerCases cases;
    private final Results results;
    private final Appeals appeals;
    private final Clock clock;

    DemoPublication(
            Campaigns campaigns,
            Evaluations evaluations,
            LedgerCases cases,
            Results results,
            Appeals appeals,
            Clock clock) {
        this.campaigns = campaigns;
        this.evaluations = evaluations;
        this.cases = cases;
        this.results = results;
        this.appeals = appeals;
        this.clock = clock;
    }

    void seed(List<String> unitCodes, int finalizedYear, int publicityYear) {
        LocalDate today = LocalDate.now(clock);
        long finalCase = published(FINALIZED, "已归档", finalizedYear, unitCodes);
        DemoMode.actAs(
                "gongwei",
                Role.ADMIN,
                null,
                () -> campaigns.openPublicity(
                        FINALIZED, new PublicityWindow(today.minusDays(1), today.plusDays(6), true), "演示:公示", null));
        long accepted = file(FINALIZED, "A07", AppealTarget.Kind.CASE, String.valueOf(finalCase), "处分决定已撤销");
        decide(FINALIZED, accepted, "kaoping2", Appeal.Decision.ACCEPTED, null, "经核实,处分决定已于年内撤销");
        DemoMode.actAs(
                "gongwei",
                Role.ADMIN,
                null,
                () -> campaigns.move(FINALIZED, CampaignStatus.FINALIZED, "演示:公示期满,归档", null));

        long publicityCase = published(PUBLICITY, "公示中", publicityYear, unitCodes);
        DemoMode.actAs(
                "gongwei",
                Role.ADMIN,
                null,
                () -> campaigns.openPublicity(
                        PUBLICITY,
                        new PublicityWindow(today.minusDays(2), today.plusDays(5), true),
                        "演示:评审完成,公示",
                        null));
        file(PUBLICITY, "A02", AppealTarget.Kind.ITEM, APPEALED_ITEM, "本单位已于三月印发制度,随附文件");
        long underReview = file(PUBLICITY, "A03", AppealTarget.Kind.ITEM, APPEALED_ITEM, "制度文件已上传,请复核");
        assign(PUBLICITY, underReview, "kaoping2");
        long upheld = file(PUBLICITY, "A04", AppealTarget.Kind.ITEM, APPEALED_ITEM, "请求复核");
        decide(PUBLICITY, upheld, "kaoping2", Appeal.Decision.UPHELD, null, "所附文件为上一年度制度,维持原评分");
        long partial = file(PUBLICITY, "S01", AppealTarget.Kind.ITEM, APPEALED_ITEM, "补充会议纪要");
        decide(PUBLICITY, partial, "kaoping1", Appeal.Decision.PARTIAL, half(), "会议纪要可证明部分落实");
        long onCase = file(PUBLICITY, "A07", AppealTarget.Kind.CASE, String.valueOf(publicityCase), "处分已撤销");
        decide(PUBLICITY, onCase, "kaoping2", Appeal.Decision.ACCEPTED, null, "经核实,处分决定已撤销");
    }

    /** A campaign in review, every unit scored (the appealed item at 0 for a few units), one case; results computed. */
    private long published(String code, String label, int year, List<String> unitCodes) {
        campaigns.create(
                new CampaignDetails(
                        code,
                        year + " 年度清廉机关(站所)建设评价(演示·" + label + ")",
                        year,
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31),
                        "ouhai-clean-agency",
                        "2021",
                        Deadlines.NONE,
                        List.of("A5"),
                        CampaignSettingsFormat.DEFAULT),
                unitCodes);
        List<String> agencies =
                unitCodes.stream().filter(c -> c.startsWith("A")).toList();
        List<String> stations =
                unitCodes.stream().filter(c -> c.startsWith("S")).toList();
        campaigns.assign(code, "kaoping1", agencies, null, true);
        campaigns.assign(code, "kaoping2", stations, null, true);
        campaigns.move(code, CampaignStatus.SELF_ASSESSMENT, "演示:开始自评");
        campaigns.move(code, CampaignStatus.REVIEW, "演示:进入评审");
        List<RubricNode> items = BuiltInRubrics.ouhai2021().items();
        DemoReview.score(evaluations, code, year, "kaoping1", agencies, items, false);
        DemoReview.score(evaluations, code, year, "kaoping2", stations, items, false);
        DemoReview.score(evaluations, code, year, "gongwei", unitCodes, items, true);
        for (String unit : List.of("A02", "A03", "A04", "S01")) {
            String evaluator = unit.startsWith("A") ? "kaoping1" : "kaoping2";
            DemoMode.actAs(
                    evaluator,
                    Role.EVALUATOR,
                    null,
                    () -> evaluations.save(
                            code,
                            unit,
                            APPEALED_ITEM,
                            BigDecimal.ZERO,
                            "未见制度文件",
                            evaluations.scores(code).stream()
                                    .filter(s -> s.unitCode().equals(unit)
                                            && s.itemCode().equals(APPEALED_ITEM))
                                    .findFirst()
                                    .orElseThrow()
                                    .version()));
        }
        AtomicLong caseId = new AtomicLong();
        DemoMode.actAs("gongwei", Role.ADMIN, null, () -> {
            LedgerCase recorded = cases.record(
                    code,
                    new CaseDetails(
                            "A07",
                            "FORM1",
                            1,
                            null,
                            LocalDate.of(year, 6, 3),
                            "瓯纪谈〔" + year + "〕15号",
                            "区纪委区监委",
                            "一名干部被谈话提醒"));
            caseId.set(recorded.id());
            results.compute(code);
        });
        return caseId.get();
    }

    private long file(String campaign, String unit, AppealTarget.Kind kind, String code, String reason) {
        AtomicLong id = new AtomicLong();
        DemoMode.actAs(
                "lly-" + unit.toLowerCase(),
                Role.UNIT_REPORTER,
                unit,
                () -> id.set(appeals.file(campaign, unit, kind, code, reason, List.of())
                        .id()));
        return id.get();
    }

    private void assign(String campaign, long appeal, String reviewer) {
        DemoMode.actAs("gongwei", Role.ADMIN, null, () -> appeals.assign(campaign, appeal, reviewer));
    }

    private void decide(
            String campaign, long appeal, String reviewer, Appeal.Decision decision, BigDecimal score, String reason) {
        assign(campaign, appeal, reviewer);
        DemoMode.actAs(reviewer, Role.EVALUATOR, null, () -> appeals.decide(campaign, appeal, decision, score, reason));
    }

    private static BigDecimal half() {
        BigDecimal points =
                BuiltInRubrics.ouhai2021().node(APPEALED_ITEM).orElseThrow().points();
        return points.divide(BigDecimal.valueOf(2))
                .setScale(0, java.math.RoundingMode.DOWN)
                .max(new BigDecimal("0.5"));
    }
}
