package com.qinglian.evaluation;

import com.qinglian.shared.InputProblem;
import com.qinglian.shared.PlainDecimal;
import com.qinglian.shared.TableWorkbook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The offline scoring sheet: one row per unit and item, filled in Excel and uploaded back. */
public final class ScoringWorkbook {

    /** The evaluator's score when the sheet was made: an upload is refused where it changed since (online, say). */
    static final String SCORE_AT_DOWNLOAD = "下载时评分";

    static final List<String> HEADERS =
            List.of("单位代码", "单位名称", "细则代码", "内容与要求", "分值", "自评分", "评分", "意见", SCORE_AT_DOWNLOAD);
    static final List<String> REQUIRED = List.of("单位代码", "细则代码", "评分", "意见");

    private ScoringWorkbook() {}

    /** An upload read into rows, with what is wrong with the cells themselves. */
    public record Upload(List<SheetRow> rows, List<InputProblem> problems) {}

    public static byte[] write(List<ScoringSheet> sheets) {
        List<List<String>> rows = new ArrayList<>();
        for (ScoringSheet sheet : sheets) {
            for (ScoringSheet.Row row : sheet.rows()) {
                if (!row.scorable()) {
                    continue;
                }
                rows.add(List.of(
                        sheet.unit().code(),
                        sheet.unit().name(),
                        row.item().code(),
                        row.item().number() == null
                                ? row.item().text()
                                : row.item().number() + "." + row.item().text(),
                        plain(row.item().points()),
                        row.self() == null || row.self().selfScore() == null
                                ? ""
                                : plain(row.self().selfScore()),
                        row.mine() == null ? "" : plain(row.mine().score()),
                        row.mine() == null || row.mine().comment() == null
                                ? ""
                                : row.mine().comment(),
                        row.mine() == null ? "" : plain(row.mine().score())));
            }
        }
        return TableWorkbook.write("评分表", HEADERS, rows);
    }

    public static Upload read(byte[] xlsx) {
        List<SheetRow> rows = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (TableWorkbook.Record record : TableWorkbook.read(xlsx, REQUIRED)) {
            String text = record.get("评分");
            BigDecimal score = null;
            if (!text.isEmpty()) {
                try {
                    score = PlainDecimal.parse(text);
                } catch (PlainDecimal.Refused e) {
                    problems.add(InputProblem.of(record.row(), "评分", "evaluation.error.scoreText", text));
                }
            }
            boolean guarded = record.cells().containsKey(SCORE_AT_DOWNLOAD);
            BigDecimal atDownload = null;
            if (guarded && !record.get(SCORE_AT_DOWNLOAD).isEmpty()) {
                try {
                    atDownload = PlainDecimal.parse(record.get(SCORE_AT_DOWNLOAD));
                } catch (PlainDecimal.Refused e) {
                    problems.add(InputProblem.of(
                            record.row(),
                            SCORE_AT_DOWNLOAD,
                            "evaluation.error.scoreText",
                            record.get(SCORE_AT_DOWNLOAD)));
                }
            }
            rows.add(new SheetRow(
                    record.row(),
                    record.get("单位代码"),
                    record.get("细则代码"),
                    score,
                    record.get("意见"),
                    guarded,
                    atDownload));
        }
        return new Upload(rows, problems);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
