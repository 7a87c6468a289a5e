package com.qinglian.shared.web;

import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.assessment.EvidenceFixtures;
import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.Campaigns;
import com.qinglian.results.EndToEndScenarios;
import com.qinglian.results.Results;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every paged list answers hostile list parameters with a normal page (default order, a page that exists,
 * the total below), and the lists read with SQL (users, campaigns) search and sort on the server.
 */
@DatabaseTest
class ListPagesWebTest {

    private static final List<List<String>> HOSTILE = List.of(
            List.of("sort", "DROP TABLE unit"),
            List.of("sort", "name; DELETE FROM app_user", "dir", "desc nulls first; --"),
            List.of("page", "-1"),
            List.of("page", "999999"),
            List.of("page", "99999999999999999999"),
            List.of("page", "一"),
            List.of("size", "100000"),
            List.of("size", "-5"),
            List.of("q", "%_\\' OR 1=1 --"),
            List.of("q", "\u0000"));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UnitDirectory units;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UserAccounts accounts;

    @Autowired
    EndToEndScenarios scenarios;

    @Autowired
    Results results;

    private final CurrentUser admin = anAdministrator();

    @Test
    void everyListShrugsOffHostileParameters() throws Exception {
        String unit = UnitFixtures.uniqueCode("LH");
        units.create(UnitFixtures.anAgency(unit));
        String campaign = CampaignFixtures.uniqueCode();
        campaigns.create(CampaignFixtures.seedCampaign(campaign), List.of(unit));
        for (String list : List.of(
                "/units",
                "/users",
                "/campaigns",
                "/evaluations",
                "/campaigns/" + campaign + "/progress",
                "/campaigns/" + campaign + "/ledger",
                "/campaigns/" + campaign + "/inspections")) {
            for (List<String> params : HOSTILE) {
                String page = page(list, params.toArray(String[]::new));
                assertThat(page).as(list + " " + params).contains("共 ", "重置");
            }
        }
        assertThat(units.find(unit)).isPresent();
        assertThat(accounts.find("admin")).isPresent();
    }

    @Test
    void usersAreSearchedAndSortedInSql() throws Exception {
        String tag = "ls" + CampaignFixtures.uniqueCode();
        accounts.create(new UserAccounts.NewUser(tag + "a", "乙 " + tag, Role.EVALUATOR, null));
        accounts.create(new UserAccounts.NewUser(tag + "b", "甲 " + tag, Role.LEADER, null));
        accounts.create(new UserAccounts.NewUser(tag + "c", "丙 " + tag, Role.EVALUATOR, null));

        assertThat(names(page("/users", "q", tag, "sort", "username", "dir", "desc"), tag))
                .containsExactly(tag + "c", tag + "b", tag + "a");
        assertThat(names(page("/users", "q", tag, "role", "EVALUATOR"), tag)).containsExactly(tag + "a", tag + "c");
        String second = page("/users", "q", tag, "sort", "username", "size", "2", "page", "2");
        assertThat(names(second, tag)).containsExactly(tag + "c");
        assertThat(second).contains("共 3 条", "第 2/2 页");
    }

    @Test
    void campaignsAreSearchedAndSortedInSql() throws Exception {
        String tag = CampaignFixtures.uniqueCode();
        for (String suffix : List.of("x", "y")) {
            campaigns.create(CampaignFixtures.seedCampaign(tag + suffix), List.of());
        }
        String page = page("/campaigns", "q", tag, "sort", "name", "dir", "desc");
        String byNameDown = page.substring(page.indexOf("id=\"campaign-list\""));
        assertThat(page).contains("共 2 条");
        assertThat(byNameDown.indexOf("/campaigns/" + tag + "y\""))
                .isPositive()
                .isLessThan(byNameDown.indexOf("/campaigns/" + tag + "x\""));
        assertThat(page("/campaigns", "q", tag, "status", "FINALIZED")).contains("共 0 条", "暂无考评");
    }

    @Test
    void theRankingIsSortedAndSearchedInMemoryAndShrugsOffHostileParameters() throws Exception {
        EndToEndScenarios.Scenario s = scenarios.threeUnitsScored();
        EvidenceFixtures.uploadAs(admin, () -> results.compute(s.campaign()));
        String path = "/campaigns/" + s.campaign() + "/results";

        String byRank = page(path);
        assertThat(byRank).contains("共 3 条");
        assertThat(totals(byRank)).as("by rank: highest total first").isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(new java.util.HashSet<>(totals(byRank)))
                .as("totals differ, so order shows")
                .hasSizeGreaterThan(1);
        assertThat(totals(page(path, "sort", "total", "dir", "asc"))).hasSize(3).isSorted();
        assertThat(unitOrder(page(path, "q", s.b()), s)).containsExactly(s.b());
        assertThat(page(path, "type", "station", "q", s.a())).contains("共 0 条");
        for (List<String> params : HOSTILE) {
            assertThat(page(path, params.toArray(String[]::new)))
                    .as(params.toString())
                    .contains("共 ");
        }
    }

    /** The bold totals of the ranking, in the order shown. */
    private static List<BigDecimal> totals(String html) {
        Matcher m =
                Pattern.compile("<td class=\"text-end fw-bold\">([0-9.]+)</td>").matcher(html);
        List<BigDecimal> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(new BigDecimal(m.group(1)));
        }
        return found;
    }

    /** The scenario's units in the order the ranking shows them. */
    private static List<String> unitOrder(String html, EndToEndScenarios.Scenario s) {
        return java.util.stream.Stream.of(s.a(), s.b(), s.s())
                .filter(code -> html.contains("<td>" + code + "</td>"))
                .sorted(java.util.Comparator.comparingInt(code -> html.indexOf("<td>" + code + "</td>")))
                .toList();
    }

    private String page(String path, String... params) throws Exception {
        var request = mvc.get().uri(path).with(user(admin));
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).as(path + " " + List.of(params)).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The user names starting with the tag, in the order the page shows them. */
    private static List<String> names(String html, String tag) {
        Matcher m = Pattern.compile("<td>(" + tag + "[a-z])</td>").matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
