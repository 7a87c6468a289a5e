package com.qinglian.campaign;

import com.qinglian.shared.InputProblem;
import com.qinglian.shared.TextInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What an organiser enters for a campaign; {@link #problems()} checks the fields on their own. */
public record CampaignDetails(
        String code,
        String name,
        int year,
        LocalDate periodStart,
        LocalDate periodEnd,
        String rubricCode,
        String rubricVersion,
        Deadlines deadlines,
        List<String> organiserNodes,
        String settings) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    public CampaignDetails {
        code = TextInput.tidy(code);
        name = TextInput.tidy(name);
        deadlines = deadlines == null ? Deadlines.NONE : deadlines;
        organiserNodes = organiserNodes == null
                ? List.of()
                : organiserNodes.stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public List<InputProblem> problems() {
        List<InputProblem> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(InputProblem.of(0, "code", "campaign.error.code", code == null ? "" : code));
        }
        if (name == null || TextInput.length(name) > 200) {
            problems.add(InputProblem.of(0, "name", "campaign.error.name"));
        } else {
            TextInput.problem(0, "name", name, 200, TextInput.Shape.SINGLE_LINE).ifPresent(problems::add);
        }
        if (year < 2000 || year > 2100) {
            problems.add(InputProblem.of(0, "year", "campaign.error.year"));
        }
        if (periodStart == null || periodEnd == null) {
            problems.add(InputProblem.of(0, "periodStart", "campaign.error.period"));
        } else if (periodEnd.isBefore(periodStart)) {
            problems.add(InputProblem.of(0, "periodEnd", "campaign.error.periodOrder"));
        }
        if (rubricCode == null || rubricVersion == null) {
            problems.add(InputProblem.of(0, "rubric", "campaign.error.rubric"));
        }
        LocalDate self = deadlines.selfAssessment();
        LocalDate review = deadlines.review();
        LocalDate publicity = deadlines.publicity();
        if (self != null && review != null && review.isBefore(self)
                || review != null && publicity != null && publicity.isBefore(review)) {
            problems.add(InputProblem.of(0, "deadlines", "campaign.error.deadlineOrder"));
        }
        return problems;
    }
}
