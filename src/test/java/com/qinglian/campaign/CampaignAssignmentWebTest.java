package com.qinglian.campaign;

import static com.qinglian.campaign.CampaignFixtures.seedCampaign;
import static com.qinglian.campaign.CampaignFixtures.uniqueCode;
import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Batch assignment on the campaign page: one evaluator to the ticked participants, to every agency or station,
 * or to all, in one request audited once; nothing ticked is refused with a message and writes nothing.
 */
@DatabaseTest
class CampaignAssignmentWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private final CurrentUser admin = anAdministrator();
    private String campaign;
    private String agency1;
    private String agency2;
    private String station;
    private String evaluator;

    @BeforeEach
    void campaignWithTwoAgenciesAndAStation() {
        agency1 = UnitFixtures.uniqueCode("BA");
        agency2 = UnitFixtures.uniqueCode("BA");
        station = UnitFixtures.uniqueCode("BS");
        units.create(UnitFixtures.anAgency(agency1));
        units.create(UnitFixtures.anAgency(agency2));
        units.create(UnitFixtures.aStationOf(station, agency1));
        campaign = uniqueCode();
        campaigns.create(seedCampaign(campaign), List.of(agency1, agency2, station));
        evaluator = "batch" + uniqueCode();
        accounts.create(new UserAccounts.NewUser(evaluator, "考评员批量", Role.EVALUATOR, null));
    }

    @Test
    void theTickedParticipantsAreAssignedInOneAuditedRequest() {
        assertThat(assign("SELECTED", agency1, station)).hasStatus3xxRedirection();
        assertThat(assignedUnits()).containsExactlyInAnyOrder(agency1, station);
        assertThat(new AuditEntries(jdbc).actionsAbout("campaign", campaign))
                .filteredOn("ASSIGN"::equals)
                .hasSize(1);
        assertThat(new AuditEntries(jdbc).about("campaign", campaign))
                .filteredOn(e -> e.action().equals("ASSIGN"))
                .singleElement()
                .satisfies(e -> assertThat(e.afterJson()).contains(agency1, station, evaluator));
    }

    @Test
    void byTypeTakesEveryParticipantOfThatType() {
        assertThat(assign("STATIONS", agency1)).hasStatus3xxRedirection();
        assertThat(assignedUnits()).as("the ticked agency is ignored").containsExactly(station);
        assertThat(assign("AGENCIES")).hasStatus3xxRedirection();
        assertThat(assignedUnits()).containsExactlyInAnyOrder(agency1, agency2, station);
    }

    @Test
    void allTakesEveryParticipantWithTheNodeAndLeadGiven() {
        assertThat(mvc.post()
                        .uri("/campaigns/" + campaign + "/assignments")
                        .with(user(admin))
                        .with(csrf())
                        .param("evaluator", evaluator)
                        .param("scope", "ALL")
                        .param("nodeCode", "A1")
                        .param("lead", "true"))
                .hasStatus3xxRedirection();
        assertThat(campaigns.assignments(campaign))
                .hasSize(3)
                .allMatch(a -> a.evaluator().equals(evaluator) && "A1".equals(a.nodeCode()) && a.lead());
    }

    @Test
    void nothingTickedIsRefusedWith422AndAMessageAndNothingIsWritten() throws Exception {
        MvcTestResult refused = assign("SELECTED");
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        String page = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("请至少选择一个单位", "id=\"assign-form\"");
        assertThat(page)
                .as("the chosen evaluator is kept")
                .containsPattern("<option value=\"" + evaluator + "\" selected");
        assertThat(campaigns.assignments(campaign)).isEmpty();
        assertThat(new AuditEntries(jdbc).actionsAbout("campaign", campaign)).doesNotContain("ASSIGN");
    }

    @Test
    void aTickedCodeThatIsNoParticipantIsRefusedByName() throws Exception {
        MvcTestResult refused = assign("SELECTED", agency1, "NOSUCHUNIT");
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("NOSUCHUNIT");
        assertThat(campaigns.assignments(campaign)).isEmpty();
    }

    @Test
    void anUnknownScopeIsABadRequestNotAnError() {
        assertThat(assign("EVERYONE'; DROP TABLE unit; --", agency1)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(campaigns.assignments(campaign)).isEmpty();
    }

    @Test
    void theCampaignPageOffersATickColumnAndTheScopes() {
        assertThat(mvc.get().uri("/campaigns/" + campaign).with(user(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("批量分配考评员", "勾选的单位", "全部机关", "全部站所", "全部参加单位", "data-confirm=")
                .contains("form=\"assign-form\" value=\"" + agency1 + "\"");
    }

    @Test
    void theParticipantsArePagedSearchedAndShowTheirOwnAssignmentsInTheirRow() throws Exception {
        assertThat(assign("SELECTED", agency2)).hasStatus3xxRedirection();

        String firstPage = mvc.get()
                .uri("/campaigns/" + campaign + "?size=2&sort=code")
                .with(user(admin))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> sorted =
                List.of(agency1, agency2, station).stream().sorted().toList();
        assertThat(firstPage)
                .contains("共 3 条", "data-unit=\"" + sorted.get(0) + "\"", "data-unit=\"" + sorted.get(1) + "\"")
                .doesNotContain("data-unit=\"" + sorted.get(2) + "\"")
                .contains("考评员分工共 1 条");

        String found = mvc.get()
                .uri("/campaigns/" + campaign + "?q=" + agency2.toLowerCase())
                .with(user(admin))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(found).contains("共 1 条", "data-unit=\"" + agency2 + "\"");
        String row = found.substring(found.indexOf("data-unit=\"" + agency2 + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains(evaluator, "移除");

        assertThat(mvc.get()
                        .uri("/campaigns/" + campaign + "?q=%00zz&page=999&sort=evil;drop")
                        .with(user(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("没有符合条件的参加单位");
    }

    private MvcTestResult assign(String scope, String... ticked) {
        var request = mvc.post()
                .uri("/campaigns/" + campaign + "/assignments")
                .with(user(admin))
                .with(csrf())
                .param("evaluator", evaluator)
                .param("scope", scope);
        if (ticked.length > 0) {
            request = request.param("unitCodes", ticked);
        }
        return request.exchange();
    }

    private List<String> assignedUnits() {
        return campaigns.assignments(campaign).stream()
                .filter(a -> a.evaluator().equals(evaluator))
                .map(Assignment::unitCode)
                .toList();
    }
}
