package com.qinglian.shell;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.campaign.CampaignDetails;
import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.campaign.Deadlines;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccount;
import com.qinglian.security.UserAccounts;
import com.qinglian.unit.UnitDetails;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import com.qinglian.unit.UnitType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign in self-assessment with a few agencies and stations, and one account of every role: the
 * reporter belongs to the first agency, the evaluator is assigned to every unit.
 */
final class ShellScenario {

    static final String PASSWORD = "Shell-Page-Pass-7";
    private static final List<String> AGENCIES = List.of("区财政局", "区教育局", "区卫生健康局");
    private static final List<String> STATIONS = List.of("税务所", "市场监管所", "自然资源所");

    final String campaign;
    final String campaignName;
    final String unit;
    final Map<Role, String> usernames = new LinkedHashMap<>();

    private ShellScenario(String campaign, String campaignName, String unit) {
        this.campaign = campaign;
        this.campaignName = campaignName;
        this.unit = unit;
    }

    static ShellScenario create(Campaigns campaigns, UnitDirectory units, UserAccounts accounts) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < AGENCIES.size(); i++) {
            String agency = UnitFixtures.uniqueCode("SH");
            units.create(
                    new UnitDetails(agency, AGENCIES.get(i), UnitType.AGENCY, null, "经济部门", "王晓明", "0577-88880000"));
            String station = UnitFixtures.uniqueCode("ST");
            units.create(new UnitDetails(station, "城西" + STATIONS.get(i), UnitType.STATION, agency, null, "陈丽", null));
            codes.add(agency);
            codes.add(station);
        }
        String code = CampaignFixtures.uniqueCode();
        CampaignDetails seed = CampaignFixtures.seedCampaign(code);
        String name = "2026 年度清廉机关(站所)建设评价";
        campaigns.create(
                new CampaignDetails(
                        code,
                        name,
                        2026,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        seed.rubricCode(),
                        seed.rubricVersion(),
                        new Deadlines(LocalDate.now().plusDays(12), null, null),
                        seed.organiserNodes(),
                        seed.settings()),
                codes);
        ShellScenario scenario = new ShellScenario(code, name, codes.get(0));
        String suffix = code.toLowerCase();
        scenario.account(accounts, Role.ADMIN, "gw" + suffix, "工委管理员");
        scenario.account(accounts, Role.EVALUATOR, "kp" + suffix, "考评一组");
        scenario.account(accounts, Role.UNIT_REPORTER, "lly" + suffix, "李艳(联络员)");
        scenario.account(accounts, Role.LEADER, "ld" + suffix, "区领导");
        scenario.account(accounts, Role.AUDITOR, "sj" + suffix, "审计员");
        uploadAs(signedIn("admin", Role.ADMIN, null), () -> {
            campaigns.assign(code, scenario.usernames.get(Role.EVALUATOR), codes, null, true);
            return campaigns.move(code, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        });
        return scenario;
    }

    private void account(UserAccounts accounts, Role role, String username, String displayName) {
        var issued = accounts.create(
                new UserAccounts.NewUser(username, displayName, role, role == Role.UNIT_REPORTER ? unit : null));
        assertThat(accounts.changePassword(username, issued.password(), PASSWORD))
                .isEmpty();
        usernames.put(role, username);
    }

    /** The user as a session holds them after signing in now (for MockMvc). */
    CurrentUser user(Role role, String displayName) {
        String unitCode = role == Role.UNIT_REPORTER ? unit : null;
        return new CurrentUser(
                new UserAccount(usernames.get(role), displayName, role, unitCode, true, false, 0, null, 0),
                null,
                false,
                Instant.now().plusSeconds(60));
    }
}
