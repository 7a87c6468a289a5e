package com.qinglian.campaign;

import static com.qinglian.campaign.CampaignFixtures.campaignIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a campaign accepts in each stage: one answer per stage, asked of the campaign. */
class CampaignTest {

    private static List<CampaignStatus> where(java.util.function.Predicate<Campaign> intent) {
        return Arrays.stream(CampaignStatus.values())
                .filter(s -> intent.test(campaignIn(s)))
                .toList();
    }

    @Test
    void unitsAnswerOnlyDuringSelfAssessment() {
        assertThat(where(Campaign::acceptsAnswers)).containsExactly(CampaignStatus.SELF_ASSESSMENT);
    }

    @Test
    void returnsAreTakenDuringSelfAssessmentAndReview() {
        assertThat(where(Campaign::acceptsReturns))
                .containsExactly(CampaignStatus.SELF_ASSESSMENT, CampaignStatus.REVIEW);
    }

    @Test
    void scoresAreTakenOnlyInReview() {
        assertThat(where(Campaign::acceptsScores)).containsExactly(CampaignStatus.REVIEW);
        assertThatThrownBy(() -> campaignIn(CampaignStatus.SELF_ASSESSMENT).requireAcceptsScores())
                .isInstanceOf(CampaignClosedException.class)
                .extracting(e -> ((CampaignClosedException) e).messageKey())
                .isEqualTo("campaign.closed.scores");
    }

    @Test
    void resultsFreezeWithPublicityAndEverythingWithFinalization() {
        assertThat(where(Campaign::resultsFrozen)).containsExactly(CampaignStatus.PUBLICITY, CampaignStatus.FINALIZED);
        assertThat(where(Campaign::readOnly)).containsExactly(CampaignStatus.FINALIZED);
    }

    @Test
    void organiserOnlyNodesAreTheConfiguredOnes() {
        Campaign campaign = campaignIn(CampaignStatus.DRAFT);
        assertThat(campaign.isOrganiserOnly("A5")).isTrue();
        assertThat(campaign.isOrganiserOnly("A1")).isFalse();
    }
}
