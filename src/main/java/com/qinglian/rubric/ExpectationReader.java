package com.qinglian.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads from an item's published text how often or how much it asks for: "每季度不少于1次" (one per quarter),
 * "每半年至少召开1次", "全年不少于4次", "全覆盖", "不低于95%". It proposes, it never decides: every proposal names
 * the words it was read from, and only what the words state is proposed (定期, 经常 and the like give nothing).
 * Where a text states both, the count per period wins: it is what dated documents can show.
 */
public final class ExpectationReader {

    /** A period word, then at most a dozen characters of the same clause, then a number of occasions. */
    private static final Pattern COUNT = Pattern.compile("(?:每个?(半年|季度|季|年度|年|月|个月)|(全年|年内))"
            + "[^,,;;。、::!!??]{0,12}?"
            + "([0-9]{1,3}|[一二两三四五六七八九十]{1,3})\\s*(?:次|场|期|轮|回|篇)");

    /** 全覆盖, or a percentage with what bounds it (不低于95%, 90%以上, 100%). */
    private static final Pattern RATE =
            Pattern.compile("全覆盖|(?:不低于|不少于|达到|达|超过)?\\s*([0-9]{1,3}(?:\\.[0-9]{1,2})?)\\s*[%%](?:以上)?");

    private ExpectationReader() {}

    /** The proposals for every item of a rubric that states a frequency or a rate, in rubric order. */
    public static List<EvidenceExpectation> propose(Rubric rubric) {
        List<EvidenceExpectation> out = new ArrayList<>();
        for (RubricNode item : rubric.items()) {
            read(item.code(), item.text()).ifPresent(out::add);
        }
        return out;
    }

    /** The proposal for one item's text, if the text states a frequency or a rate. */
    public static Optional<EvidenceExpectation> read(String itemCode, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher count = COUNT.matcher(text);
        while (count.find()) {
            ExpectationPeriod period = period(count.group(1) != null ? count.group(1) : count.group(2));
            int times = number(count.group(3));
            if (times >= 1 && times <= 100) {
                return Optional.of(EvidenceExpectation.count(itemCode, period, times, count.group()));
            }
        }
        Matcher rate = RATE.matcher(text);
        while (rate.find()) {
            BigDecimal percent = rate.group(1) == null ? BigDecimal.valueOf(100) : new BigDecimal(rate.group(1));
            if (percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return Optional.of(
                        EvidenceExpectation.rate(itemCode, percent, rate.group().strip()));
            }
        }
        return Optional.empty();
    }

    private static ExpectationPeriod period(String word) {
        return switch (word) {
            case "半年" -> ExpectationPeriod.HALF_YEAR;
            case "季度", "季" -> ExpectationPeriod.QUARTER;
            case "月", "个月" -> ExpectationPeriod.MONTH;
            default -> ExpectationPeriod.YEAR;
        };
    }

    /** Arabic digits, or Chinese numerals up to 九十九 (一, 两, 十二, 二十). */
    static int number(String digits) {
        if (Character.isDigit(digits.charAt(0))) {
            return Integer.parseInt(digits);
        }
        String numerals = "零一二三四五六七八九";
        int value = 0;
        int pending = 0;
        for (char c : digits.toCharArray()) {
            if (c == '十') {
                value += (pending == 0 ? 1 : pending) * 10;
                pending = 0;
            } else {
                pending = c == '两' ? 2 : numerals.indexOf(c);
            }
        }
        return value + pending;
    }
}
