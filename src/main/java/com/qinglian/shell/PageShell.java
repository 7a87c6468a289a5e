package com.qinglian.shell;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignMembership;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.SecondFactorAuthentication;
import com.qinglian.security.UnitAccess;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the layout shows around a page, asked for by the layout as {@code @shell}: who is signed in and in
 * which role, the current campaign, the side menu and the breadcrumbs. Worked out once per request.
 */
@Component("shell")
public class PageShell {

    private static final String CACHE = PageShell.class.getName();
    private static final Pattern CAMPAIGN_PATH = Pattern.compile("^/campaigns/([^/]+)(/.*)?$");
    private static final List<CampaignStatus> UNDER_WAY =
            List.of(CampaignStatus.SELF_ASSESSMENT, CampaignStatus.REVIEW, CampaignStatus.PUBLICITY);

    private final Campaigns campaigns;
    private final CampaignMembership membership;

    PageShell(Campaigns campaigns, CampaignMembership membership) {
        this.campaigns = campaigns;
        this.membership = membership;
    }

    /** The frame of one request. */
    public record Frame(
            CurrentUser user, CurrentCampaign campaign, List<MenuGroup> menu, List<Crumb> crumbs, boolean entryPage) {

        /** Signed in with every factor and a valid password: the menu leads somewhere. */
        public boolean signedIn() {
            return user != null;
        }

        public String roleKey() {
            return user == null ? null : "role." + user.role();
        }

        /** The page is deeper than its menu entry: the last crumb is the page's own heading. */
        public boolean deeper() {
            return !entryPage;
        }
    }

    public Frame frame() {
        HttpServletRequest request = request();
        if (request != null && request.getAttribute(CACHE) instanceof Frame cached) {
            return cached;
        }
        Frame frame = build(request);
        if (request != null) {
            request.setAttribute(CACHE, frame);
        }
        return frame;
    }

    private Frame build(HttpServletRequest request) {
        CurrentUser user = fullySignedIn();
        boolean error = request == null || request.getDispatcherType() == DispatcherType.ERROR;
        String path = error ? null : pathOf(request);
        if (user == null) {
            List<MenuGroup> menu = Menus.markActive(Menus.anonymous(), path);
            return new Frame(null, null, menu, crumbs(menu, path), isEntry(menu, path));
        }
        CurrentCampaign campaign = currentCampaign(user, path);
        List<MenuGroup> menu = Menus.markActive(Menus.of(user.role(), user.unitCode(), campaign), path);
        return new Frame(user, campaign, menu, crumbs(menu, path), isEntry(menu, path));
    }

    /** 首页 › group › entry: the page's own heading follows when it lies below its entry. */
    static List<Crumb> crumbs(List<MenuGroup> menu, String path) {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb("shell.crumb.home", null, "/".equals(path) ? null : "/"));
        for (MenuGroup group : menu) {
            for (MenuLink link : group.links()) {
                if (link.active() && !"/".equals(path)) {
                    String groupHref = group.href() == null || group.href().equals(path) ? null : group.href();
                    crumbs.add(new Crumb(group.key(), group.arg(), groupHref));
                    crumbs.add(new Crumb(link.key(), null, link.href().equals(path) ? null : link.href()));
                }
            }
        }
        return crumbs;
    }

    private static boolean isEntry(List<MenuGroup> menu, String path) {
        return menu.stream()
                .flatMap(g -> g.links().stream())
                .anyMatch(l -> l.active() && l.href().equals(path));
    }

    private CurrentCampaign currentCampaign(CurrentUser user, String path) {
        Predicate<Campaign> visible = visibleTo(user);
        Optional<Campaign> chosen = Optional.empty();
        Matcher m = path == null ? null : CAMPAIGN_PATH.matcher(path);
        if (m != null && m.matches() && !"new".equals(m.group(1))) {
            chosen = campaigns.find(m.group(1)).filter(visible);
        }
        if (chosen.isEmpty()) {
            List<Campaign> seen = campaigns.list().stream().filter(visible).toList(); // newest year first
            chosen = seen.stream()
                    .filter(c -> UNDER_WAY.contains(c.status()))
                    .findFirst()
                    .or(() -> seen.stream().findFirst());
        }
        return chosen.map(c -> new CurrentCampaign(c.code(), c.name(), c.status(), link(user, c)))
                .orElse(null);
    }

    /** Which campaigns a role may see by name: its own unit's for a reporter, its assignments' for an evaluator. */
    private Predicate<Campaign> visibleTo(CurrentUser user) {
        return switch (user.role()) {
            case ADMIN -> c -> true;
            case LEADER -> c -> c.status() != CampaignStatus.DRAFT;
            case UNIT_REPORTER -> {
                List<String> opened = campaigns.openedFor(user.unitCode()).stream()
                        .map(Campaign::code)
                        .toList();
                yield c -> opened.contains(c.code());
            }
            case EVALUATOR ->
                c -> c.status() != CampaignStatus.DRAFT && membership.evaluatesIn(c.code(), user.getUsername());
            case AUDITOR -> c -> false;
        };
    }

    private static String link(CurrentUser user, Campaign c) {
        return switch (user.role()) {
            case ADMIN, LEADER -> "/campaigns/" + c.code();
            case UNIT_REPORTER -> "/campaigns/" + c.code() + "/units/" + user.unitCode() + "/self-assessment";
            case EVALUATOR -> "/";
            case AUDITOR -> null;
        };
    }

    /**
     * The signed-in user, unless the session still owes a second factor or a new password: then every link
     * leads to that form, so the frame offers none.
     */
    private static CurrentUser fullySignedIn() {
        CurrentUser user = UnitAccess.current();
        if (user == null || user.mustChangePassword()) {
            return null;
        }
        if (user.needsSecondFactor()
                && !SecondFactorAuthentication.passed(
                        SecurityContextHolder.getContext().getAuthentication())) {
            return null;
        }
        return user;
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    private static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String path = uri.substring(request.getContextPath().length());
        return path.isEmpty() ? "/" : path;
    }
}
