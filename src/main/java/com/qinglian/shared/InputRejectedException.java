package com.qinglian.shared;

import java.util.List;

/** A form or an import was refused as a whole; nothing was stored. Carries every problem found. */
public class InputRejectedException extends RuntimeException {

    private final List<InputProblem> problems;

    public InputRejectedException(List<InputProblem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    /** Throws when there is anything in {@code problems}; does nothing otherwise. */
    public static void throwIfAny(List<InputProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InputRejectedException(problems);
        }
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
