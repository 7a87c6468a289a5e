package com.qinglian.rubric.internal.text;

import static com.qinglian.rubric.RubricDoubt.Kind.REPEATED_COPY;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.ImportedDraft;
import com.qinglian.rubric.LineRange;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricDoubt;
import com.qinglian.rubric.RubricInvalidException;
import com.qinglian.rubric.RubricMetadata;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricOrigin;
import com.qinglian.rubric.RubricProblem;
import com.qinglian.rubric.RubricValidator;
import com.qinglian.rubric.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rubric from the lines of a flattened table: the title and the 时间/来源 lines before the table header,
 * the table (rebuilt by {@link TreeBuilder}), and the negative list and bonus sections after it. A page copied
 * twice holds the table twice: a later copy that reads the same is listed as a doubt and left out, one that
 * reads differently refuses the text.
 */
public final class TextRubricReader {

    public static final String DEFAULT_CODE = "imported";
    public static final String DEFAULT_TITLE = "导入的评价体系";

    private static final Set<String> HEADER_WORDS = Set.of(
            "一级指标", "二级指标", "三级指标", "内容与要求", "评分标准", "考核内容", "评价内容", "考评内容", "分值", "备注", "评分细则", "评价指标", "考核指标", "序号",
            "考核标准", "评分方法", "得分", "标准分", "评价要点");
    private static final Pattern TITLE_WORDS = Pattern.compile(".*(体系|细则|标准|办法|方案|评分表|考核表|评价表).*");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern PUBLISHER = Pattern.compile("来源[::]\\s*(\\S+)");
    private static final Pattern META = Pattern.compile("^(时间|发布时间|日期|来源|发布日期|发文单位)[::].*|^\\d{4}-\\d{1,2}-\\d{1,2}.*");

    private TextRubricReader() {}

    /** Reads lines already numbered (blank lines left out); throws {@link RubricInvalidException} when nothing fits. */
    public static ImportedDraft read(List<String> sourceLines, List<TextLine> lines, RubricOrigin origin) {
        Preamble preamble = preamble(lines);
        List<List<TextLine>> copies = copies(lines.subList(preamble.bodyStart, lines.size()), preamble.title);
        Reading first = readCopy(copies.get(0));
        List<RubricDoubt> doubts = new ArrayList<>(first.doubts);
        for (List<TextLine> copy : copies.subList(1, copies.size())) {
            Reading again = readCopy(skipPreamble(copy));
            LineRange range = new LineRange(
                    copy.get(0).number(), copy.get(copy.size() - 1).number());
            if (!again.sameAs(first)) {
                throw new RubricInvalidException(
                        RubricProblem.of(range.label(), "rubric.error.text.copiesDiffer", range.label()));
            }
            doubts.add(RubricDoubt.of(REPEATED_COPY, "", range, range.label()));
        }
        doubts.sort(Comparator.comparingInt(d -> d.lines().from()));
        LocalDate date = preamble.date;
        Rubric read = new Rubric(
                DEFAULT_CODE,
                date == null ? "1" : String.valueOf(date.getYear()),
                preamble.title == null ? DEFAULT_TITLE : preamble.title,
                new RubricMetadata(preamble.publisher, date, "zh-CN", null, null),
                RubricValidator.sum(first.nodes),
                null,
                null,
                null,
                first.nodes,
                new RuleSet(first.negative, null),
                new RuleSet(first.bonus, null));
        // totals are kept as printed (each difference is a doubt), declared to score what the children give
        Rubric rubric = read.withPrintedTotalsDeclared();
        return new ImportedDraft(rubric, origin, sourceLines, first.sources, doubts);
    }

    /** Splits text into numbered lines, blank ones left out, each stripped of spaces (the no-break space too). */
    public static List<TextLine> numbered(List<String> sourceLines) {
        List<TextLine> out = new ArrayList<>();
        for (int i = 0; i < sourceLines.size(); i++) {
            String text = Marks.strip(sourceLines.get(i));
            if (!text.isEmpty()) {
                out.add(TextLine.any(i + 1, text));
            }
        }
        return out;
    }

