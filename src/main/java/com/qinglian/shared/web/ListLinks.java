package com.qinglian.shared.web;

import com.qinglian.shared.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Links of a list page that keep every other parameter of the current request (filters, search, size), so
 * that a sorted, filtered page is one bookmarkable URL. Templates call it as {@code @listLinks}.
 */
@Component("listLinks")
public class ListLinks {

    /** The header link of a sort key: ascending first, the other way round when already sorted by it. */
    public String sort(String key, ListQuery current) {
        boolean descending = key.equals(current.sort()) && !current.descending();
        return current(Set.of("page"), "sort", key, "dir", descending ? "desc" : "asc");
    }

    /** The link to another page of the same list. */
    public String page(int number) {
        return current(Set.of(), "page", String.valueOf(number));
    }

    /** The current request's path and parameters, without {@code dropped}, with the name-value {@code pairs} set. */
    private static String current(Set<String> dropped, String... pairs) {
        Map<String, String> replaced = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            replaced.put(pairs[i], pairs[i + 1]);
        }
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!replaced.containsKey(name) && !dropped.contains(name) && !"_csrf".equals(name)) {
                for (String value : values) {
                    link.queryParam(encode(name), encode(value));
                }
            }
        });
        replaced.forEach((name, value) -> link.queryParam(name, encode(value)));
        return link.build(true).toUriString();
    }

    private static String encode(String text) {
        return UriUtils.encodeQueryParam(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
