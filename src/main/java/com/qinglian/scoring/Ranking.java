package com.qinglian.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Competition ranking (1, 1, 3) overall and within each unit type; ties listed by unit code. */
final class Ranking {

    private static final Comparator<UnitResult> BEST_FIRST = Comparator.comparing(
                    UnitResult::rankingTotal, Comparator.reverseOrder())
            .thenComparing(r -> r.unit().code());

    private Ranking() {}

    static List<UnitResult> rank(List<UnitResult> results) {
        List<UnitResult> sorted = new ArrayList<>(results);
        sorted.sort(BEST_FIRST);
        Map<String, Place> byType = new HashMap<>();
        Place overall = new Place();
        List<UnitResult> ranked = new ArrayList<>(sorted.size());
        for (UnitResult result : sorted) {
            int rank = overall.next(result.rankingTotal());
            int rankInType = byType.computeIfAbsent(result.unit().type(), t -> new Place())
                    .next(result.rankingTotal());
            ranked.add(result.ranked(rank, rankInType));
        }
        return ranked;
    }

    /** Walks totals best first: equal totals share a rank, the next total's rank counts everyone above it. */
    private static final class Place {
        private int seen;
        private int rank;
        private BigDecimal last;

        int next(BigDecimal total) {
            seen++;
            if (last == null || total.compareTo(last) != 0) {
                rank = seen;
                last = total;
            }
            return rank;
        }
    }
}
