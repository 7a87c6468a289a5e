package com.qinglian.rubric;

import java.util.List;
import java.util.Map;

/**
 * What an organiser checks a draft read from Word or copied text against: the source lines, where each node and
 * rule came from, and the doubts the importer listed. Drafts imported from YAML or Excel have none.
 *
 * @param sourceLines the source text, line n is entry n−1
 * @param sources the lines each node and rule code was read from
 * @param doubts the doubts in source order, numbered from 1
 */
public record DraftReview(List<String> sourceLines, Map<String, LineRange> sources, List<DraftDoubt> doubts) {

    public DraftReview {
        sourceLines = List.copyOf(sourceLines);
        sources = Map.copyOf(sources);
        doubts = List.copyOf(doubts);
    }

    public long openDoubts() {
        return doubts.stream().filter(d -> !d.isSettled()).count();
    }

    /** The lines a node or rule was read from, or null when the reader did not record any. */
    public LineRange linesOf(String code) {
        return sources.get(code);
    }
}
