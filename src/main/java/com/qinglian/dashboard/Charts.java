package com.qinglian.dashboard;

import com.qinglian.dashboard.internal.DashboardQueries.Count;
import com.qinglian.unit.UnitType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** Builds chart tables in the reader's language: titles, units and headers from the message files. */
final class Charts {

    private final MessageSource messages;
    private final Locale locale;

    Charts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A unit type's name from its code in either case (unit rows say AGENCY, result rows agency). */
    String type(String code) {
        return text("unit.type." + code.toUpperCase(Locale.ROOT));
    }

    /** A category column, then one column per unit type. */
    List<String> typeHeaders(String categoryKey) {
        List<String> headers = new ArrayList<>(List.of(text(categoryKey)));
        for (UnitType type : UnitType.values()) {
            headers.add(type(type.name()));
        }
        return headers;
    }

    ChartTable table(
            String id,
            ChartKind kind,
            String unitKey,
            List<String> headers,
            List<List<Object>> rows,
            int plotted,
            List<String> links) {
        return new ChartTable(id, kind, text("dashboard.chart." + id), text(unitKey), headers, rows, plotted, links);
    }

    /** The count for a unit type (either case) and key; 0 when there is none. */
    static long sum(List<Count> counts, String type, String key) {
        return counts.stream()
                .filter(c -> c.unitType().equalsIgnoreCase(type) && c.key().equals(key))
                .mapToLong(Count::count)
                .sum();
    }

    /** Two decimals at most, without trailing zeros (96.5, not 96.50). */
    static BigDecimal round(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }
}
