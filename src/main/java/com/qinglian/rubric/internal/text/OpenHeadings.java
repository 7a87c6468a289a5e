package com.qinglian.rubric.internal.text;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;

/**
 * The headings still open while the text is read, deepest first. A new heading nests under the deepest one with
 * room for its points; one with the same number style as an open heading (一、 after 一、) is its sibling.
 */
final class OpenHeadings {

    private final Deque<DraftNode> open = new ArrayDeque<>();

    void push(DraftNode node) {
        open.push(node);
    }

    DraftNode peek() {
        return open.peek();
    }

    DraftNode pop() {
        return open.pop();
    }

    boolean isEmpty() {
        return open.isEmpty();
    }

    void clear() {
        open.clear();
    }

    Stream<DraftNode> stream() {
        return open.stream();
    }

    /** An open heading the flattened table printed again (a merged cell repeated), or null. */
    DraftNode repeatOf(String name, BigDecimal points) {
        for (DraftNode node : open) {
            if (node.name.equals(name) && (points == null || points.compareTo(node.declaredOrZero()) == 0)) {
                return node;
            }
        }
        return null;
    }

    /** For a Word name column: the heading of the column to the left is the parent. */
    DraftNode parentAtDepth(int depth) {
        while (open.size() > depth) {
            open.pop();
        }
        return open.peek();
    }

    /** The open heading a new heading goes under, or null for the top level. */
    DraftNode place(BigDecimal points, String style) {
        if (style != null && open.stream().anyMatch(n -> style.equals(n.numberStyle))) {
            while (!style.equals(open.peek().numberStyle)) {
                open.pop();
            }
            open.pop();
            return open.peek();
        }
        while (!open.isEmpty()) {
            DraftNode top = open.peek();
            if (top.children.isEmpty()) {
                return top;
            }
            BigDecimal room = top.room();
            boolean fits =
                    room == null ? points != null : points != null && room.compareTo(points) >= 0 && room.signum() > 0;
            if (fits) {
                return top;
            }
            open.pop();
        }
        return null;
    }
}
