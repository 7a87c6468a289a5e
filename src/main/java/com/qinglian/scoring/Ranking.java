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
        return rank(results, false);
    }

    /** With {@code vetoedLast}, units a veto applied to come after every other unit, ranked among themselves. */
    static List<UnitResult> rank(List<UnitResult> results, boolean vetoedLast) {
        List<UnitResult> sorted = new ArrayList<>(results);
        sorted.sort(
                vetoedLast
                        ? Comparator.comparing((UnitResult r) -> !r.vetoes().isEmpty())
                                .thenComparing(BEST_FIRST)
                        : BEST_FIRST);
        Map<String, Place> byType = new HashMap<>();
        Place overall = new Place();
        List<UnitResult> ranked = new ArrayList<>(sorted.size());
        for (UnitResult result : sorted) {
            boolean apart = vetoedLast && !result.vetoes().isEmpty();
            int rank = overall.next(result.rankingTotal(), apart);
            int rankInType = byType.computeIfAbsent(result.unit().type(), t -> new Place())
                    .next(result.rankingTotal(), apart);
            ranked.add(result.ranked(rank, rankInType));
        }
        return ranked;
    }

    /** Walks totals best first: equal totals share a rank, the next total's rank counts everyone above it. */
    private static final class Place {
        private int seen;
        private int rank;
        private BigDecimal last;
        private boolean lastApart;

        /** {@code apart}: a vetoed unit ranked after the others never shares a rank with one that is not. */
        int next(BigDecimal total, boolean apart) {
            seen++;
            if (last == null || total.compareTo(last) != 0 || apart != lastApart) {
                rank = seen;
                last = total;
                lastApart = apart;
            }
            return rank;
        }
    }
}
