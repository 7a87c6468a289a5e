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
            Rubric rubric, List<ScoredUnit> units, List<ItemInput> inputs, List<CaseInput> cases, Settings settings) {
        return score(rubric, units, inputs, cases, List.of(), settings);
    }

    /**
     * Scores every unit with the facts organisers recorded (for gates and fact vetoes).
     *
     * @throws ScoringException also for a fact the rubric does not declare, a yes/no fact other than 0 or 1, or
     *     two records of one fact for one unit
     */
    public static ScoringResult score(
            Rubric rubric,
            List<ScoredUnit> units,
            List<ItemInput> inputs,
            List<CaseInput> cases,
            List<FactInput> facts,
            Settings settings) {
        RubricValidator.requireValid(rubric);
        Settings campaign = settings == null ? Settings.defaults() : settings;
        requireKnownRules(rubric, campaign);
        ScoringInputs indexed = ScoringInputs.index(rubric, units, inputs, cases, facts, campaign);
        UnitScorer scorer = new UnitScorer(rubric, campaign);
        List<UnitResult> results = new ArrayList<>(units.size());
        for (int u = 0; u < units.size(); u++) {
            results.add(scorer.score(
                    units.get(u), indexed.values(u), indexed.targets(u), indexed.facts(u), indexed.cases(u)));
        }
        return new ScoringResult(Ranking.rank(results, campaign.vetoedLast()));
    }

    /** A veto naming a rule the rubric lacks would silently never hold: refuse it instead. */
    private static void requireKnownRules(Rubric rubric, Settings settings) {
        unknownVetoRules(rubric, settings).stream().findFirst().ifPresent(unknown -> {
            throw new IllegalArgumentException("veto " + unknown.veto() + " refers to " + unknown.ruleCode()
                    + ", which is no negative-list or bonus rule of the rubric");
        });
    }

    /** A veto's rule code that is no negative-list or bonus rule of the rubric. */
    public record UnknownVetoRule(String veto, String ruleCode) {}

    /** The rule codes vetoes name that the rubric lacks; the engine refuses settings with any. */
    public static List<UnknownVetoRule> unknownVetoRules(Rubric rubric, Settings settings) {
        List<UnknownVetoRule> out = new ArrayList<>();
        for (Veto veto : settings.vetoes()) {
            for (String code : veto.when().anyCaseOf().stream().sorted().toList()) {
                if (rubric.caseRule(code).isEmpty()) {
                    out.add(new UnknownVetoRule(veto.name(), code));
                }
            }
        }
        return out;
    }
}
