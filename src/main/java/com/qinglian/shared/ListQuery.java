package com.qinglian.shared;

/**
 * What a list page asks for: a search text, a sort key, a direction, a page number and a page size. Made
 * only through {@link #of}, which never refuses: an unknown sort key falls back to the list's default, a
 * page below 1 becomes 1, a size outside 1 to {@value #MAX_SIZE} becomes {@value #DEFAULT_SIZE}, a search
 * text is cut to {@value #MAX_TEXT} characters. A page past the end is clamped by {@link #within(long)}.
 *
 * @param q the search text, stripped; null when there is none
 * @param page counted from 1
 */
public record ListQuery(String q, String sort, boolean descending, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    static final int MAX_TEXT = 100;

    public ListQuery {
        q = searchText(q);
        page = Math.max(1, page);
        size = size < 1 || size > MAX_SIZE ? DEFAULT_SIZE : size;
    }

    /**
     * A search text as typed, made safe to compare: control characters dropped (PostgreSQL refuses NUL even
     * in a comparison), stripped, cut to {@value #MAX_TEXT} characters; null when nothing is left.
     */
    public static String searchText(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.replaceAll("\\p{Cntrl}", "").strip();
        if (text.isEmpty()) {
            return null;
        }
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    /** A query from request parameters as they came, read leniently against the list's keys. */
    public static ListQuery of(String q, String sort, String dir, String page, String size, SortKeys<?> keys) {
        boolean known = keys.offers(sort);
        boolean descending = known ? "desc".equalsIgnoreCase(dir) : keys.defaultDescending();
        return new ListQuery(
                q, known ? sort : keys.defaultKey(), descending, number(page, 1), number(size, DEFAULT_SIZE));
    }

    /** The first page of a list, sorted by its default, for code that wants everything that matches. */
    public static ListQuery first(SortKeys<?> keys) {
        return of(null, null, null, null, null, keys);
    }

    /** The same query with its page moved onto the last page that exists for {@code total} rows. */
    public ListQuery within(long total) {
        long pages = Math.max(1, (total + size - 1) / size);
        return new ListQuery(q, sort, descending, (int) Math.min(page, pages), size);
    }

    /** The same query with another search text. */
    public ListQuery withText(String text) {
        return new ListQuery(text, sort, descending, page, size);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    /** The search text as a LIKE pattern with its wildcards escaped (ESCAPE '\'); null when there is none. */
    public String likePattern() {
        if (q == null) {
            return null;
        }
        return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Whether the search text occurs in any of the values, ignoring case; true when there is no text. */
    public boolean matches(String... values) {
        if (q == null) {
            return true;
        }
        String wanted = q.toLowerCase(java.util.Locale.ROOT);
        for (String value : values) {
            if (value != null && value.toLowerCase(java.util.Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** A page number as a request sent it: 1 when it is missing, not a number or below 1. */
    public static int pageNumber(String typed) {
        return Math.max(1, number(typed, 1));
    }

    /** A whole number as typed; a number too long for an int counts as very large (or very small). */
    private static int number(String text, int fallback) {
        String digits = text == null ? "" : text.strip();
        if (!digits.matches("-?\\d{1,30}")) {
            return fallback;
        }
        if (digits.length() > 9) {
            return digits.startsWith("-") ? 0 : Integer.MAX_VALUE;
        }
        return Integer.parseInt(digits);
    }
}
