package com.qinglian.shell;

/**
 * One entry of the side menu.
 *
 * @param key message key of its label
 * @param href path inside the application (the templates add the context path)
 * @param active whether the page shown belongs to this entry
 */
public record MenuLink(String key, String href, boolean active) {

    MenuLink activeIf(String activeHref) {
        return new MenuLink(key, href, href.equals(activeHref));
    }
}
