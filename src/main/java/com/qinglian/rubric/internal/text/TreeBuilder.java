package com.qinglian.rubric.internal.text;

import static com.qinglian.rubric.RubricDoubt.Kind.BROKEN_MARK;
import static com.qinglian.rubric.RubricDoubt.Kind.LEFT_OUT;
import static com.qinglian.rubric.RubricDoubt.Kind.NUMBER_FOLLOWED_BY_DIGIT;
import static com.qinglian.rubric.RubricDoubt.Kind.POINTS_ON_OWN_LINE;
import static com.qinglian.rubric.RubricDoubt.Kind.TWO_PARENTS;

import com.qinglian.rubric.LineRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds a rubric tree from the lines of a flattened table, one line at a time. Names without marks wait in a
 * buffer until the next line shows what they are: an indicator (items follow) or a heading ("(N分)" follows).
 * Headings nest by their points: a heading goes under the deepest open heading that still has room for it.
 * Merged cells the flattening repeated are recognised as repeats of an open heading and fold into it.
 */
final class TreeBuilder {

    enum Section {
        TREE,
        NEGATIVE,
        BONUS
    }

    final List<DraftNode> roots = new ArrayList<>();
    final List<DraftRule> rules = new ArrayList<>();
    final List<PendingDoubt> doubts = new ArrayList<>();
    private final OpenHeadings open = new OpenHeadings();
    private final List<TextLine> buffer = new ArrayList<>();
    private DraftNode indicator;
    private DraftNode item;
    private Section section = Section.TREE;
    private String category;
    /** A "(65" whose closing bracket may follow on the next line. */
    private TextLine unclosedMark;

    void accept(TextLine line) {
        String t = line.text();
        Section starts = RuleLines.sectionStart(t);
        if (starts != null) {
            finishTree();
            section = starts;
            category = null;
            return;
        }
        if (section != Section.TREE) {
            category = RuleLines.read(line, section == Section.NEGATIVE, category, rules, doubts);
            return;
        }
        switch (line.cell()) {
            case NAME -> name(line);
            case POINTS -> pointsCell(line);
            case NOTES -> notes(line);
            default -> content(line);
        }
    }

    /** Ends the text: names still waiting are listed as left out. */
    void finish() {
        finishTree();
    }

    private void content(TextLine line) {
        String t = line.text();
        if (unclosedMark != null) {
            TextLine opened = unclosedMark;
            unclosedMark = null;
            if (Marks.isClosingBracket(t)) {
                pointsAlone(new TextLine(opened.number(), opened.text() + "\n" + t, opened.cell(), 0), line.number());
                return;
            }
            buffer.add(opened);
        }
        if (Marks.isUnclosedMark(t)) {
            unclosedMark = line;
            return;
        }
        Marks.Points alone = Marks.pointsAlone(t);
        if (alone != null) {
            pointsAlone(line, line.number());
            return;
        }
        BigDecimal bare = Marks.bareNumber(t);
        if (bare != null) {
            total(line, bare);
            return;
        }
        if (indicator != null && buffer.isEmpty() && Marks.deductsToZero(t) && t.length() <= 8) {
            indicator.deduct = true;
            indicator.extend(line.number());
            return;
        }
        Marks.Numbered number = Marks.itemStart(t);
        if (number != null && startsItem(number)) {
            newItem(line, number);
            return;
        }
        Marks.Marked marked = Marks.trailingPoints(t);
        if (marked != null) {
            marked(line, marked);
            return;
        }
        if (itemOpen() && buffer.isEmpty()) {
            appendToItem(line, t);
            return;
        }
        if (Marks.perCaseDeduction(t) != null && (indicator != null || !buffer.isEmpty())) {
            unnumberedItem(line);
            return;
        }
        buffer.add(line);
    }

    /** A requirement without a number: the one item of its indicator, or one more of a deduction block. */
    private void unnumberedItem(TextLine line) {
        if (!buffer.isEmpty()) {
            openIndicatorFromBuffer();
        }
        item = indicator.add(DraftNode.Kind.ITEM, range(line));
        item.extend(line.number());
        appendToItem(line, line.text());
    }

    private boolean itemOpen() {
        return item != null && item.points == null && item.perCase == null;
    }

    private boolean startsItem(Marks.Numbered number) {
        if (!buffer.isEmpty() || indicator == null || !indicator.holdsItems()) {
            return true;
        }
        int last = indicator.children.stream()
                .filter(c -> c.number != null && c.number.matches("\\d+"))
                .mapToInt(c -> Integer.parseInt(c.number))
                .max()
                .orElse(0);
        boolean digitAfter =
                !number.rest().isEmpty() && Character.isDigit(number.rest().charAt(0));
        return Integer.parseInt(number.number()) == last + 1 && (!digitAfter || !itemOpen());
    }

