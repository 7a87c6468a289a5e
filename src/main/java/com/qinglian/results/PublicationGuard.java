package com.qinglian.results;

import com.qinglian.assessment.AssessmentStatus;
import com.qinglian.assessment.SelfAssessments;
import com.qinglian.assessment.UnitProgress;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.TransitionGuard;
import com.qinglian.campaign.TransitionIssue;
import com.qinglian.campaign.TransitionIssue.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What results demand of a status move: entering review lists the units that have not submitted; entering
 * publicity or finalizing needs computed results that are current and complete (each overridable with a reason),
 * and finalizing needs every appeal decided (not overridable).
 */
@Component
class PublicationGuard implements TransitionGuard {

    private static final int NAMED = 10;

    private final Results results;
    private final SelfAssessments assessments;
    private final Appeals appeals;

    PublicationGuard(Results results, SelfAssessments assessments, Appeals appeals) {
        this.results = results;
        this.assessments = assessments;
        this.appeals = appeals;
    }

    @Override
    public List<TransitionIssue> check(Campaign campaign, CampaignStatus target) {
        List<TransitionIssue> issues = new ArrayList<>();
        if (campaign.status().next().filter(target::equals).isEmpty()) {
            return issues;
        }
        String code = campaign.code();
        String resultsLink = "/campaigns/" + code + "/results";
        if (target == CampaignStatus.REVIEW) {
            List<String> open = assessments.progress(code).stream()
                    .filter(p -> p.status() != AssessmentStatus.SUBMITTED)
                    .map(UnitProgress::unit)
                    .map(u -> u.name())
                    .toList();
            if (!open.isEmpty()) {
                issues.add(TransitionIssue.of(
                        Severity.NOTICE,
                        "campaign.guard.notSubmitted",
                        open.size() + " 个单位尚未提交自评:" + names(open),
                        "/campaigns/" + code + "/progress",
                        open.size(),
                        names(open)));
            }
        }
        if (target == CampaignStatus.PUBLICITY || target == CampaignStatus.FINALIZED) {
            Optional<ResultRun> run = results.stored(code);
            if (run.isEmpty()) {
                issues.add(TransitionIssue.of(Severity.OVERRIDABLE, "campaign.guard.noResults", "尚未计算结果", resultsLink));
                return issues;
            }
            if (results.stale(code)) {
                issues.add(
                        TransitionIssue.of(Severity.OVERRIDABLE, "campaign.guard.stale", "结果已过期(输入已变动)", resultsLink));
            }
            List<String> incomplete = run.get().incomplete().stream()
                    .map(IncompleteUnit::unitName)
                    .toList();
            if (!incomplete.isEmpty()) {
                issues.add(TransitionIssue.of(
                        Severity.OVERRIDABLE,
                        "campaign.guard.incomplete",
                        incomplete.size() + " 个单位结果未完成:" + names(incomplete),
                        resultsLink,
                        incomplete.size(),
                        names(incomplete)));
            }
        }
        if (target == CampaignStatus.FINALIZED) {
            long open = appeals.openCount(code);
            if (open > 0) {
                issues.add(TransitionIssue.of(
                        Severity.BLOCKING,
                        "campaign.guard.openAppeals",
                        open + " 件申诉尚未处理完毕",
                        "/campaigns/" + code + "/appeals",
                        open));
            }
        }
        return issues;
    }

    private static String names(List<String> names) {
        String shown = names.stream().limit(NAMED).collect(Collectors.joining("、"));
        return names.size() > NAMED ? shown + " 等" : shown;
    }
}
