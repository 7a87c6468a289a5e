package com.qinglian.campaign;

import com.qinglian.rubric.PlacedItem;

/**
 * An evaluator assigned to a unit in a campaign, for the whole rubric (nodeCode null) or one subtree.
 *
 * @param lead the lead evaluator's score decides when the campaign's rule says so
 */
public record Assignment(long id, String unitCode, String evaluator, String nodeCode, boolean lead) {

    /** Whether the assignment takes in this item: a whole-rubric assignment takes every item. */
    public boolean covers(PlacedItem item) {
        return nodeCode == null || item.isUnder(nodeCode);
    }
}
