package com.qinglian.shared;

import java.util.List;

/** An import was refused as a whole; nothing was stored. Carries every problem found. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    /** Throws when there is anything in {@code problems}; does nothing otherwise. */
    public static void throwIfAny(List<ImportProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
