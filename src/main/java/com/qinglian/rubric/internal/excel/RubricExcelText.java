package com.qinglian.rubric.internal.excel;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.RubricNode;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Formats and parses the cell texts of the published table: "(N分)" marks, numbered items, labels. */
final class RubricExcelText {

    /** Opening and closing brackets of a points mark, half- or full-width: "(15分)" and "（15分）" read alike. */
    private static final String OPEN = "[(（]";

    private static final String CLOSE = "[)）]";
    /** Any spaces, the ideographic one included. */
    private static final String SP = "[\\s\\u3000]*";
    /** Points in half- or full-width digits ("15", "１５", "0.5", "０．５"), short enough to be plain decimals. */
    private static final String NUMBER = "([0-9０-９]{1,6}(?:[.．][0-9０-９]{1,6})?)";

    /** An item's points at the very end of its text, possibly on a line of its own; half- or full-width brackets. */
    private static final Pattern ITEM_MARK = Pattern.compile(OPEN + SP + NUMBER + SP + "分" + SP + CLOSE + SP + "$");
    /** A group or dimension label's points; the published page also shows "(65\n)" without 分. */
    private static final Pattern LABEL_MARK = Pattern.compile(OPEN + SP + NUMBER + SP + "分?" + SP + CLOSE + SP + "$");
    /** A negative-list or bonus rule's points: "(-1分/例)" counts per case, "(-3分)" or "(-3)" once. */
    private static final Pattern RULE_MARK = Pattern.compile(OPEN + SP + "[-+−－—–＋]?" + SP + NUMBER + SP + "分?" + SP
            + "([/／]" + SP + "[^)）/／\\s\\u3000]{1,4})?" + SP + CLOSE + SP + "$");
    /** An item number at the start of a line: "1." "1." "1、". Only the number is taken, so "1.90%以上" is item 1. */
    private static final Pattern ITEM_START = Pattern.compile("^[ \\t\\u3000]*(\\d{1,3})[.．、][ \\t\\u3000]*");

    private RubricExcelText() {}

    /** A text with its trailing points mark taken off; points null when there was no mark. */
    record Marked(String text, BigDecimal points) {}

    /** One item read from a cell; {@code points} is null when the "(N分)" mark is missing. */
    record ParsedItem(String number, String text, BigDecimal points) {}

    /** A rule read from a cell: its title, points, and whether they count per case. */
    record ParsedRule(String title, BigDecimal points, boolean perCase) {}

    static String itemCell(RubricNode item) {
        String prefix = item.number() == null ? "" : item.number() + ".";
        String text = item.text() == null ? "" : item.text();
        return prefix + text + "(" + plain(item.points()) + "分)";
    }

    static String labelCell(String title, BigDecimal points) {
        String name = title == null ? "" : title;
        return points == null ? name : name + "\n(" + plain(points) + "分)";
    }

    static String ruleCell(CaseRule rule, boolean deduction) {
        String sign = deduction ? "-" : "+";
        String title = rule.title() == null ? "" : rule.title();
        if (rule.perCase() != null) {
            return title + "(" + sign + plain(rule.perCase()) + "分/例)";
        }
        return rule.fixed() == null ? title : title + "(" + sign + plain(rule.fixed()) + "分)";
    }

    /** A group or dimension label: the name (lines joined) and its points, if marked. */
    static Marked parseLabel(String cell) {
        Marked marked = takeMark(cell, LABEL_MARK);
        return new Marked(joinLines(marked.text()), marked.points());
    }

    static ParsedRule parseRule(String cell) {
        Matcher m = RULE_MARK.matcher(cell);
        if (!m.find()) {
            return new ParsedRule(cell.strip(), null, false);
        }
        return new ParsedRule(cell.substring(0, m.start()).strip(), points(m.group(1)), m.group(2) != null);
    }

    /** Exactly one item per cell (rows written by this program); a leading number is the item's number. */
    static ParsedItem parseSingleItem(String cell) {
        Matcher start = ITEM_START.matcher(cell);
        String number = null;
        String body = cell;
        if (start.find()) {
            number = start.group(1);
            body = cell.substring(start.end());
        }
        Marked marked = takeMark(body, ITEM_MARK);
        return new ParsedItem(number, emptyToNull(marked.text().strip()), marked.points());
    }

    /**
     * Splits a hand-made cell into items. A new item starts at a line beginning with the next expected
     * number, so "2.0版" inside a text, or a stray number out of sequence, stays part of the item before.
     * The first line may start with any number (a new row is a natural item boundary). A line like
     * "2.0版…" (a digit right after the dot) starts an item only when the item before is complete,
     * i.e. already ends with its "(N分)" mark.
     *
     * @param lastNumber the number of the indicator's previous item, 0 when none
     */
    static List<ParsedItem> splitItems(String cell, int lastNumber) {
        List<String> numbers = new ArrayList<>();
        List<StringBuilder> bodies = new ArrayList<>();
        int expected = lastNumber + 1;
        boolean first = true;
        for (String line : cell.split("\n", -1)) {
            Matcher m = ITEM_START.matcher(line);
            boolean starts = m.find()
                    && (first
                            || Integer.parseInt(m.group(1)) == expected
                                    && (!startsWithDigit(line.substring(m.end()))
                                            || endsWithMark(bodies.get(bodies.size() - 1))));
            if (starts) {
                numbers.add(m.group(1));
                bodies.add(new StringBuilder(line.substring(m.end())));
                expected = Integer.parseInt(m.group(1)) + 1;
            } else if (bodies.isEmpty()) {
                numbers.add(null);
                bodies.add(new StringBuilder(line));
            } else {
                bodies.get(bodies.size() - 1).append('\n').append(line);
            }
            first = first && line.isBlank();
        }
        List<ParsedItem> items = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            if (bodies.get(i).toString().isBlank()) {
                continue;
            }
            Marked marked = takeMark(bodies.get(i).toString(), ITEM_MARK);
            items.add(new ParsedItem(numbers.get(i), emptyToNull(marked.text().strip()), marked.points()));
        }
        return items;
    }

    /** Numbers count in a sequence only when they are plain integers. */
    static int numberValue(String number) {
        return number != null && number.matches("\\d{1,3}") ? Integer.parseInt(number) : 0;
    }

    /**
     * Joins the lines of a name cell: the published table wraps names ("严明政治\n纪律和政治\n规矩"),
     * which is layout, not wording. Latin words keep a space between them.
     */
    static String joinLines(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String part = line.strip();
            if (part.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && isLatin(out.charAt(out.length() - 1)) && isLatin(part.charAt(0))) {
                out.append(' ');
            }
            out.append(part);
        }
        return emptyToNull(out.toString());
    }

    /** Removes every kind of whitespace: header and section names are compared without it. */
    static String compact(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u3000]+", "");
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Marked takeMark(String cell, Pattern mark) {
        Matcher m = mark.matcher(cell);
        if (!m.find()) {
            return new Marked(cell, null);
        }
        return new Marked(cell.substring(0, m.start()), points(m.group(1)));
    }

    /** The points of a mark, full-width digits and point made half-width first. */
    private static BigDecimal points(String digits) {
        return new BigDecimal(Normalizer.normalize(digits, Normalizer.Form.NFKC));
    }

    private static boolean startsWithDigit(String text) {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    private static boolean endsWithMark(CharSequence text) {
        return ITEM_MARK.matcher(text).find();
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