    private void newItem(TextLine line, Marks.Numbered number) {
        if (!buffer.isEmpty()) {
            openIndicatorFromBuffer();
        } else if (indicator == null) {
            indicatorForItems(line);
        }
        item = indicator.add(DraftNode.Kind.ITEM, range(line));
        item.extend(line.number());
        item.number = number.number();
        String rest = number.rest();
        if (!rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
            doubts.add(
                    PendingDoubt.onNode(NUMBER_FOLLOWED_BY_DIGIT, item, range(line), number.number(), first(rest, 8)));
        }
        appendToItem(line, rest);
    }

    /** Items with no indicator name before them: under a heading that has nothing yet, it is their indicator. */
    private void indicatorForItems(TextLine line) {
        DraftNode top = open.peek();
        if (top != null && top.children.isEmpty()) {
            open.pop();
            top.kind = DraftNode.Kind.INDICATOR;
            indicator = top;
            return;
        }
        indicator = top == null
                ? root(DraftNode.Kind.INDICATOR, range(line))
                : top.add(DraftNode.Kind.INDICATOR, range(line));
        doubts.add(PendingDoubt.onNode(TWO_PARENTS, indicator, range(line), first(line.text(), 20)));
    }

    private void appendToItem(TextLine line, String piece) {
        Marks.Marked marked = Marks.trailingPoints(piece);
        String words = marked == null ? piece : marked.text();
        item.text.append(TextJoin.piece(item.text, words));
        item.extend(line.number());
        if (marked != null) {
            item.points = marked.points();
        } else {
            BigDecimal perCase = Marks.perCaseDeduction(item.text.toString());
            if (perCase != null) {
                item.perCase = perCase;
            }
        }
        if (Marks.deductsToZero(piece)) {
            indicator.deduct = true;
        }
    }

    private void marked(TextLine line, Marks.Marked marked) {
        if (!Marks.sentenceLike(marked.text())) {
            heading(joinBufferWith(marked.text()), marked.points(), bufferRange(line), null, -1);
            return;
        }
        if (!buffer.isEmpty()) {
            openIndicatorFromBuffer();
        } else if (itemOpen()) {
            appendToItem(line, line.text());
            return;
        } else if (indicator == null) {
            indicatorForItems(line);
        } else if (indicator.holdsItems()) {
            doubts.add(PendingDoubt.onNode(TWO_PARENTS, indicator, range(line), first(marked.text(), 20)));
        }
        item = indicator.add(DraftNode.Kind.ITEM, range(line));
        item.extend(line.number());
        appendToItem(line, line.text());
    }

    /** A "(N分)" line; {@code lastLine} is the line of its closing bracket when the mark was broken over two. */
    private void pointsAlone(TextLine line, int lastLine) {
        Marks.Points points = Marks.pointsAlone(line.text());
        String printed = line.text();
        if (!buffer.isEmpty()) {
            LineRange lines = bufferRange(line).extend(lastLine);
            boolean broken = !points.unit() || lastLine != line.number();
            heading(joinBufferWith(""), points.points(), lines, broken ? printed : null, -1);
            return;
        }
        if (itemOpen()) {
            item.points = points.points();
            item.extend(line.number());
            doubts.add(PendingDoubt.onNode(POINTS_ON_OWN_LINE, item, item.lines, Marks.plainPoints(points.points())));
            return;
        }
        DraftNode top = indicator != null ? indicator : open.peek();
        if (top != null && top.children.isEmpty() && top.points == null) {
            top.points = points.points();
            top.extend(line.number());
            return;
        }
        doubts.add(PendingDoubt.onText(LEFT_OUT, range(line), printed));
    }

    private void total(TextLine line, BigDecimal total) {
        if (indicator != null && buffer.isEmpty()) {
            indicator.statedTotal = total;
            indicator.extend(line.number());
            indicator = null;
            item = null;
            return;
        }
        leaveOutBuffer();
        doubts.add(PendingDoubt.onText(LEFT_OUT, range(line), line.text()));
    }

    /** A Word name column: the first is a heading, the last (二级指标) an indicator. */
    private void name(TextLine line) {
        leaveOutBuffer();
        Marks.Marked marked = Marks.trailingPoints(line.text());
        String words = marked == null ? line.text() : marked.text();
        BigDecimal points = marked == null ? null : marked.points();
        heading(words, points, range(line), null, line.depth());
    }

