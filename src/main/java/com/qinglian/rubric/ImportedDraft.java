package com.qinglian.rubric;

import java.util.List;
import java.util.Map;

/**
 * A rubric read from published text or a Word table, before anyone checked it: the draft tree, the source lines
 * it was read from, where each node came from, and the doubts the importer listed instead of deciding.
 *
 * @param rubric the draft; it may not be valid yet (totals that do not add up are kept as printed)
 * @param origin {@link RubricOrigin#TEXT} or {@link RubricOrigin#WORD}
 * @param sourceLines the source text, one entry per line (line n is entry n−1)
 * @param sources for each node and rule code, the lines it was read from
 * @param doubts what the organiser must settle before publishing, in source order
 */
public record ImportedDraft(
        Rubric rubric,
        RubricOrigin origin,
        List<String> sourceLines,
        Map<String, LineRange> sources,
        List<RubricDoubt> doubts) {

    public ImportedDraft {
        sourceLines = List.copyOf(sourceLines);
        sources = Map.copyOf(sources);
        doubts = List.copyOf(doubts);
    }

    public boolean hasOpenDoubts() {
        return doubts.stream().anyMatch(d -> !d.isSettled());
    }
}
