package com.qinglian.notification.internal;

import com.qinglian.assessment.SelfAssessmentEvent.ItemsReturned;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.CampaignStatusChanged;
import com.qinglian.campaign.Campaigns;
import com.qinglian.notification.NotificationKind;
import com.qinglian.notification.Notifications;
import com.qinglian.results.AppealEvent;
import com.qinglian.results.Appeals;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens elsewhere into in-app messages, in the same transaction as the change: items returned
 * reach the unit's reporters, the start of publicity reaches every participant's reporters, a filed appeal the
 * organisers, an appeal's decision the unit's reporters.
 */
@Component
class NotificationTriggers {

    private final Notifications notifications;
    private final Campaigns campaigns;
    private final Appeals appeals;

    NotificationTriggers(Notifications notifications, Campaigns campaigns, Appeals appeals) {
        this.notifications = notifications;
        this.campaigns = campaigns;
        this.appeals = appeals;
    }

    @EventListener
    void on(ItemsReturned event) {
        String name = campaigns.get(event.campaignCode()).name();
        notifications.toUnit(
                event.unitCode(),
                NotificationKind.ITEMS_RETURNED,
                event.campaignCode(),
                List.of(name, String.valueOf(event.itemCodes().size()), event.reason()),
                null,
                "/campaigns/" + event.campaignCode() + "/units/" + event.unitCode() + "/self-assessment");
    }

    @EventListener
    void on(CampaignStatusChanged event) {
        if (event.to() == CampaignStatus.PUBLICITY && event.from() == CampaignStatus.REVIEW) {
            notifications.toParticipants(
                    event.campaignCode(),
                    NotificationKind.PUBLICITY_OPENED,
                    List.of(campaigns.get(event.campaignCode()).name()),
                    "/");
        }
    }

    @EventListener
    void on(AppealEvent.Filed event) {
        notifications.toOrganisers(
                NotificationKind.APPEALS_WAITING,
                event.campaignCode(),
                List.of(
                        campaigns.get(event.campaignCode()).name(),
                        String.valueOf(appeals.openCount(event.campaignCode()))),
                "/campaigns/" + event.campaignCode() + "/appeals");
    }

    @EventListener
    void on(AppealEvent.Decided event) {
        notifications.toUnit(
                event.unitCode(),
                NotificationKind.APPEAL_DECIDED,
                event.campaignCode(),
                List.of(campaigns.get(event.campaignCode()).name(), event.target()),
                null,
                "/campaigns/" + event.campaignCode() + "/units/" + event.unitCode() + "/result");
    }
}
