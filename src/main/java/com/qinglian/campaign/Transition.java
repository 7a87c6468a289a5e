package com.qinglian.campaign;

import java.time.Instant;

/** One status move of a campaign, with who made it and why. */
public record Transition(CampaignStatus from, CampaignStatus to, String actor, String reason, Instant at) {}
