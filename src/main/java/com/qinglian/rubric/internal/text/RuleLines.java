package com.qinglian.rubric.internal.text;

import static com.qinglian.rubric.RubricDoubt.Kind.DEDUCTION_WITHOUT_UNIT;

import java.util.List;

/** The negative-list and bonus sections after the table: a category line, then rules ending in their marks. */
final class RuleLines {

    private RuleLines() {}

    /** The section a heading line such as 负面清单 or 加分项 starts, or null. */
    static TreeBuilder.Section sectionStart(String text) {
        String c = Marks.compact(text);
        if (c.length() > 12 || Marks.trailingPoints(c) != null || Marks.ruleMark(c) != null) {
            return null;
        }
        if (c.matches("^(?:[一二三四五六七八九十]+[、.．])?(负面清单|扣分项|减分项|扣分事项|否决项).*")) {
            return TreeBuilder.Section.NEGATIVE;
        }
        if (c.matches("^(?:[一二三四五六七八九十]+[、.．])?(加分项|加分事项|加分)[::]?$")) {
            return TreeBuilder.Section.BONUS;
        }
        return null;
    }

    /** Reads one line of a rule section; returns the category that holds for the lines after it. */
    static String read(
            TextLine line, boolean deduction, String category, List<DraftRule> rules, List<PendingDoubt> doubts) {
        String t = line.text();
        Marks.RuleMark mark = Marks.ruleMark(t);
        if (mark == null) {
            return t;
        }
        Marks.Numbered number = Marks.itemStart(mark.title());
        String title = number == null ? mark.title() : number.rest();
        DraftRule rule = new DraftRule(deduction, category, title, TreeBuilder.range(line));
        if (mark.unit() != null) {
            rule.perCase = mark.points();
        } else {
            rule.fixed = mark.points();
            doubts.add(PendingDoubt.onRule(DEDUCTION_WITHOUT_UNIT, rule, TreeBuilder.range(line), mark.printed()));
        }
        rules.add(rule);
        return category;
    }
}
