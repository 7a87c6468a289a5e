package com.qinglian.scoring;

import com.qinglian.rubric.FactRule;
import com.qinglian.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The vetoes a rubric prints on facts ("发生重大安全事故的,实行一票否决"), joined to the campaign's vetoes. */
final class FactVetoes {

    /** A veto and the yes/no fact that triggers it. */
    record FactVeto(String factCode, Veto veto) {}

    private FactVetoes() {}

    /** One veto per yes/no fact with a veto, named after the fact. */
    static List<FactVeto> of(Rubric rubric) {
        List<FactVeto> out = new ArrayList<>();
        for (FactRule fact : rubric.terms().facts()) {
            if (fact.veto() == null) {
                continue;
            }
            Veto.Effect effect = switch (fact.veto().effect()) {
                case ZERO_TOTAL -> Veto.Effect.ZERO_TOTAL;
                case CAP_GRADE -> Veto.Effect.CAP_GRADE;
                case SET_GRADE -> Veto.Effect.SET_GRADE;
            };
            // the condition is the recorded fact, judged below; the veto's own condition is never read
            Veto veto = new Veto(
                    fact.title(),
                    Veto.Condition.onAnyCaseOf(),
                    effect,
                    fact.veto().grade());
            out.add(new FactVeto(fact.code(), veto));
        }
        return List.copyOf(out);
    }

    /** The fact vetoes whose fact the unit has recorded as yes. */
    static List<Veto> holding(List<FactVeto> vetoes, Map<String, FactInput> facts) {
        if (vetoes.isEmpty() || facts.isEmpty()) {
            return List.of();
        }
        List<Veto> out = new ArrayList<>(1);
        for (FactVeto candidate : vetoes) {
            FactInput fact = facts.get(candidate.factCode());
            if (fact != null && fact.isYes()) {
                out.add(candidate.veto());
            }
        }
        return out;
    }
}
