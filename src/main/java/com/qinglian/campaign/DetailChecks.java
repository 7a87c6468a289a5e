package com.qinglian.campaign;

import com.qinglian.campaign.internal.CampaignRepository;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricCatalog;
import com.qinglian.shared.InputProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a campaign's details must satisfy beyond their own fields, for a new campaign and an edited draft: a
 * code not yet taken, a published rubric, organiser nodes and settings that fit that rubric.
 */
@Component
class DetailChecks {

    private final CampaignRepository repository;
    private final RubricCatalog rubrics;
    private final CampaignSettingsFormat settingsFormat;

    DetailChecks(CampaignRepository repository, RubricCatalog rubrics, CampaignSettingsFormat settingsFormat) {
        this.repository = repository;
        this.rubrics = rubrics;
        this.settingsFormat = settingsFormat;
    }

    List<InputProblem> check(CampaignDetails details, boolean creating) {
        List<InputProblem> problems = new ArrayList<>(details.problems());
        if (creating
                && details.code() != null
                && repository.find(details.code()).isPresent()) {
            problems.add(InputProblem.of(0, "code", "campaign.error.duplicate", details.code()));
        }
        if (details.rubricCode() != null && details.rubricVersion() != null) {
            Optional<Rubric> rubric = rubrics.findPublished(details.rubricCode(), details.rubricVersion());
            if (rubric.isEmpty()) {
                problems.add(InputProblem.of(
                        0,
                        "rubric",
                        "campaign.error.rubricNotPublished",
                        details.rubricCode() + "/" + details.rubricVersion()));
            } else {
                details.organiserNodes().stream()
                        .filter(n -> rubric.get().node(n).isEmpty())
                        .forEach(n ->
                                problems.add(InputProblem.of(0, "organiserNodes", "campaign.error.unknownNode", n)));
            }
        }
        List<InputProblem> settingsProblems = settingsFormat.problems(details.settings());
        problems.addAll(settingsProblems);
        if (settingsProblems.isEmpty() && details.rubricCode() != null && details.rubricVersion() != null) {
            rubrics.findPublished(details.rubricCode(), details.rubricVersion())
                    .ifPresent(rubric -> problems.addAll(settingsFormat.problemsWith(details.settings(), rubric)));
        }
        return problems;
    }
}
