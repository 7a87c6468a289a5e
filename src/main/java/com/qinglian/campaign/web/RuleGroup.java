package com.qinglian.campaign.web;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.Rubric;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rules of one published rubric a veto may be picked from, by title: its negative list. The titles of its
 * bonus rules are known too, so a veto stored on one (written in YAML) is shown by title rather than lost.
 *
 * @param rubric the rubric as the form's select names it ({@code code/version})
 * @param rules the negative-list rules, in the rubric's order
 * @param titles every negative-list and bonus rule's title by code
 */
public record RuleGroup(String rubric, List<CaseRule> rules, Map<String, String> titles) {

    static final RuleGroup NONE = new RuleGroup("", List.of(), Map.of());

    static RuleGroup of(Rubric rubric) {
        Map<String, String> titles = new LinkedHashMap<>();
        Stream.concat(rubric.negativeList().rules().stream(), rubric.bonus().rules().stream())
                .forEach(rule -> titles.putIfAbsent(rule.code(), rule.title()));
        return new RuleGroup(
                rubric.code() + "/" + rubric.version(), rubric.negativeList().rules(), titles);
    }

    /** Whether a code is one of the rules shown as checkboxes. */
    public boolean offers(String code) {
        return rules.stream().anyMatch(rule -> rule.code().equals(code));
    }

    /** A picked code's title, or the code itself when this rubric has no such rule. */
    public String title(String code) {
        return titles.getOrDefault(code, code);
    }
}
