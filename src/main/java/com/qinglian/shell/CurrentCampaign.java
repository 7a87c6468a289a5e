package com.qinglian.shell;

import com.qinglian.campaign.CampaignStatus;

/**
 * The campaign the top bar shows: the one in the address, or else the newest one under way for this user.
 *
 * @param href where its name leads for this role, or null when the role has no page for it
 */
public record CurrentCampaign(String code, String name, CampaignStatus status, String href) {}
