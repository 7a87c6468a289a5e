package com.qinglian.campaign;

import com.qinglian.shared.NotFoundException;

/** No campaign with that code. */
public class CampaignNotFoundException extends NotFoundException {

    public CampaignNotFoundException(String code) {
        super("no campaign " + code);
    }
}
