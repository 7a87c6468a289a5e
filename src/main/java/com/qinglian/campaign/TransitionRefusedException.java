package com.qinglian.campaign;

import com.qinglian.shared.ConflictException;
import java.util.List;
import java.util.stream.Collectors;

/** A status move refused by its checks (409); nothing changed. */
public class TransitionRefusedException extends ConflictException {

    private final transient List<TransitionIssue> issues;

    public TransitionRefusedException(List<TransitionIssue> issues) {
        super("status move refused: "
                + issues.stream().map(TransitionIssue::summary).collect(Collectors.joining("; ")));
        this.issues = List.copyOf(issues);
    }

    public List<TransitionIssue> issues() {
        return issues;
    }
}
