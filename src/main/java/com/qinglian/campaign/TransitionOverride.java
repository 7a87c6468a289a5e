package com.qinglian.campaign;

import java.time.Instant;

/** A status move made despite overridable issues, with the organiser's reason: shown on the campaign page. */
public record TransitionOverride(
        CampaignStatus from, CampaignStatus to, String actor, String reason, String overridden, Instant at) {}
