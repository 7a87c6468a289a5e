package com.qinglian.campaign;

import com.qinglian.campaign.internal.CampaignRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in a campaign, asked about one unit or one evaluator at a time: a page about one unit looks up
 * that unit, never the province's tens of thousands of participants and assignments.
 */
@Service
public class CampaignMembership {

    private final CampaignRepository repository;

    CampaignMembership(CampaignRepository repository) {
        this.repository = repository;
    }

    /** Whether the unit is one of the campaign's participants. */
    @Transactional(readOnly = true)
    public boolean takesPart(String campaignCode, String unitCode) {
        return unitCode != null && repository.takesPart(campaignCode, unitCode);
    }

    /** Whether the evaluator is assigned to the unit in the campaign, for any part of the rubric. */
    @Transactional(readOnly = true)
    public boolean isAssigned(String campaignCode, String unitCode, String evaluator) {
        return repository.isAssignedIn(evaluator, campaignCode, unitCode);
    }

    /** Whether the evaluator is assigned to any unit of the campaign. */
    @Transactional(readOnly = true)
    public boolean evaluatesIn(String campaignCode, String evaluator) {
        return repository.evaluatesIn(campaignCode, evaluator);
    }
}
