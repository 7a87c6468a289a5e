package com.qinglian.campaign;

import com.qinglian.unit.UnitType;
import java.util.List;

/**
 * A unit taking part in a campaign, as the campaign page lists it: with the evaluators assigned to it.
 *
 * @param assignments empty when the participant is read only to choose an assignment's scope
 */
public record Participant(String code, String name, UnitType type, List<Assignment> assignments) {

    public Participant {
        assignments = List.copyOf(assignments);
    }
}
