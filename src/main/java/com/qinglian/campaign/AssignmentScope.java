package com.qinglian.campaign;

import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.unit.UnitType;
import java.util.Collection;
import java.util.List;

/**
 * Which participants one assignment request takes in: the rows ticked on the campaign page, every agency,
 * every station, or every participant. Whatever the scope, the evaluator is assigned in one request.
 */
public enum AssignmentScope {
    SELECTED,
    AGENCIES,
    STATIONS,
    ALL;

    /**
     * The unit codes in this scope: the ticked ones as sent (so that a code that is no participant is refused
     * by name when assigned), or the participants of the type, or all. Refused with a message when the scope
     * takes in no unit: nothing ticked, or no participant of that type.
     */
    public List<String> choose(List<Participant> participants, Collection<String> ticked) {
        List<String> chosen = this == SELECTED
                ? (ticked == null
                        ? List.<String>of()
                        : ticked.stream().distinct().toList())
                : participants.stream()
                        .filter(this::takesIn)
                        .map(Participant::code)
                        .toList();
        if (chosen.isEmpty()) {
            String key = this == SELECTED ? "campaign.error.noUnitsChosen" : "campaign.error.noneInScope." + this;
            throw new InputRejectedException(List.of(InputProblem.of(0, "units", key)));
        }
        return chosen;
    }

    private boolean takesIn(Participant unit) {
        return switch (this) {
            case SELECTED -> false;
            case AGENCIES -> unit.type() == UnitType.AGENCY;
            case STATIONS -> unit.type() == UnitType.STATION;
            case ALL -> true;
        };
    }
}
