package com.qinglian.dashboard;

import java.util.List;

/**
 * One chart and its data table, which are the same data: the page shows the table, the browser draws the
 * chart from it, the Excel export writes it.
 *
 * @param id stable name, used in URLs and element ids
 * @param title localised title
 * @param unit localised unit of the plotted values (分, 个单位, 件, 项)
 * @param headers localised column names; the first is the category
 * @param rows one row per category: a label, then numbers ({@link java.math.BigDecimal} or {@link Long})
 * @param plotted how many numeric columns after the first (or, for radar, after the maximum) are series
 * @param links per row, an optional link to the rows behind it (drill-down), or null
 */
public record ChartTable(
        String id,
        ChartKind kind,
        String title,
        String unit,
        List<String> headers,
        List<List<Object>> rows,
        int plotted,
        List<String> links) {

    public ChartTable {
        headers = List.copyOf(headers);
        rows = rows.stream()
                .map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                .toList();
        links = links == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(links));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public String link(int row) {
        return links == null || row >= links.size() ? null : links.get(row);
    }
}
