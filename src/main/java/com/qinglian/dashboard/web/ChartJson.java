package com.qinglian.dashboard.web;

import com.qinglian.dashboard.ChartTable;
import com.qinglian.shared.JsonText;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart tables as the JSON the page's script reads from a {@code <script type="application/json">} block.
 * Every {@code <} is written as {@code \u003c}, so no text in the data (a unit's name) can close the block.
 */
final class ChartJson {

    private ChartJson() {}

    static String write(List<ChartTable> charts) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < charts.size(); i++) {
            ChartTable c = charts.get(i);
            if (i > 0) {
                out.append(',');
            }
            out.append("{\"id\":").append(JsonText.quote(c.id()));
            out.append(",\"kind\":").append(JsonText.quote(c.kind().name()));
            out.append(",\"title\":").append(JsonText.quote(c.title()));
            out.append(",\"unit\":").append(JsonText.quote(c.unit()));
            out.append(",\"plotted\":").append(c.plotted());
            out.append(",\"headers\":[");
            for (int h = 0; h < c.headers().size(); h++) {
                out.append(h > 0 ? "," : "").append(JsonText.quote(c.headers().get(h)));
            }
            out.append("],\"rows\":[");
            for (int r = 0; r < c.rows().size(); r++) {
                out.append(r > 0 ? ",[" : "[");
                List<Object> row = c.rows().get(r);
                for (int v = 0; v < row.size(); v++) {
                    out.append(v > 0 ? "," : "").append(value(row.get(v)));
                }
                out.append(']');
            }
            out.append("]}");
        }
        return out.append(']').toString().replace("<", "\\u003c");
    }

    private static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return JsonText.quote(value.toString());
    }
}
