package com.qinglian.campaign;

import java.util.List;

/**
 * A check other modules contribute before a campaign changes status (e.g. results: no publicity while a unit is
 * incomplete). Implementations read only; {@link Campaigns#move} refuses the move on a blocking issue, and on an
 * overridable one unless the organiser gives a reason.
 */
public interface TransitionGuard {

    List<TransitionIssue> check(Campaign campaign, CampaignStatus target);
}
