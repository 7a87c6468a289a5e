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
}
