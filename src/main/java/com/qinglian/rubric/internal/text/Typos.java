package com.qinglian.rubric.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that official texts commonly get wrong, each with the context that shows the mistake (途经 is a real word,
 * "通过…途经" is not). The importer lists what it finds as doubts and never changes the text.
 */
final class Typos {

    record Typo(String word, String likely) {}

    private record Rule(Pattern pattern, String word, String likely) {}

    private static final List<Rule> RULES = List.of(
            rule("(通过|等|多种|各种|有效|主要|渠道)[^。;;,,]{0,12}途经", "途经", "途径"),
            rule("途经[^。;;]{0,4}(了解|掌握|收集|反映)", "途经", "途径"),
            rule("既使", "既使", "即使"),
            rule("截止到", "截止到", "截至"),
            rule("(按装|安转)", "按装", "安装"),
            rule("(再次基础上|在次基础上)", "在次", "在此"),
            rule("(贯彻落实落实|落实落实)", "落实落实", "落实"),
            rule("必需(?=遵守|执行|落实)", "必需", "必须"),
            rule("以至于?(?=造成|引起|导致)", "以至", "以致"),
            rule("部置", "部置", "部署"));

    private Typos() {}

    static List<Typo> find(String text) {
        List<Typo> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            if (m.find()) {
                out.add(new Typo(rule.word(), rule.likely()));
            }
        }
        return out;
    }

    private static Rule rule(String regex, String word, String likely) {
        return new Rule(Pattern.compile(regex), word, likely);
    }
}
