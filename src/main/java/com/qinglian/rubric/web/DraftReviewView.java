package com.qinglian.rubric.web;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.DraftDoubt;
import com.qinglian.rubric.DraftReview;
import com.qinglian.rubric.LineRange;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A draft read from Word or text as its page shows it: the tree as indented rows beside the numbered source lines,
 * each row linked to the lines it was read from, and the doubts in words.
 */
record DraftReviewView(List<NodeRow> nodes, List<SourceLine> lines, List<DoubtRow> doubts, long open) {

    /**
     * A node (or negative-list / bonus rule) of the tree; {@code from}/{@code to} are 0 when no lines are known.
     * {@code types}, {@code tags}, {@code units} and {@code mode} fill a non-item node's applicability form.
     */
    record NodeRow(
            String code,
            int depth,
            boolean item,
            boolean rule,
            String number,
            String words,
            String points,
            int from,
            int to,
            int doubts,
            String perCase,
            String fixed,
            String cap,
            Set<String> types,
            String tags,
            String units,
            String mode) {

        public String linesLabel() {
            return from == 0 ? "" : from == to ? String.valueOf(from) : from + "–" + to;
        }
    }

    record SourceLine(int number, String text) {}

    record DoubtRow(
            int number,
            String node,
            String message,
            int from,
            int to,
            String linesLabel,
            boolean settled,
            String settledBy,
            Instant settledAt,
            String note) {}

    static DraftReviewView of(Rubric rubric, DraftReview review, Locale locale) {
        Map<String, Integer> doubtsPerNode = new HashMap<>();
        review.doubts().forEach(d -> {
            if (!d.isSettled()) {
                doubtsPerNode.merge(d.doubt().node(), 1, Integer::sum);
            }
        });
        List<NodeRow> nodes = new ArrayList<>();
        rubric.nodes().forEach(top -> walk(top, 0, review, doubtsPerNode, nodes));
        for (CaseRule rule : rubric.negativeList().rules()) {
            nodes.add(rule(rule, review, doubtsPerNode));
        }
        for (CaseRule rule : rubric.bonus().rules()) {
            nodes.add(rule(rule, review, doubtsPerNode));
        }
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < review.sourceLines().size(); i++) {
            lines.add(new SourceLine(i + 1, review.sourceLines().get(i)));
        }
        List<DoubtRow> doubts =
                review.doubts().stream().map(d -> doubt(d, locale)).toList();
        return new DraftReviewView(nodes, lines, doubts, review.openDoubts());
    }

    private static void walk(
            RubricNode node, int depth, DraftReview review, Map<String, Integer> open, List<NodeRow> out) {
        LineRange lines = review.linesOf(node.code());
        out.add(new NodeRow(
                node.code(),
                depth,
                node.isItem(),
                false,
                node.number(),
                node.isItem() ? node.text() : node.title(),
                plain(node.points()),
                lines == null ? 0 : lines.from(),
                lines == null ? 0 : lines.to(),
                open.getOrDefault(node.code(), 0),
                null,
                null,
                null,
                node.appliesTo(),
                String.join(", ", new TreeSet<>(node.terms().appliesToTags())),
                String.join(", ", new TreeSet<>(node.terms().appliesToUnits())),
                node.mode().key()));
        node.children().forEach(child -> walk(child, depth + 1, review, open, out));
    }

    private static NodeRow rule(CaseRule rule, DraftReview review, Map<String, Integer> open) {
        LineRange lines = review.linesOf(rule.code());
        BigDecimal points = rule.perCase() != null ? rule.perCase() : rule.fixed();
        return new NodeRow(
                rule.code(),
                0,
                false,
                true,
                null,
                rule.category() + " · " + rule.title(),
                plain(points),
                lines == null ? 0 : lines.from(),
                lines == null ? 0 : lines.to(),
                open.getOrDefault(rule.code(), 0),
                rule.perCase() == null ? "" : plain(rule.perCase()),
                rule.fixed() == null ? "" : plain(rule.fixed()),
                rule.cap() == null ? "" : plain(rule.cap()),
                Set.of(),
                "",
                "",
                "");
    }

    private static DoubtRow doubt(DraftDoubt d, Locale locale) {
        String message = new RubricProblem(
                        "",
                        d.doubt().messageKey(),
                        new ArrayList<Object>(d.doubt().args()))
                .message(locale);
        LineRange lines = d.doubt().lines();
        return new DoubtRow(
                d.number(),
                d.doubt().node(),
                message,
                lines.from(),
                lines.to(),
                lines.label(),
                d.isSettled(),
                d.doubt().settledBy(),
                d.settledAt(),
                d.doubt().note());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
