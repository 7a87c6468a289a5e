package com.qinglian.campaign;

/** Published in the transaction of a campaign's status step, after it is stored and audited. */
public record CampaignStatusChanged(String campaignCode, CampaignStatus from, CampaignStatus to) {}
