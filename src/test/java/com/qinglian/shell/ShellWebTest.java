package com.qinglian.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.campaign.Campaigns;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.SecurityFixtures;
import com.qinglian.security.UserAccounts;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The frame around the pages: every menu entry opens for its role, and the top bar says who and where. */
@DatabaseTest
class ShellWebTest {

    private static final Pattern SIDE_MENU = Pattern.compile("<nav class=\"side-menu\".*?</nav>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    UserAccounts accounts;

    ShellScenario scene;

    @BeforeEach
    void scene() {
        scene = ShellScenario.create(campaigns, units, accounts);
    }

    private String page(CurrentUser user, String path) {
        MvcResult result = mvc.get().uri(path).with(user(user)).exchange().getMvcResult();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> menuLinks(String html) {
        Matcher menu = SIDE_MENU.matcher(html);
        assertThat(menu.find()).as("the page has a side menu").isTrue();
        List<String> links = new ArrayList<>();
        Matcher href = HREF.matcher(menu.group());
        while (href.find()) {
            links.add(href.group(1));
        }
        return links;
    }

    @Test
    void everyMenuEntryOpensForTheRoleThatSeesIt() {
        String c = "/campaigns/" + scene.campaign;
        List<Object[]> starts = List.of(
                new Object[] {Role.ADMIN, c + "/progress", 20},
                new Object[] {Role.LEADER, c, 12},
                new Object[] {Role.EVALUATOR, "/", 6},
                new Object[] {Role.UNIT_REPORTER, c + "/units/" + scene.unit + "/self-assessment", 6},
                new Object[] {Role.AUDITOR, "/audit/overview", 6});
        for (Object[] start : starts) {
            Role role = (Role) start[0];
            CurrentUser user = scene.user(role, "测试" + role);
            List<String> links = menuLinks(page(user, (String) start[1]));
            assertThat(links).as(role + " menu").hasSize((Integer) start[2]);
            for (String link : links) {
                MvcResult opened =
                        mvc.get().uri(link).with(user(user)).exchange().getMvcResult();
                int status = opened.getResponse().getStatus();
                assertThat(status).as(role + " " + link).isIn(200, 302);
                if (status == 302) {
                    assertThat(opened.getResponse().getRedirectedUrl())
                            .as(role + " " + link)
                            .doesNotContain("/login");
                }
            }
        }
    }

    @Test
    void theTopBarNamesTheUserTheirRoleAndTheCurrentCampaign() {
        String html = page(scene.user(Role.UNIT_REPORTER, "李艳(联络员)"), "/");
        assertThat(html)
                .contains("李艳(联络员)", "单位联络员", "id=\"current-campaign\"", scene.campaignName)
                .contains("href=\"/campaigns/" + scene.campaign + "/units/" + scene.unit + "/self-assessment\"");

        String progress = page(scene.user(Role.ADMIN, "工委管理员"), "/campaigns/" + scene.campaign + "/progress");
        assertThat(progress)
                .contains("工委管理员", ">管理员<", "<title>自评进度</title>")
                .containsPattern("breadcrumb-item active\">\\s*<span>自评进度</span>");

        assertThat(page(scene.user(Role.AUDITOR, "审计员"), "/audit/overview"))
                .contains("审计员")
                .doesNotContain("id=\"current-campaign\"");
    }

    @Test
    void aSessionThatStillOwesANewPasswordGetsNoMenu() {
        CurrentUser otp = SecurityFixtures.withOneTimePassword(Role.ADMIN, null);
        assertThat(mvc.get().uri("/account/password").with(user(otp)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("side-menu")
                .contains("退出");
    }
}
