package com.qinglian.shell;

/**
 * One entry of the side menu.
 *
 * @param key message key of its label
 * @param href path inside the application (the templates add the context path)
 * @param active whether the page shown belongs to this entry
 * @param also a pattern of further paths that belong to it though they lie elsewhere (an evaluator's scoring
 *     sheets belong to 我的评分任务), or null
 */
public record MenuLink(String key, String href, boolean active, String also) {

    MenuLink activeIf(String activeHref) {
        return new MenuLink(key, href, href.equals(activeHref), also);
    }

    boolean alsoCovers(String path) {
        return also != null && path != null && path.matches(also);
    }
}
