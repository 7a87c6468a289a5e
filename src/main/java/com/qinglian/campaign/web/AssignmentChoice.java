package com.qinglian.campaign.web;

import com.qinglian.campaign.AssignmentScope;
import java.util.List;

/** What the organiser chose in the assignment form, to show again when the request was refused. */
record AssignmentChoice(
        String evaluator, AssignmentScope scope, List<String> unitCodes, String nodeCode, boolean lead) {

    static final AssignmentChoice NONE = new AssignmentChoice(null, AssignmentScope.SELECTED, List.of(), null, false);

    public boolean ticked(String unitCode) {
        return unitCodes.contains(unitCode);
    }
}
