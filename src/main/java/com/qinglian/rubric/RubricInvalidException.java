package com.qinglian.rubric;

import java.util.List;
import java.util.stream.Collectors;

/** A rubric or rubric file was refused; carries every problem found, not just the first. */
public class RubricInvalidException extends RuntimeException {

    private final List<RubricProblem> problems;

    public RubricInvalidException(List<RubricProblem> problems) {
        super(problems.stream().map(RubricProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public RubricInvalidException(RubricProblem problem) {
        this(List.of(problem));
    }

    public List<RubricProblem> problems() {
        return problems;
    }
}
