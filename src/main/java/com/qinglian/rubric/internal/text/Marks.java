package com.qinglian.rubric.internal.text;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The marks published rubric texts use: "(N分)" in half- or full-width, item numbers, bare totals, rule marks. */
final class Marks {

    private static final String OPEN = "[(（]";
    private static final String CLOSE = "[)）]";
    private static final String SP = "[\\s\\u3000\\u00a0]*";
    private static final String NUMBER = "([0-9０-９]{1,4}(?:[.．][0-9０-９]{1,4})?)";
    private static final String SIGN = "([-+−－﹣—–＋])";

    /** "(4分)" alone on a line; "(65)" without 分 also, reported as a broken mark. */
    private static final Pattern POINTS_ALONE =
            Pattern.compile("^" + OPEN + SP + NUMBER + SP + "(分)?" + SP + CLOSE + "$");

    private static final Pattern UNCLOSED = Pattern.compile("^" + OPEN + SP + NUMBER + SP + "(分)?$");
    /** "…(2分)" at the end of a text. */
    private static final Pattern TRAILING_POINTS =
            Pattern.compile(OPEN + SP + NUMBER + SP + "分" + SP + CLOSE + SP + "$");
    /** "…(-1分/例)", "(-3)", "(+2分)": a rule's points at the end of its line. */
    private static final Pattern RULE_MARK = Pattern.compile(OPEN + SP + SIGN + "?" + SP + NUMBER + SP + "(分)?" + SP
            + "(?:[/／每]" + SP + "([^)）\\s]{1,4}))?" + SP + CLOSE + SP + "$");
    /** A total on a line of its own: "4", "10", "0.5". */
    private static final Pattern BARE_NUMBER = Pattern.compile("^" + NUMBER + "$");
    /** "1." "1." "1、" "(1)" "(1)" "①" at the start of a line. */
    private static final Pattern ITEM_START = Pattern.compile(
            "^(?:([0-9０-９]{1,3})[.．、]|" + OPEN + "([0-9０-９]{1,2})" + CLOSE + "|([\\u2460-\\u2473]))" + SP);
    /** "一、" "(一)" "第一部分" at the start of a heading. */
    private static final Pattern HEADING_NUMBER =
            Pattern.compile("^(?:([一二三四五六七八九十]{1,3})[、.．]|" + OPEN + "([一二三四五六七八九十]{1,3})" + CLOSE + ")" + SP);
    /** "每…扣N分" inside an item: a deduction per case. */
    private static final Pattern PER_CASE_DEDUCTION =
            Pattern.compile("每[^,，;；。扣]{0,12}扣(?:除)?" + SP + NUMBER + SP + "分");
    /** "扣N分" without "每": a deduction that does not say per what. */
    private static final Pattern DEDUCTION = Pattern.compile("扣(?:除)?" + SP + NUMBER + SP + "分");

    private Marks() {}

    record Points(BigDecimal points, boolean unit) {}

    record Marked(String text, BigDecimal points) {}

    record RuleMark(String title, BigDecimal points, boolean negative, boolean signed, String unit, String printed) {}

    record Numbered(String number, String rest, String style) {}

    static Points pointsAlone(String line) {
        Matcher m = POINTS_ALONE.matcher(line);
        return m.matches() ? new Points(decimal(m.group(1)), m.group(2) != null) : null;
    }

    /** "(65" with its closing bracket missing: the published page broke the mark over two lines. */
    static boolean isUnclosedMark(String line) {
        return UNCLOSED.matcher(line).matches();
    }

    static boolean isClosingBracket(String line) {
        return line.equals(")") || line.equals("）");
    }

    static Marked trailingPoints(String text) {
        Matcher m = TRAILING_POINTS.matcher(text);
        return m.find() ? new Marked(text.substring(0, m.start()).strip(), decimal(m.group(1))) : null;
    }

    static RuleMark ruleMark(String line) {
        Matcher m = RULE_MARK.matcher(line);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        String sign = m.group(1);
        boolean negative = sign != null && !"+".equals(sign) && !"＋".equals(sign);
        String unit = m.group(4);
        boolean pointsUnit = m.group(3) != null;
        return new RuleMark(
                line.substring(0, m.start()).strip(),
                decimal(m.group(2)),
                negative,
                sign != null,
                pointsUnit ? unit : null,
                line.substring(m.start()).strip());
    }

    static BigDecimal bareNumber(String line) {
        Matcher m = BARE_NUMBER.matcher(line);
        return m.matches() ? decimal(m.group(1)) : null;
    }

    static Numbered itemStart(String line) {
        Matcher m = ITEM_START.matcher(line);
        if (!m.find()) {
            return null;
        }
        String rest = line.substring(m.end());
        if (m.group(1) != null) {
            return new Numbered(plain(m.group(1)), rest, "dot");
        }
        if (m.group(2) != null) {
            return new Numbered(plain(m.group(2)), rest, "paren");
        }
        return new Numbered(String.valueOf(m.group(3).charAt(0) - 0x2460 + 1), rest, "circle");
    }

    static Numbered headingNumber(String line) {
        Matcher m = HEADING_NUMBER.matcher(line);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null
                ? new Numbered(m.group(1), line.substring(m.end()), "cn")
                : new Numbered(m.group(2), line.substring(m.end()), "cn-paren");
    }

    static BigDecimal perCaseDeduction(String text) {
        Matcher m = PER_CASE_DEDUCTION.matcher(text);
        return m.find() ? decimal(m.group(1)) : null;
    }

    static BigDecimal deduction(String text) {
        Matcher m = DEDUCTION.matcher(text);
        return m.find() ? decimal(m.group(1)) : null;
    }

    static boolean deductsToZero(String text) {
        String compact = compact(text);
        return compact.contains("扣完为止") || compact.contains("扣完即止") || compact.contains("扣至0分");
    }

    /** A sentence rather than a name: it has sentence punctuation or is long. */
    static boolean sentenceLike(String text) {
        return text.codePointCount(0, text.length()) > 24 || text.matches(".*[,，;；。:：].*");
    }

    /** Every kind of space removed, including the no-break space web pages are full of. */
    static String compact(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u3000\\u00a0]+", "");
    }

    /** Spaces at both ends removed, the no-break and ideographic ones included. */
    static String strip(String text) {
        return text.replaceAll("^[\\s\\u3000\\u00a0]+|[\\s\\u3000\\u00a0]+$", "");
    }

    static String plainPoints(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String plain(String digits) {
        return Normalizer.normalize(digits, Normalizer.Form.NFKC);
    }

    private static BigDecimal decimal(String digits) {
        return new BigDecimal(plain(digits));
    }
}
