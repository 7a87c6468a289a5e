package com.qinglian.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.campaign.CampaignStatus;
import com.qinglian.security.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The side menu per role, which entry a path belongs to, and the breadcrumbs built from it. */
class MenusTest {

    private static final CurrentCampaign UNDER_WAY =
            new CurrentCampaign("c26", "2026 年度考评", CampaignStatus.SELF_ASSESSMENT, "/campaigns/c26");

    private static List<String> hrefs(List<MenuGroup> groups) {
        return groups.stream()
                .flatMap(g -> g.links().stream())
                .map(MenuLink::href)
                .toList();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleHasAMenuWithoutDuplicatesAndItsAccountAndRubrics(Role role) {
        List<String> hrefs = hrefs(Menus.of(role, "A01", UNDER_WAY));
        assertThat(hrefs).doesNotHaveDuplicates().contains("/rubrics", "/account", "/notifications");
    }

    @Test
    void eachRoleSeesOnlyItsOwnTasks() {
        assertThat(hrefs(Menus.of(Role.AUDITOR, null, null)))
                .contains("/audit", "/audit/overview")
                .noneMatch(h -> h.startsWith("/campaigns") || h.startsWith("/units") || h.startsWith("/users"));
        assertThat(hrefs(Menus.of(Role.LEADER, null, UNDER_WAY)))
                .contains("/dashboard", "/campaigns/c26/results")
                .doesNotContain("/users", "/campaigns/c26/ledger", "/campaigns/c26/reminders", "/evaluations");
        assertThat(hrefs(Menus.of(Role.EVALUATOR, null, UNDER_WAY)))
                .contains("/", "/evaluations", "/appeals")
                .noneMatch(h -> h.startsWith("/campaigns") || h.startsWith("/users") || h.startsWith("/dashboard"));
        assertThat(hrefs(Menus.of(Role.UNIT_REPORTER, "A01", UNDER_WAY)))
                .contains("/units/A01", "/campaigns/c26/units/A01/self-assessment")
                .doesNotContain("/units", "/campaigns", "/campaigns/c26/units/A01/result");
        assertThat(hrefs(Menus.of(Role.ADMIN, null, UNDER_WAY)))
                .contains("/users", "/units", "/campaigns/c26/ledger", "/notifications/deliveries");
    }

    @Test
    void theCampaignGroupAppearsOnlyWithACampaignAndAReporterSeesResultsOncePublished() {
        assertThat(Menus.of(Role.ADMIN, null, null)).noneMatch(g -> g.key().equals("shell.group.campaign"));
        CurrentCampaign published = new CurrentCampaign(
                "c25", "2025", CampaignStatus.PUBLICITY, "/campaigns/c25/units/A01/self-assessment");
        assertThat(hrefs(Menus.of(Role.UNIT_REPORTER, "A01", published))).contains("/campaigns/c25/units/A01/result");
    }

    @Test
    void aPathBelongsToTheEntryWithTheLongestWholeSegmentPrefix() {
        List<MenuGroup> menu = Menus.of(Role.ADMIN, null, UNDER_WAY);
        assertThat(active(Menus.markActive(menu, "/campaigns/c26/progress/export")))
                .containsExactly("/campaigns/c26/progress");
        assertThat(active(Menus.markActive(menu, "/campaigns/c26/units/A01/self-assessment")))
                .containsExactly("/campaigns/c26");
        assertThat(active(Menus.markActive(menu, "/campaigns/new"))).containsExactly("/campaigns");
        assertThat(active(Menus.markActive(menu, "/"))).containsExactly("/");
        assertThat(active(Menus.markActive(menu, "/usersx"))).isEmpty();
        assertThat(active(Menus.markActive(menu, null))).isEmpty();
        List<MenuGroup> evaluator = Menus.of(Role.EVALUATOR, null, UNDER_WAY);
        assertThat(active(Menus.markActive(evaluator, "/campaigns/c26/units/A01/scoring")))
                .as("a scoring sheet belongs to the evaluator's work")
                .containsExactly("/");
        assertThat(active(Menus.markActive(evaluator, "/campaigns/c26/scoring-sheet/upload")))
                .containsExactly("/evaluations");
    }

    @Test
    void breadcrumbsLeadFromHomeThroughTheGroupToTheEntry() {
        List<MenuGroup> menu = Menus.markActive(Menus.of(Role.ADMIN, null, UNDER_WAY), "/campaigns/c26/progress");
        assertThat(PageShell.crumbs(menu, "/campaigns/c26/progress"))
                .containsExactly(
                        new Crumb("shell.crumb.home", null, "/"),
                        new Crumb("shell.group.campaign", "2026 年度考评", "/campaigns/c26"),
                        new Crumb("shell.menu.progress", null, null));
        List<MenuGroup> deeper = Menus.markActive(Menus.of(Role.ADMIN, null, null), "/units/A01/edit");
        assertThat(PageShell.crumbs(deeper, "/units/A01/edit"))
                .containsExactly(
                        new Crumb("shell.crumb.home", null, "/"),
                        new Crumb("shell.group.basics", null, null),
                        new Crumb("shell.menu.units", null, "/units"));
        assertThat(PageShell.crumbs(Menus.markActive(menu, "/"), "/"))
                .containsExactly(new Crumb("shell.crumb.home", null, null));
    }

    private static List<String> active(List<MenuGroup> groups) {
        return groups.stream()
                .flatMap(g -> g.links().stream())
                .filter(MenuLink::active)
                .map(MenuLink::href)
                .toList();
    }
}
