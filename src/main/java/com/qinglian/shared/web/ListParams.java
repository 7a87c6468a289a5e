package com.qinglian.shared.web;

import com.qinglian.shared.ListQuery;
import com.qinglian.shared.SortKeys;

/**
 * The list parameters of a request as text ({@code q}, {@code sort}, {@code dir}, {@code page}, {@code size}),
 * bound without conversion so that no value can fail the binding; {@link #query} reads them leniently.
 */
public record ListParams(String q, String sort, String dir, String page, String size) {

    public ListQuery query(SortKeys<?> keys) {
        return ListQuery.of(q, sort, dir, page, size, keys);
    }
}
