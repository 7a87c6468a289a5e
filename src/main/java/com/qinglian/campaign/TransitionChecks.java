package com.qinglian.campaign;

import com.qinglian.campaign.internal.PublicationRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Runs the guards of a status move and decides whether it may go ahead. */
@Component
class TransitionChecks {

    // Guards are looked up when a move is checked: they depend on services that depend on Campaigns.
    private final ObjectProvider<TransitionGuard> guards;
    private final PublicationRepository publication;

    TransitionChecks(ObjectProvider<TransitionGuard> guards, PublicationRepository publication) {
        this.guards = guards;
        this.publication = publication;
    }

    List<TransitionIssue> check(Campaign campaign, CampaignStatus target) {
        List<TransitionIssue> issues = new ArrayList<>();
        if (target == CampaignStatus.PUBLICITY
                && campaign.status() == CampaignStatus.REVIEW
                && publication.window(campaign.code()).isEmpty()) {
            issues.add(
                    TransitionIssue.of(TransitionIssue.Severity.BLOCKING, "campaign.guard.noWindow", "未设定公示期", null));
        }
        guards.orderedStream().forEach(g -> issues.addAll(g.check(campaign, target)));
        return issues;
    }

    /**
     * Refuses on a blocking issue, and on an overridable one without an override reason.
     *
     * @return the summary of the overridden issues, or null when nothing was overridden
     */
    String requireAllowed(List<TransitionIssue> issues, String override) {
        List<TransitionIssue> blocking = issues.stream()
                .filter(i -> i.severity() == TransitionIssue.Severity.BLOCKING)
                .toList();
        List<TransitionIssue> overridable = issues.stream()
                .filter(i -> i.severity() == TransitionIssue.Severity.OVERRIDABLE)
                .toList();
        boolean overriding = override != null && !override.isBlank();
        if (!blocking.isEmpty() || !overridable.isEmpty() && !overriding) {
            List<TransitionIssue> refusing = new ArrayList<>(blocking);
            if (!overriding) {
                refusing.addAll(overridable);
            }
            throw new TransitionRefusedException(refusing);
        }
        if (overridable.isEmpty()) {
            return null;
        }
        return overridable.stream().map(TransitionIssue::summary).collect(Collectors.joining(";"));
    }
}