    /** A Word 分值 cell: an item's points when its item has none, otherwise the indicator's total. */
    private void pointsCell(TextLine line) {
        BigDecimal value = Marks.bareNumber(line.text());
        Marks.Points marked = Marks.pointsAlone(line.text());
        BigDecimal points = value != null ? value : marked == null ? null : marked.points();
        if (points == null) {
            doubts.add(PendingDoubt.onText(LEFT_OUT, range(line), line.text()));
        } else if (itemOpen()) {
            item.points = points;
            item.extend(line.number());
        } else if (indicator != null) {
            indicator.statedTotal = points;
            indicator.extend(line.number());
        } else {
            doubts.add(PendingDoubt.onText(LEFT_OUT, range(line), line.text()));
        }
    }

    private void notes(TextLine line) {
        DraftNode target = item != null ? item : indicator;
        if (target == null) {
            doubts.add(PendingDoubt.onText(LEFT_OUT, range(line), line.text()));
            return;
        }
        target.notes = target.notes == null ? line.text() : target.notes + "\n" + line.text();
        target.extend(line.number());
    }

    private void heading(String text, BigDecimal points, LineRange lines, String brokenMark, int depth) {
        indicator = null;
        item = null;
        buffer.clear();
        Marks.Numbered number = Marks.headingNumber(text);
        String name = number == null ? text : number.rest();
        DraftNode repeated = open.repeatOf(name, points);
        if (repeated != null) {
            repeated.lines = repeated.lines.span(lines);
            if (brokenMark != null) {
                doubts.add(PendingDoubt.onNode(BROKEN_MARK, repeated, lines, brokenMark, Marks.plainPoints(points)));
            }
            return;
        }
        DraftNode parent =
                depth >= 0 ? open.parentAtDepth(depth) : open.place(points, number == null ? null : number.style());
        DraftNode node =
                parent == null ? root(DraftNode.Kind.HEADING, lines) : parent.add(DraftNode.Kind.HEADING, lines);
        node.lines = lines;
        if (parent != null) {
            parent.extend(lines.to());
        }
        node.name = name;
        node.points = points;
        if (number != null) {
            node.number = number.number();
            node.numberStyle = number.style();
        }
        if (brokenMark != null) {
            doubts.add(PendingDoubt.onNode(BROKEN_MARK, node, lines, brokenMark, Marks.plainPoints(points)));
        }
        open.push(node);
    }

    private void openIndicatorFromBuffer() {
        LineRange lines = bufferRange(buffer.get(buffer.size() - 1));
        String name = joinBufferWith("");
        buffer.clear();
        DraftNode parent = open.peek();
        BigDecimal room = parent == null ? null : parent.room();
        if (room != null && room.signum() <= 0) {
            DraftNode withRoom = open.stream()
                    .filter(n -> n.room() != null && n.room().signum() > 0)
                    .findFirst()
                    .orElse(null);
            if (withRoom != null) {
                while (open.peek() != withRoom) {
                    open.pop();
                }
                parent = withRoom;
            }
        }
        indicator =
                parent == null ? root(DraftNode.Kind.INDICATOR, lines) : parent.add(DraftNode.Kind.INDICATOR, lines);
        if (parent != null) {
            parent.extend(lines.to());
            if (room != null && room.signum() <= 0) {
                doubts.add(PendingDoubt.onNode(TWO_PARENTS, indicator, lines, name));
            }
        }
        indicator.name = name;
        item = null;
    }

    private void finishTree() {
        if (unclosedMark != null) {
            buffer.add(unclosedMark);
            unclosedMark = null;
        }
        leaveOutBuffer();
        indicator = null;
        item = null;
        open.clear();
    }

    private void leaveOutBuffer() {
        for (TextLine waiting : buffer) {
            doubts.add(PendingDoubt.onText(LEFT_OUT, range(waiting), waiting.text()));
        }
        buffer.clear();
    }

    private DraftNode root(DraftNode.Kind kind, LineRange lines) {
        DraftNode node = new DraftNode(kind, null, lines);
        roots.add(node);
        return node;
    }

    private String joinBufferWith(String last) {
        StringBuilder out = new StringBuilder();
        buffer.forEach(l -> out.append(TextJoin.piece(out, l.text())));
        out.append(TextJoin.piece(out, last));
        return out.toString();
    }

    private LineRange bufferRange(TextLine last) {
        int from = buffer.isEmpty() ? last.number() : buffer.get(0).number();
        return new LineRange(from, last.number());
    }

    static LineRange range(TextLine line) {
        return new LineRange(line.number(), line.number());
    }

    private static String first(String text, int n) {
        return text.codePointCount(0, text.length()) <= n
                ? text
                : text.substring(0, text.offsetByCodePoints(0, n)) + "…";
    }
}
