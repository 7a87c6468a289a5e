package com.qinglian.results.report;

import com.qinglian.results.UnitOutcome;
import com.qinglian.rubric.RubricNode;
import java.util.List;
import java.util.function.Consumer;

/** Where the report writers get their rows: outcomes with node scores, a batch at a time. */
interface UnitRows {

    /** The outcomes in the given order, with the scores of the given nodes, handed over a batch at a time. */
    void rows(List<UnitOutcome> outcomes, List<RubricNode> columns, Consumer<List<RankingRow>> batch);
}