    private record Reading(
            List<RubricNode> nodes,
            List<CaseRule> negative,
            List<CaseRule> bonus,
            java.util.Map<String, LineRange> sources,
            List<RubricDoubt> doubts) {

        boolean sameAs(Reading other) {
            return nodes.equals(other.nodes) && negative.equals(other.negative) && bonus.equals(other.bonus);
        }
    }

    private static Reading readCopy(List<TextLine> lines) {
        TreeBuilder builder = new TreeBuilder();
        lines.forEach(builder::accept);
        builder.finish();
        DraftAssembler assembler = new DraftAssembler();
        List<RubricNode> nodes = assembler.nodes(builder.roots);
        List<CaseRule> negative = assembler.rules(builder.rules, true);
        List<CaseRule> bonus = assembler.rules(builder.rules, false);
        List<RubricDoubt> doubts = new ArrayList<>();
        builder.doubts.forEach(d -> doubts.add(d.resolve()));
        assembler.doubts.forEach(d -> doubts.add(d.resolve()));
        return new Reading(nodes, negative, bonus, assembler.sources, doubts);
    }

    private record Preamble(String title, String publisher, LocalDate date, int bodyStart) {}

    private static Preamble preamble(List<TextLine> lines) {
        if (lines.isEmpty()) {
            throw new RubricInvalidException(RubricProblem.of("", "rubric.error.emptyFile"));
        }
        int header = -1;
        for (int i = 0; i < lines.size() && i < 40; i++) {
            if (isHeaderWord(lines.get(i).text())) {
                header = i;
                break;
            }
        }
        String title = null;
        String publisher = null;
        LocalDate date = null;
        int start = 0;
        String first = lines.get(0).text();
        if (header > 0 || TITLE_WORDS.matcher(first).matches() && Marks.trailingPoints(first) == null) {
            title = first;
            start = 1;
        }
        int end = header >= 0 ? header : lines.size();
        for (int i = start; i < end; i++) {
            String t = lines.get(i).text();
            if (!META.matcher(t).matches() && !t.equals(title)) {
                if (header < 0) {
                    break;
                }
                continue;
            }
            Matcher p = PUBLISHER.matcher(t);
            publisher = p.find() ? p.group(1) : publisher;
            date = date == null ? date(t) : date;
            start = i + 1;
        }
        int body = header >= 0 ? afterHeader(lines, header) : start;
        return new Preamble(title, publisher, date, body);
    }

    private static int afterHeader(List<TextLine> lines, int header) {
        int i = header;
        while (i < lines.size() && isHeaderWord(lines.get(i).text())) {
            i++;
        }
        return i;
    }

    /** The body split where the title comes again (a page copied twice). */
    private static List<List<TextLine>> copies(List<TextLine> body, String title) {
        List<List<TextLine>> out = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        for (TextLine line : body) {
            if (title != null && line.text().equals(title) && current.stream().anyMatch(l -> !isPreamble(l, title))) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(line);
        }
        out.add(current);
        if (out.get(0).isEmpty()) {
            throw new RubricInvalidException(RubricProblem.of("", "rubric.error.text.noStructure"));
        }
        return out;
    }

    private static List<TextLine> skipPreamble(List<TextLine> copy) {
        int i = 0;
        while (i < copy.size() && isPreamble(copy.get(i), copy.get(0).text())) {
            i++;
        }
        return copy.subList(i, copy.size());
    }

    private static boolean isPreamble(TextLine line, String title) {
        String t = line.text();
        return t.equals(title) || META.matcher(t).matches() || isHeaderWord(t);
    }

    static boolean isHeaderWord(String text) {
        return HEADER_WORDS.contains(Marks.compact(text));
    }

    private static LocalDate date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
