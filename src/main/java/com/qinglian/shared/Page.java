package com.qinglian.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * One page of a list, with the count of every row that matches and the query that made it.
 *
 * @param query its page number is within the pages that exist
 */
public record Page<T>(List<T> rows, long total, ListQuery query) {

    public Page {
        rows = List.copyOf(rows);
    }

    /**
     * A page of a list computed in memory: sorted by the query's key (nulls last), then cut out. The
     * caller filters first; the sort is stable, so equal rows keep the caller's order.
     */
    public static <T> Page<T> of(List<T> all, ListQuery query, SortKeys<Comparator<T>> keys) {
        ListQuery within = query.within(all.size());
        List<T> sorted = new ArrayList<>(all);
        Comparator<T> order = keys.by(within);
        sorted.sort(within.descending() ? order.reversed() : order);
        int from = (int) Math.min(within.offset(), sorted.size());
        int to = Math.min(from + within.size(), sorted.size());
        return new Page<>(sorted.subList(from, to), all.size(), within);
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(rows.stream().map(mapping).toList(), total, query);
    }

    public int number() {
        return query.page();
    }

    public int pages() {
        return (int) Math.max(1, (total + query.size() - 1) / query.size());
    }

    public boolean hasPrevious() {
        return number() > 1;
    }

    public boolean hasNext() {
        return number() < pages();
    }

    /** Page numbers to offer around the current one (at most seven). */
    public List<Integer> nearby() {
        int first = Math.max(1, Math.min(number() - 3, pages() - 6));
        int last = Math.min(pages(), first + 6);
        return IntStream.rangeClosed(first, last).boxed().toList();
    }
}
