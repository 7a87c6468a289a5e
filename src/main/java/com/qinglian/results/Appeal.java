package com.qinglian.results;

import com.qinglian.shared.ConflictException;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.PlainDecimal;
import com.qinglian.shared.TextInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit's appeal (申诉) against one item's final score or one negative-list case, during publicity. Its verb
 * methods guard the flow 待分配 → 复核中 → 已决定: the reviewer is never one who scored the item, only the
 * reviewer decides, and a decision changing the score names the new one and says why.
 *
 * @param originalScore the item's final score when filed; for a case, its count of persons or cases
 * @param originalScorers who made the original score (a reviewer must be someone else)
 */
public record Appeal(
        long id,
        String campaignCode,
        String unitCode,
        AppealTarget target,
        String reason,
        Status status,
        String filedBy,
        Instant filedAt,
        BigDecimal originalScore,
        List<String> originalScorers,
        String reviewer,
        Instant assignedAt,
        Decision decision,
        BigDecimal newScore,
        String decisionReason,
        String decidedBy,
        Instant decidedAt,
        int version) {

    public static final int MAX_TEXT = 2000;

    public Appeal {
        originalScorers = List.copyOf(originalScorers);
    }

    /** Where an appeal is. */
    public enum Status {
        FILED,
        ASSIGNED,
        DECIDED
    }

    /** 维持 / 部分采纳 / 采纳. */
    public enum Decision {
        UPHELD,
        PARTIAL,
        ACCEPTED
    }

    /** A new appeal, checked: a reason of at most {@value #MAX_TEXT} characters. */
    public static Appeal file(
            String campaignCode,
            String unitCode,
            AppealTarget target,
            String reason,
            BigDecimal originalScore,
            List<String> originalScorers,
            String by,
            Instant at) {
        List<InputProblem> problems = new ArrayList<>();
        text(reason, "reason", "appeal.error.reason", problems);
        InputRejectedException.throwIfAny(problems);
        return new Appeal(
                0,
                campaignCode,
                unitCode,
                target,
                reason.strip(),
                Status.FILED,
                by,
                at,
                originalScore,
                originalScorers,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0);
    }

    /** Hands the appeal to a reviewer (again, while undecided); never to one who made the original score. */
    public Appeal assignTo(String newReviewer, Instant at) {
        requireOpen();
        if (newReviewer == null || originalScorers.contains(newReviewer)) {
            throw new InputRejectedException(
                    List.of(InputProblem.of(0, "reviewer", "appeal.error.sameEvaluator", String.valueOf(newReviewer))));
        }
        return new Appeal(
                id,
                campaignCode,
                unitCode,
                target,
                reason,
                Status.ASSIGNED,
                filedBy,
                filedAt,
                originalScore,
                originalScorers,
                newReviewer,
                at,
                null,
                null,
                null,
                null,
                null,
                version);
    }

    /**
     * The reviewer's decision. 维持 keeps the score; 部分采纳 and 采纳 need a new score, different from the original,
     * from 0 to {@code max} in steps of {@code step} (for a case: a count below the original, 采纳 withdrawing it).
     */
    public Appeal decide(
            String by, Decision d, BigDecimal score, String why, BigDecimal max, BigDecimal step, Instant at) {
        if (status != Status.ASSIGNED) {
            throw new ConflictException("appeal " + id + " is " + status + ", not under review");
        }
        if (!by.equals(reviewer) || originalScorers.contains(by)) {
            throw new InputRejectedException(List.of(InputProblem.of(0, "reviewer", "appeal.error.notReviewer")));
        }
        List<InputProblem> problems = new ArrayList<>();
        if (d == null) {
            problems.add(InputProblem.of(0, "decision", "appeal.error.decision"));
        }
        text(why, "decisionReason", "appeal.error.decisionReason", problems);
        BigDecimal next = d == Decision.UPHELD || d == null ? originalScore : score;
        if (d == Decision.ACCEPTED && target.kind() == AppealTarget.Kind.CASE) {
            next = BigDecimal.ZERO;
        } else if (d != null && d != Decision.UPHELD) {
            if (score == null
                    || !PlainDecimal.within(score, PlainDecimal.Bounds.DEFAULT)
                    || score.signum() < 0
                    || score.compareTo(max) > 0
                    || score.remainder(step).signum() != 0) {
                problems.add(InputProblem.of(
                        0,
                        "newScore",
                        "appeal.error.newScore",
                        max.stripTrailingZeros().toPlainString(),
                        step.stripTrailingZeros().toPlainString()));
            } else if (score.compareTo(originalScore) == 0) {
                problems.add(InputProblem.of(0, "newScore", "appeal.error.unchanged"));
            }
        }
        InputRejectedException.throwIfAny(problems);
        return new Appeal(
                id,
                campaignCode,
                unitCode,
                target,
                reason,
                Status.DECIDED,
                filedBy,
                filedAt,
                originalScore,
                originalScorers,
                reviewer,
                assignedAt,
                d,
                next,
                why.strip(),
                by,
                at,
                version);
    }

    public boolean open() {
        return status != Status.DECIDED;
    }

    /** Whether the decision changed the score. */
    public boolean changedScore() {
        return status == Status.DECIDED && decision != Decision.UPHELD;
    }

    private void requireOpen() {
        if (!open()) {
            throw new ConflictException("appeal " + id + " is decided");
        }
    }

    private static void text(String value, String field, String key, List<InputProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(InputProblem.of(0, field, key));
        } else if (TextInput.length(value) > MAX_TEXT) {
            problems.add(InputProblem.of(0, field, "appeal.error.tooLong", MAX_TEXT));
        } else {
            TextInput.problem(0, field, value, MAX_TEXT, TextInput.Shape.MULTI_LINE)
                    .ifPresent(problems::add);
        }
    }
}
