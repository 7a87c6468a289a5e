package com.qinglian.shell;

import java.util.List;

/**
 * A task group of the side menu (考评组织, 基础数据, …).
 *
 * @param key message key of its heading
 * @param arg the heading's argument (the campaign's name for the current campaign's group), or null
 * @param href where the heading leads in the breadcrumbs (the current campaign's page), or null
 */
public record MenuGroup(String key, String arg, String href, List<MenuLink> links) {

    public boolean active() {
        return links.stream().anyMatch(MenuLink::active);
    }
}
