package com.qinglian.results.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The two date forms of the product: ISO in tables, 2026年3月1日 in documents. */
final class Dates {

    private static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Dates() {}

    static String iso(Instant instant) {
        return ISO_MINUTES.format(instant.atZone(ZoneId.systemDefault()));
    }

    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
