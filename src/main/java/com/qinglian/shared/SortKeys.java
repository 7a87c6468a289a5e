package com.qinglian.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sort keys one list offers, each with what it sorts by: an SQL expression for lists read with SQL, a
 * comparator for lists computed in memory. Only these keys ever reach an ORDER BY; anything else a request
 * sends falls back to the default key.
 *
 * @param <S> what a key sorts by
 */
public final class SortKeys<S> {

    private final Map<String, S> byKey;
    private final String defaultKey;
    private final boolean defaultDescending;

    private SortKeys(Map<String, S> byKey, String defaultKey, boolean defaultDescending) {
        if (!byKey.containsKey(defaultKey)) {
            throw new IllegalArgumentException("default sort key " + defaultKey + " is not among " + byKey.keySet());
        }
        this.byKey = Map.copyOf(byKey);
        this.defaultKey = defaultKey;
        this.defaultDescending = defaultDescending;
    }

    /** Keys in the order given; the first is the default, ascending. */
    public static <S> SortKeys<S> of(String key, S by) {
        return new SortKeys<>(Map.of(key, by), key, false);
    }

    /** Another key; the default stays. */
    public SortKeys<S> and(String key, S by) {
        Map<String, S> more = new LinkedHashMap<>(byKey);
        more.put(key, by);
        return new SortKeys<>(more, defaultKey, defaultDescending);
    }

    /** The same keys with the default key sorted descending (newest first, highest first). */
    public SortKeys<S> descendingByDefault() {
        return new SortKeys<>(byKey, defaultKey, true);
    }

    public boolean offers(String key) {
        return key != null && byKey.containsKey(key);
    }

    public String defaultKey() {
        return defaultKey;
    }

    public boolean defaultDescending() {
        return defaultDescending;
    }

    /** What the query's key sorts by; the default key's when the query names no offered key. */
    public S by(ListQuery query) {
        return Optional.ofNullable(byKey.get(query.sort())).orElse(byKey.get(defaultKey));
    }

    /**
     * An ORDER BY clause (without the words ORDER BY) from the whitelisted expression, the direction and a
     * tiebreak that makes the order total, so that pages neither repeat nor skip rows.
     */
    public String orderBy(ListQuery query, String tiebreak) {
        String expression = String.valueOf(by(query));
        return expression + (query.descending() ? " DESC" : " ASC") + ", " + tiebreak;
    }
}
