package com.qinglian.scoring;

import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes totals, grades, ranks and explanations for any rubric. Pure and exact: plain records in,
 * plain records out, {@code BigDecimal} throughout; the same inputs always give the same results.
 * The rules are described in {@code docs/scoring.md}.
 */
public final class ScoringEngine {

    private ScoringEngine() {}

    /**
     * Scores every unit.
     *
     * @throws com.qinglian.rubric.RubricInvalidException when the rubric is not valid
     * @throws IllegalArgumentException when a veto names a rule the rubric lacks
     * @throws ScoringException listing every refused input (unknown unit, item or rule; a score off range or off step; …)
     */
    public static ScoringResult score(
            Rubric rubric, List<Unit> units, List<ItemInput> inputs, List<CaseInput> cases, Settings settings) {
        RubricValidator.requireValid(rubric);
        Settings campaign = settings == null ? Settings.defaults() : settings;
        requireKnownRules(rubric, campaign);
        ScoringInputs indexed = ScoringInputs.index(rubric, units, inputs, cases, campaign);
        UnitScorer scorer = new UnitScorer(rubric, campaign);
        List<UnitResult> results = new ArrayList<>(units.size());
        for (int u = 0; u < units.size(); u++) {
            results.add(scorer.score(units.get(u), indexed.values(u), indexed.cases(u)));
        }
        return new ScoringResult(Ranking.rank(results));
    }

    /** A veto naming a rule the rubric lacks would silently never hold: refuse it instead. */
    private static void requireKnownRules(Rubric rubric, Settings settings) {
        for (Veto veto : settings.vetoes()) {
            for (String code : veto.when().anyCaseOf()) {
                if (rubric.negativeList().rule(code).isEmpty()
                        && rubric.bonus().rule(code).isEmpty()) {
                    throw new IllegalArgumentException("veto " + veto.name() + " refers to " + code
                            + ", which is no negative-list or bonus rule of the rubric");
                }
            }
        }
    }
}
