package com.qinglian.campaign;

import java.time.LocalDate;

/**
 * The publicity window (公示期): units read their results and may appeal from {@code start} to {@code end}, both
 * inclusive.
 *
 * @param publicNotice whether the campaign's public notice page (no sign-in) is on
 */
public record PublicityWindow(LocalDate start, LocalDate end, boolean publicNotice) {

    public boolean isOpen(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
