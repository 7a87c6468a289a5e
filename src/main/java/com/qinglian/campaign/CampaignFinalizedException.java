package com.qinglian.campaign;

import com.qinglian.shared.ConflictException;

/** A change to a finalized campaign or anything behind its results: always 409, never a page with a message. */
public class CampaignFinalizedException extends ConflictException {

    public CampaignFinalizedException(String campaignCode) {
        super("campaign " + campaignCode + " is finalized");
    }

    @Override
    public boolean shownInPlace() {
        return false;
    }
}
