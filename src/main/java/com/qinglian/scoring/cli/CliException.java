package com.qinglian.scoring.cli;

/** An input the CLI cannot go on reading (a file in an unknown encoding, an unclosed quote, a missing column). */
final class CliException extends RuntimeException {

    private final transient Problem problem;

    CliException(Problem problem) {
        super(problem.key(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
