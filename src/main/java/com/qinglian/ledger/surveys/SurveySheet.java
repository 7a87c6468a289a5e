package com.qinglian.ledger.surveys;

import com.qinglian.ledger.internal.Decimals;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.PlainDecimal;
import com.qinglian.shared.TableWorkbook;
import com.qinglian.shared.TextInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A survey's results as an Excel sheet: the template, and reading an upload into checked rows. */
public final class SurveySheet {

    static final String UNIT = "单位代码";
    static final String RESPONDENTS = "参评人数";
    static final String RATE = "满意率(%)";
    static final String RATING = "评价结果";
    /** The columns of the template, in order. */
    public static final List<String> HEADERS = List.of(UNIT, RESPONDENTS, RATE, RATING);

    private static final List<String> RATE_HEADERS = List.of(RATE, "满意率(%)", "满意率");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final PlainDecimal.Bounds RATE_BOUNDS = new PlainDecimal.Bounds(3, 4);

    private SurveySheet() {}

    public static byte[] template() {
        return TableWorkbook.write(
                "测评结果", HEADERS, List.of(List.of("A001", "120", "96.5", "满意"), List.of("S001", "45", "72", "不满意")));
    }

    /** The rows of an upload with what is wrong in the cells themselves (units are checked by {@link Surveys}). */
    public record Upload(List<SurveyResult> rows, List<InputProblem> problems) {}

    /** Reads an upload; throws only when the file itself is unreadable or lacks a column. */
    public static Upload read(byte[] xlsx) {
        List<TableWorkbook.Record> records = TableWorkbook.read(xlsx, List.of(UNIT, RESPONDENTS, RATING));
        List<InputProblem> problems = new ArrayList<>();
        List<SurveyResult> rows = new ArrayList<>();
        String rateColumn = records.isEmpty()
                ? RATE
                : RATE_HEADERS.stream()
                        .filter(h -> records.get(0).cells().containsKey(h))
                        .findFirst()
                        .orElse(null);
        if (rateColumn == null) {
            throw new InputRejectedException(List.of(InputProblem.of(1, RATE, "import.error.missingColumn", RATE)));
        }
        if (records.isEmpty()) {
            throw new InputRejectedException(List.of(InputProblem.ofFile("import.error.noRows")));
        }
        boolean fractionScale = fractionScale(records, rateColumn);
        for (TableWorkbook.Record record : records) {
            int row = record.row();
            String unit = record.get(UNIT);
            if (unit.isEmpty()) {
                problems.add(InputProblem.of(row, UNIT, "survey.error.unitMissing"));
            }
            Integer respondents = respondents(record.get(RESPONDENTS));
            if (respondents == null) {
                problems.add(InputProblem.of(row, RESPONDENTS, "survey.error.respondents", record.get(RESPONDENTS)));
            }
            BigDecimal rate = rate(record.get(rateColumn));
            if (rate == null) {
                problems.add(InputProblem.of(row, RATE, "survey.error.rate", shown(record.get(rateColumn))));
            } else if (looksLikeFraction(rate, record.get(rateColumn), fractionScale)) {
                problems.add(InputProblem.of(row, RATE, "survey.error.rateScale", record.get(rateColumn)));
                rate = null;
            }
            SurveyRating rating = SurveyRating.parse(record.get(RATING)).orElse(null);
            if (rating == null) {
                problems.add(InputProblem.of(row, RATING, "survey.error.rating", record.get(RATING)));
            }
            rows.add(new SurveyResult(
                    unit,
                    respondents == null ? 0 : respondents,
                    rate == null ? BigDecimal.ZERO : rate,
                    rating == null ? SurveyRating.SATISFIED : rating,
                    row));
        }
        return new Upload(rows, problems);
    }

    private static Integer respondents(String text) {
        String value = text.replace(",", "").strip();
        if (!value.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(value);
    }

    /**
     * A rate as a percentage, 0 to 100 with at most four decimals (docs/decisions.md, D-survey-scale); a trailing
     * {@code %} is allowed. Null when the text is no such number.
     */
    private static BigDecimal rate(String text) {
        String value = text.strip();
        if (value.endsWith("%") || value.endsWith("％")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        if (!PlainDecimal.isPlain(value, RATE_BOUNDS)) {
            return null;
        }
        BigDecimal rate = Decimals.plain(PlainDecimal.parse(value, RATE_BOUNDS));
        return rate.signum() >= 0 && rate.compareTo(HUNDRED) <= 0 ? rate : null;
    }

    /**
     * Whether a rate written without {@code %} only makes sense as a fraction of one: anything between 0 and 1
     * (0.95 is 95 %, not 0.95 %), and 1 itself in a file whose rates are all fractions.
     */
    private static boolean looksLikeFraction(BigDecimal rate, String text, boolean fractionScale) {
        if (hasPercentSign(text) || rate.signum() == 0) {
            return false;
        }
        return rate.compareTo(BigDecimal.ONE) < 0 || fractionScale && rate.compareTo(BigDecimal.ONE) == 0;
    }

    /** Whether every non-zero rate of the file written without {@code %} lies between 0 and 1 inclusive. */
    private static boolean fractionScale(List<TableWorkbook.Record> records, String rateColumn) {
        List<BigDecimal> rates = records.stream()
                .map(r -> r.get(rateColumn))
                .filter(t -> !hasPercentSign(t))
                .map(SurveySheet::rate)
                .filter(r -> r != null && r.signum() > 0)
                .toList();
        return !rates.isEmpty() && rates.stream().allMatch(r -> r.compareTo(BigDecimal.ONE) <= 0);
    }

    private static boolean hasPercentSign(String text) {
        String value = text.strip();
        return value.endsWith("%") || value.endsWith("％");
    }

    private static String shown(String text) {
        return TextInput.length(text) <= 40 ? text : text.substring(0, text.offsetByCodePoints(0, 40)) + "…";
    }
}
