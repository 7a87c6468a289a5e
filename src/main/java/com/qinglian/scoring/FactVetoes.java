package com.qinglian.scoring;

import com.qinglian.rubric.FactRule;
import com.qinglian.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The vetoes a rubric prints on facts ("发生重大安全事故的,实行一票否决"), as vetoes the campaign's join. */
final class FactVetoes {

    private FactVetoes() {}

    /** One veto per yes/no fact with a veto, named after the fact and keyed by its code in the condition. */
    static List<Veto> of(Rubric rubric) {
        List<Veto> out = new ArrayList<>();
        for (FactRule fact : rubric.terms().facts()) {
            if (fact.veto() == null) {
                continue;
            }
            Veto.Effect effect = switch (fact.veto().effect()) {
                case ZERO_TOTAL -> Veto.Effect.ZERO_TOTAL;
                case CAP_GRADE -> Veto.Effect.CAP_GRADE;
                case SET_GRADE -> Veto.Effect.SET_GRADE;
            };
            out.add(new Veto(
                    fact.title(),
                    Veto.Condition.onAnyCaseOf(fact.code()),
                    effect,
                    fact.veto().grade()));
        }
        return List.copyOf(out);
    }

    /** The fact vetoes whose fact the unit has recorded as yes. */
    static List<Veto> holding(List<Veto> vetoes, Map<String, FactInput> facts) {
        if (vetoes.isEmpty() || facts.isEmpty()) {
            return List.of();
        }
        List<Veto> out = new ArrayList<>(1);
        for (Veto veto : vetoes) {
            FactInput fact = facts.get(veto.when().anyCaseOf().iterator().next());
            if (fact != null && fact.isYes()) {
                out.add(veto);
            }
        }
        return out;
    }
}
