package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.aReporterOf;
import static com.qinglian.security.SecurityFixtures.signedIn;

import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.evaluation.Evaluations;
import com.qinglian.evaluation.ScoringSheet;
import com.qinglian.evaluation.ScoringWorkbook;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.shared.TableWorkbook;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Campaigns on the built-in rubric for results tests: two agencies and a station in review, one lead evaluator
 * assigned to all of them; units scored in full on request (evaluator items by the evaluator, 综合评价 by the
 * organiser). Codes are unique per call.
 */
@Component
public class ResultsScenarios {

    static final CurrentUser ORGANISER = signedIn("admin", Role.ADMIN, null);

    private final Campaigns campaigns;
    private final UnitDirectory units;
    private final UserAccounts users;
    private final Evaluations evaluations;
    private final Appeals appeals;

    ResultsScenarios(
            Campaigns campaigns, UnitDirectory units, UserAccounts users, Evaluations evaluations, Appeals appeals) {
        this.appeals = appeals;
        this.campaigns = campaigns;
        this.units = units;
        this.users = users;
        this.evaluations = evaluations;
    }

    /** A campaign in review with its units and evaluators. */
    public record Reviewed(String campaign, String agency, String otherAgency, String station, CurrentUser evaluator) {
        public List<String> units() {
            return List.of(agency, otherAgency, station);
        }
    }

    public Reviewed inReview() {
        String a = UnitFixtures.uniqueCode("PA");
        String b = UnitFixtures.uniqueCode("PB");
        String s = UnitFixtures.uniqueCode("PS");
        units.create(UnitFixtures.anAgency(a));
        units.create(UnitFixtures.anAgency(b));
        units.create(UnitFixtures.aStationOf(s, a));
        String campaign = CampaignFixtures.uniqueCode();
        campaigns.create(CampaignFixtures.seedCampaign(campaign), List.of(a, b, s));
        CurrentUser evaluator = anEvaluator("pev");
        campaigns.assign(campaign, evaluator.getUsername(), List.of(a, b, s), null, true);
        campaigns.move(campaign, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        campaigns.move(campaign, CampaignStatus.REVIEW, "进入评审");
        return new Reviewed(campaign, a, b, s, evaluator);
    }

    /** A new active evaluator account, signed in. */
    public CurrentUser anEvaluator(String prefix) {
        String username = prefix + CampaignFixtures.uniqueCode();
        users.create(new UserAccounts.NewUser(username, "考评员" + prefix, Role.EVALUATOR, null));
        return signedIn(username, Role.EVALUATOR, null);
    }

    /** Scores every item of the unit: the evaluator's at full points except {@code overrides}, then 综合评价. */
    public void scoreInFull(Reviewed r, String unit, Map<String, String> overrides) {
        importScores(r.evaluator(), r.campaign(), rows(r.evaluator(), r.campaign(), unit, overrides));
        importScores(
                ORGANISER,
                r.campaign(),
                rows(ORGANISER, r.campaign(), unit, overrides).stream()
                        .filter(row -> row.get(2).startsWith("A5"))
                        .toList());
    }

    /** Scores the evaluator's items of the unit at full points; the organiser's 综合评价 stays missing. */
    public void scoreByEvaluator(Reviewed r, String unit) {
        importScores(r.evaluator(), r.campaign(), rows(r.evaluator(), r.campaign(), unit, Map.of()));
    }

    /** The unit's reporter appeals an item with a reason and no new file. */
    public Appeal appealOn(Reviewed r, String unit, String item) {
        return uploadAs(
                aReporterOf(unit),
                () -> appeals.file(r.campaign(), unit, AppealTarget.Kind.ITEM, item, "已整改,附新材料", List.of()));
    }

    private List<List<String>> rows(CurrentUser user, String campaign, String unit, Map<String, String> overrides) {
        ScoringSheet sheet = uploadAs(user, () -> evaluations.sheet(campaign, unit));
        List<List<String>> rows = new ArrayList<>();
        for (ScoringSheet.Row row : sheet.rows()) {
            if (row.scorable()) {
                String code = row.item().code();
                String score = overrides.getOrDefault(
                        code, row.item().points().stripTrailingZeros().toPlainString());
                rows.add(List.of(unit, "", code, "", "", "", score, overrides.containsKey(code) ? "扣分说明" : ""));
            }
        }
        return rows;
    }

    private void importScores(CurrentUser user, String campaign, List<List<String>> rows) {
        byte[] sheet =
                TableWorkbook.write("评分表", List.of("单位代码", "单位名称", "细则代码", "内容与要求", "分值", "自评分", "评分", "意见"), rows);
        uploadAs(user, () -> evaluations.importScores(campaign, ScoringWorkbook.read(sheet)));
    }
}
