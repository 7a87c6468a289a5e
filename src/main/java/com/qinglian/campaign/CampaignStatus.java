package com.qinglian.campaign;

import java.util.Optional;

/** The yearly process: 草稿 → 自评中 → 评审中 → 公示中 → 已归档. */
public enum CampaignStatus {
    DRAFT,
    SELF_ASSESSMENT,
    REVIEW,
    PUBLICITY,
    FINALIZED;

    public Optional<CampaignStatus> next() {
        return this == FINALIZED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** One step back; nothing leaves {@link #FINALIZED}, and nothing is before {@link #DRAFT}. */
    public Optional<CampaignStatus> previous() {
        return this == DRAFT || this == FINALIZED ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    public boolean canMoveTo(CampaignStatus target) {
        return next().filter(target::equals).isPresent()
                || previous().filter(target::equals).isPresent();
    }
}
