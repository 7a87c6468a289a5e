package com.qinglian.results;

import java.time.Instant;

/**
 * A result run as a page introduces it, without its units: when and by whom it was computed, the digest of its
 * inputs and how many of its units are incomplete (未完成).
 */
public record RunSummary(long id, Instant computedAt, String computedBy, String inputsSha256, long incomplete) {

    public boolean allComplete() {
        return incomplete == 0;
    }
}
