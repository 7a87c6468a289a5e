package com.qinglian.rubric;

import java.util.List;

/**
 * Something an importer of published text noticed and did not decide alone: the organiser settles each doubt
 * (with a note, or by editing the draft) before the draft can be published. Nothing a doubt names was corrected.
 *
 * @param kind what kind of doubt
 * @param node the code of the node or rule concerned, or empty for the text as a whole
 * @param lines the source lines concerned
 * @param args the words the message needs (texts, points)
 * @param settledBy who settled it, or null while open
 * @param note the organiser's note on how it was settled, or null
 */
public record RubricDoubt(Kind kind, String node, LineRange lines, List<String> args, String settledBy, String note) {

    /** The kinds of doubt; each has a message {@code rubric.doubt.<key>} with the args in order. */
    public enum Kind {
        /** A node's declared total differs from what its children add up to: {declared, sum}. */
        TOTAL_MISMATCH,
        /** An item has no "(N分)" mark: {}. */
        ITEM_WITHOUT_POINTS,
        /** Text that could belong to the node before or start a node of its own: {text}. */
        TWO_PARENTS,
        /** A deduction or bonus that does not say per what (or in what) it counts: {mark}. */
        DEDUCTION_WITHOUT_UNIT,
        /** A word that looks like a common typo, kept as printed: {word, likely}. */
        TYPO,
        /** The points stand on a line of their own and were taken as the item's: {points}. */
        POINTS_ON_OWN_LINE,
        /** An indicator with one unnumbered requirement, read as one item: {}. */
        UNNUMBERED_ITEM,
        /** An item number followed by a digit ("1.90%"), read as number and text: {number, text start}. */
        NUMBER_FOLLOWED_BY_DIGIT,
        /** A points mark without 分 or broken over two lines ("(65" and ")"), read as points: {printed, points}. */
        BROKEN_MARK,
        /** A line the importer could not place and left out: {text}. */
        LEFT_OUT,
        /** The text holds the table more than once; the later copies were compared and left out: {same}. */
        REPEATED_COPY;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public RubricDoubt {
        node = node == null ? "" : node;
        args = List.copyOf(args);
    }

    public static RubricDoubt of(Kind kind, String node, LineRange lines, String... args) {
        return new RubricDoubt(kind, node, lines, List.of(args), null, null);
    }

    public boolean isSettled() {
        return settledBy != null;
    }

    public RubricDoubt settle(String actor, String settlementNote) {
        return new RubricDoubt(kind, node, lines, args, actor, settlementNote);
    }

    /** The message key of this doubt's kind. */
    public String messageKey() {
        return "rubric.doubt." + kind.key();
    }
}
