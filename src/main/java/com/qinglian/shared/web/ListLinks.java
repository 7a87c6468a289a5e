package com.qinglian.shared.web;

import com.qinglian.shared.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
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
        StringJoiner query = new StringJoiner("&", request.getRequestURI() + "?", "");
        listParameters(request).forEach((name, values) -> {
            if (!replaced.containsKey(name) && !dropped.contains(name) && !"_csrf".equals(name)) {
                values.forEach(value -> query.add(encode(name) + "=" + encode(value)));
            }
        });
        replaced.forEach((name, value) -> query.add(name + "=" + encode(value)));
        return query.toString();
    }

    /**
     * The parameters a list link keeps: all of a GET; of a form post answered with a list page (a refused
     * form), only those of its address, so that what was typed into the form never lands in a link.
     */
    private static Map<String, List<String>> listParameters(HttpServletRequest request) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        if ("GET".equals(request.getMethod())) {
            request.getParameterMap().forEach((name, values) -> kept.put(name, List.of(values)));
            return kept;
        }
        String query = request.getQueryString();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name != null && !name.isEmpty() && value != null) {
                kept.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return kept;
    }

    /** A query string part decoded; null when it is malformed (a stray %), so that it is left out. */
    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String encode(String text) {
        // a plus sign would come back as a space
        return UriUtils.encodeQueryParam(text, StandardCharsets.UTF_8).replace("+", "%2B");
    }
}
