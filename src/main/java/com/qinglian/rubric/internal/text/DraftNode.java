package com.qinglian.rubric.internal.text;

import com.qinglian.rubric.LineRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A node while the text is read: kind, published words, points as printed, and the lines it came from. */
final class DraftNode {

    enum Kind {
        /** A name with or without "(N分)": becomes a group, a dimension, or an indicator once its children show which. */
        HEADING,
        /** A name followed by items (二级指标). */
        INDICATOR,
        ITEM
    }

    Kind kind;
    final DraftNode parent;
    final List<DraftNode> children = new ArrayList<>();
    String number;
    /** The heading's number style ("cn" for 一、, "cn-paren" for (一)), or null. */
    String numberStyle;

    String name;
    final StringBuilder text = new StringBuilder();
    /** Points as printed on the node's own line ("(N分)"), or null. */
    BigDecimal points;
    /** A total printed on a line of its own after the items, or null. */
    BigDecimal statedTotal;

    BigDecimal perCase;
    boolean deduct;
    String notes;
    LineRange lines;
    String code;

    DraftNode(Kind kind, DraftNode parent, LineRange lines) {
        this.kind = kind;
        this.parent = parent;
        this.lines = lines;
    }

    DraftNode add(Kind childKind, LineRange childLines) {
        DraftNode child = new DraftNode(childKind, this, childLines);
        children.add(child);
        return child;
    }

    void extend(int line) {
        lines = lines.extend(line);
        if (parent != null) {
            parent.extend(line);
        }
    }

    boolean isItem() {
        return kind == Kind.ITEM;
    }

    boolean holdsItems() {
        return children.stream().anyMatch(DraftNode::isItem);
    }

    /** The points this node declares: printed with its name, else its total line; null when neither. */
    BigDecimal declared() {
        return points != null ? points : statedTotal;
    }

    /** What the children add up to (a child without points counts nothing). */
    BigDecimal childSum() {
        BigDecimal sum = BigDecimal.ZERO;
        for (DraftNode child : children) {
            BigDecimal p = child.effectivePoints();
            if (p != null) {
                sum = sum.add(p);
            }
        }
        return sum;
    }

    /** Declared points, or for a node that declares none, the sum of its children. */
    BigDecimal effectivePoints() {
        BigDecimal declared = declared();
        if (declared != null || isItem()) {
            return declared;
        }
        return children.isEmpty() ? null : childSum();
    }

    /** Points still free under a declared total; null when the node declares none. */
    BigDecimal room() {
        BigDecimal declared = declared();
        return declared == null ? null : declared.subtract(childSum());
    }

    String label() {
        if (isItem()) {
            return (number == null ? "" : number + ".") + text;
        }
        return name;
    }

    BigDecimal declaredOrZero() {
        BigDecimal declared = declared();
        return declared == null ? BigDecimal.ZERO : declared;
    }
}
