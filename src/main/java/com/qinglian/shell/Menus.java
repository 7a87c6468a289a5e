package com.qinglian.shell;

import com.qinglian.campaign.CampaignStatus;
import com.qinglian.security.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The side menu of each role, grouped by task. Every entry is a page the role may open under the URL rules
 * of the security configuration (MenusWebTest opens each one as that role): nothing is shown that answers 403.
 */
final class Menus {

    private Menus() {}

    /**
     * The groups for a role; {@code campaign} (may be null) adds the group of pages about the current campaign.
     *
     * @param unitCode the reporter's unit (null for other roles)
     */
    static List<MenuGroup> of(Role role, String unitCode, CurrentCampaign campaign) {
        List<MenuGroup> groups = new ArrayList<>();
        switch (role) {
            case ADMIN -> {
                groups.add(group("shell.group.work", link("shell.menu.home", "/")));
                if (campaign != null) {
                    String c = "/campaigns/" + campaign.code();
                    groups.add(new MenuGroup(
                            "shell.group.campaign",
                            campaign.name(),
                            campaign.href(),
                            List.of(
                                    link("shell.menu.campaignOverview", c),
                                    link("shell.menu.progress", c + "/progress"),
                                    link("shell.menu.reminders", c + "/reminders"),
                                    link("shell.menu.ledger", c + "/ledger"),
                                    link("shell.menu.inspections", c + "/inspections"),
                                    link("shell.menu.surveys", c + "/surveys"),
                                    link("shell.menu.results", c + "/results"),
                                    link("shell.menu.appeals", c + "/appeals"),
                                    link("shell.menu.campaignDashboard", c + "/dashboard"))));
                }
                groups.add(group(
                        "shell.group.organise",
                        link("shell.menu.campaigns", "/campaigns"),
                        link("shell.menu.evaluations", "/evaluations")));
                groups.add(group(
                        "shell.group.analysis",
                        link("shell.menu.dashboard", "/dashboard"),
                        link("shell.menu.years", "/dashboard/years")));
                groups.add(group(
                        "shell.group.basics",
                        link("shell.menu.rubrics", "/rubrics"),
                        link("shell.menu.units", "/units"),
                        link("shell.menu.users", "/users")));
                groups.add(group(
                        "shell.group.messages",
                        link("shell.menu.notifications", "/notifications"),
                        link("shell.menu.deliveries", "/notifications/deliveries"),
                        link("shell.menu.account", "/account")));
            }
            case EVALUATOR -> {
                groups.add(group(
                        "shell.group.scoring",
                        link("shell.menu.myWork", "/", "/campaigns/[^/]+/units/[^/]+/.*"),
                        link("shell.menu.offlineSheets", "/evaluations", "/campaigns/[^/]+/scoring-sheet.*"),
                        link("shell.menu.appealReviews", "/appeals", "/campaigns/[^/]+/appeals/.*")));
                groups.add(group("shell.group.reference", link("shell.menu.rubrics", "/rubrics")));
                groups.add(personal());
            }
            case UNIT_REPORTER -> {
                groups.add(group(
                        "shell.group.unit",
                        link("shell.menu.reporterHome", "/"),
                        link("shell.menu.unitInfo", "/units/" + unitCode)));
                if (campaign != null) {
                    String u = "/campaigns/" + campaign.code() + "/units/" + unitCode;
                    List<MenuLink> links = new ArrayList<>();
                    links.add(link("shell.menu.selfAssessment", u + "/self-assessment"));
                    if (campaign.status() == CampaignStatus.PUBLICITY
                            || campaign.status() == CampaignStatus.FINALIZED) {
                        links.add(link("shell.menu.unitResult", u + "/result"));
                    }
                    groups.add(new MenuGroup("shell.group.campaign", campaign.name(), campaign.href(), links));
                }
                groups.add(group("shell.group.reference", link("shell.menu.rubrics", "/rubrics")));
                groups.add(personal());
            }
            case LEADER -> {
                groups.add(group(
                        "shell.group.analysis",
                        link("shell.menu.dashboard", "/dashboard"),
                        link("shell.menu.years", "/dashboard/years")));
                if (campaign != null) {
                    String c = "/campaigns/" + campaign.code();
                    groups.add(new MenuGroup(
                            "shell.group.campaign",
                            campaign.name(),
                            campaign.href(),
                            List.of(
                                    link("shell.menu.campaignOverview", c),
                                    link("shell.menu.progress", c + "/progress"),
                                    link("shell.menu.results", c + "/results"),
                                    link("shell.menu.appeals", c + "/appeals"),
                                    link("shell.menu.campaignDashboard", c + "/dashboard"))));
                }
                groups.add(group(
                        "shell.group.organise",
                        link("shell.menu.campaigns", "/campaigns"),
                        link("shell.menu.units", "/units"),
                        link("shell.menu.rubrics", "/rubrics")));
                groups.add(personal());
            }
            case AUDITOR -> {
                groups.add(group(
                        "shell.group.audit",
                        link("shell.menu.auditOverview", "/audit/overview"),
                        link("shell.menu.auditLog", "/audit"),
                        link("shell.menu.auditVerify", "/audit/verify")));
                groups.add(group("shell.group.reference", link("shell.menu.rubrics", "/rubrics")));
                groups.add(personal());
            }
        }
        return groups;
    }

    /** The menu for someone not signed in: the published rubrics are public. */
    static List<MenuGroup> anonymous() {
        return List.of(group("shell.group.reference", link("shell.menu.rubrics", "/rubrics")));
    }

    /**
     * Marks the entry the path belongs to: the one whose path is the longest whole-segment prefix of it
     * ({@code /campaigns/x/progress/export} belongs to 自评进度, {@code /campaigns/new} to 年度考评), else the
     * first whose further paths take it in.
     */
    static List<MenuGroup> markActive(List<MenuGroup> groups, String path) {
        String best = null;
        for (MenuGroup group : groups) {
            for (MenuLink link : group.links()) {
                if (covers(link.href(), path) && (best == null || link.href().length() > best.length())) {
                    best = link.href();
                }
            }
        }
        if (best == null) {
            best = groups.stream()
                    .flatMap(g -> g.links().stream())
                    .filter(l -> l.alsoCovers(path))
                    .map(MenuLink::href)
                    .findFirst()
                    .orElse(null);
        }
        String active = best;
        return groups.stream()
                .map(g -> new MenuGroup(
                        g.key(),
                        g.arg(),
                        g.href(),
                        g.links().stream().map(l -> l.activeIf(active)).toList()))
                .toList();
    }

    static boolean covers(String href, String path) {
        if (path == null) {
            return false;
        }
        if (href.equals("/")) {
            return path.equals("/");
        }
        return path.equals(href) || path.startsWith(href + "/");
    }

    private static MenuGroup personal() {
        return group(
                "shell.group.messages",
                link("shell.menu.notifications", "/notifications"),
                link("shell.menu.account", "/account"));
    }

    private static MenuGroup group(String key, MenuLink... links) {
        return new MenuGroup(key, null, null, List.of(links));
    }

    private static MenuLink link(String key, String href) {
        return new MenuLink(key, href, false, null);
    }

    private static MenuLink link(String key, String href, String also) {
        return new MenuLink(key, href, false, also);
    }
}
