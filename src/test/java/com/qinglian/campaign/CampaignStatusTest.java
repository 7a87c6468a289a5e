package com.qinglian.campaign;

import static com.qinglian.campaign.CampaignStatus.DRAFT;
import static com.qinglian.campaign.CampaignStatus.FINALIZED;
import static com.qinglian.campaign.CampaignStatus.PUBLICITY;
import static com.qinglian.campaign.CampaignStatus.REVIEW;
import static com.qinglian.campaign.CampaignStatus.SELF_ASSESSMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qinglian.shared.ConflictException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every pair of statuses: exactly one step forward or back is allowed, and nothing after finalization. */
class CampaignStatusTest {

    private static Set<CampaignStatus> allowedFrom(CampaignStatus from) {
        return switch (from) {
            case DRAFT -> EnumSet.of(SELF_ASSESSMENT);
            case SELF_ASSESSMENT -> EnumSet.of(DRAFT, REVIEW);
            case REVIEW -> EnumSet.of(SELF_ASSESSMENT, PUBLICITY);
            case PUBLICITY -> EnumSet.of(REVIEW, FINALIZED);
            case FINALIZED -> EnumSet.noneOf(CampaignStatus.class);
        };
    }

    @ParameterizedTest
    @EnumSource(CampaignStatus.class)
    void allowsExactlyTheNeighbouringSteps(CampaignStatus from) {
        for (CampaignStatus to : CampaignStatus.values()) {
            Campaign campaign = CampaignFixtures.campaignIn(from);
            if (allowedFrom(from).contains(to)) {
                assertThat(campaign.moveTo(to).status()).as(from + " → " + to).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> campaign.moveTo(to))
                        .as(from + " → " + to)
                        .isInstanceOf(ConflictException.class);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = CampaignStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
    void onlyDraftsChangeTheirSettings(CampaignStatus status) {
        Campaign campaign = CampaignFixtures.campaignIn(status);
        assertThatThrownBy(() -> campaign.withDetails(campaign.details())).isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest
    @EnumSource(CampaignStatus.class)
    void onlyFinalizedCampaignsAreReadOnlyForEver(CampaignStatus status) {
        Campaign campaign = CampaignFixtures.campaignIn(status);
        if (status == FINALIZED) {
            assertThatThrownBy(campaign::requireNotFinalized).isInstanceOf(ConflictException.class);
        } else {
            campaign.requireNotFinalized();
        }
    }
}
