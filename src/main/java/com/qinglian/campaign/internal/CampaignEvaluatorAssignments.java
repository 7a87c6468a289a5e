package com.qinglian.campaign.internal;

import com.qinglian.security.EvaluatorAssignments;
import org.springframework.stereotype.Component;

/** Evaluators see the units they are assigned to in a campaign that is still running. */
@Component
class CampaignEvaluatorAssignments implements EvaluatorAssignments {

    private final CampaignRepository campaigns;

    CampaignEvaluatorAssignments(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public boolean isAssigned(String evaluatorUsername, String unitCode) {
        return campaigns.isAssigned(evaluatorUsername, unitCode);
    }

    @Override
    public boolean isAssignedIn(String evaluatorUsername, String campaignCode, String unitCode) {
        return campaigns.isAssignedIn(evaluatorUsername, campaignCode, unitCode);
    }
}
