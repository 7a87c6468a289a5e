package com.qinglian.scoring;

import java.util.List;
import java.util.stream.Collectors;

/** The engine refused its inputs; carries every problem found, not just the first. */
public class ScoringException extends RuntimeException {

    private final List<ScoringProblem> problems;

    public ScoringException(List<ScoringProblem> problems) {
        super(problems.stream().limit(20).map(ScoringProblem::message).collect(Collectors.joining("; "))
                + (problems.size() > 20 ? "; … " + (problems.size() - 20) + " more" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<ScoringProblem> problems() {
        return problems;
    }
}
