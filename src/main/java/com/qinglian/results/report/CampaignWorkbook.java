package com.qinglian.results.report;

import com.qinglian.results.UnitOutcome;
import com.qinglian.results.internal.ReportRepository;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The organisers' analysis workbook: every unit's final score on every item (a column per item), its totals
 * and ranks; every negative-list and bonus line; and the items with their points, for lookups. Streamed.
 */
final class CampaignWorkbook {

    static final String SCORES = "单位细则得分";
    static final String CASES = "负面清单与加分";
    static final String ITEMS = "细则";
    static final int HEADER_ROW = 1;
    static final List<String> LEAD = List.of("总排名", "类别排名", "单位代码", "单位名称", "类别");
    static final List<String> TAIL = List.of("指标得分", "负面清单扣分", "加分", "总分", "等次", "说明");

    private CampaignWorkbook() {}

    static void write(ReportSource source, ReportSource.Context context, OutputStream out) throws IOException {
        write(source, source::caseLines, source.cases(context.campaign().code()), context, out);
    }

    static void write(
            UnitRows source,
            java.util.function.Function<List<UnitOutcome>, Map<Long, List<ReportRepository.ResultLine>>> caseLines,
            CaseIndex ledgerCases,
            ReportSource.Context context,
            OutputStream out)
            throws IOException {
        List<RubricNode> items = context.rubric().items();
        SXSSFWorkbook workbook = new SXSSFWorkbook(RankingWorkbook.WINDOW);
        try {
            XlsxStyles styles = new XlsxStyles(workbook);
            scores(workbook, styles, source, context, items);
            cases(workbook, styles, caseLines, ledgerCases, context);
            items(workbook, styles, context);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void scores(
            SXSSFWorkbook workbook,
            XlsxStyles styles,
            UnitRows source,
            ReportSource.Context context,
            List<RubricNode> items) {
        Sheet sheet = workbook.createSheet(SCORES);
        int columns = LEAD.size() + items.size() + TAIL.size();
        ColumnWidths widths = new ColumnWidths(columns, 6, 30);
        styles.titleRow(sheet, 0, Math.min(columns, 12), context.campaign().name() + " 各单位细则得分", styles.title, 28);
        Row head = sheet.createRow(HEADER_ROW);
        int h = 0;
        for (String name : LEAD) {
            XlsxStyles.text(head, h++, name, styles.header, widths);
        }
        for (RubricNode item : items) {
            XlsxStyles.text(head, h++, item.code(), styles.header, widths);
        }
        for (String name : TAIL) {
            XlsxStyles.text(head, h++, name, styles.header, widths);
        }
        sheet.createFreezePane(LEAD.size(), HEADER_ROW + 1);
        int[] next = {HEADER_ROW + 1};
        Consumer<List<RankingRow>> write = batch -> {
            for (RankingRow r : batch) {
                Row row = sheet.createRow(next[0]++);
                int c = 0;
                XlsxStyles.number(row, c++, r.rank(), styles.number, widths);
                XlsxStyles.number(row, c++, r.typeRank(), styles.number, widths);
                XlsxStyles.text(row, c++, r.unitCode(), styles.text, widths);
                XlsxStyles.text(row, c++, r.unitName(), styles.text, widths);
                XlsxStyles.text(row, c++, r.typeName(), styles.text, widths);
                for (int i = 0; i < items.size(); i++) {
                    boolean applies =
                            context.applicability().applies(items.get(i).code(), r.unitCode(), r.unitType());
                    XlsxStyles.number(row, c++, applies ? r.subtotals().get(i) : null, styles.number, widths);
                }
                XlsxStyles.number(row, c++, r.itemsTotal(), styles.number, widths);
                XlsxStyles.number(row, c++, r.deductions(), styles.number, widths);
                XlsxStyles.number(row, c++, r.bonus(), styles.number, widths);
                XlsxStyles.number(row, c++, r.total(), styles.boldNumber, widths);
                XlsxStyles.text(row, c++, r.grade(), styles.text, widths);
                XlsxStyles.text(row, c, r.note(), styles.text, widths);
            }
        };
        source.rows(context.run().outcomes(), items, write);
        write.accept(ReportSource.incompleteRows(context.run(), null, items.size()));
        widths.applyTo(sheet);
        XlsxStyles.printSetup(sheet, columns, HEADER_ROW, true);
    }

    /** The rule's words and a case's amount or level come last, so the columns read before keep their places. */
    static final List<String> CASE_HEADERS = List.of("单位代码", "单位名称", "类型", "规则代码", "分数", "计算与依据", "规则", "分值或级别");

    private static void cases(
            SXSSFWorkbook workbook,
            XlsxStyles styles,
            java.util.function.Function<List<UnitOutcome>, Map<Long, List<ReportRepository.ResultLine>>> caseLines,
            CaseIndex ledgerCases,
            ReportSource.Context context) {
        Sheet sheet = workbook.createSheet(CASES);
        ColumnWidths widths = new ColumnWidths(CASE_HEADERS.size(), 8, 60);
        styles.titleRow(sheet, 0, CASE_HEADERS.size(), context.campaign().name() + " 负面清单扣分与加分", styles.title, 28);
        Row head = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < CASE_HEADERS.size(); c++) {
            XlsxStyles.text(head, c, CASE_HEADERS.get(c), styles.header, widths);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        List<UnitOutcome> outcomes = context.run().outcomes();
        int next = HEADER_ROW + 1;
        for (int from = 0; from < outcomes.size(); from += ReportSource.BATCH) {
            List<UnitOutcome> slice = outcomes.subList(from, Math.min(outcomes.size(), from + ReportSource.BATCH));
            Map<Long, List<ReportRepository.ResultLine>> lines = caseLines.apply(slice);
            for (UnitOutcome o : slice) {
                for (ReportRepository.ResultLine line : lines.getOrDefault(o.id(), List.of())) {
                    Row row = sheet.createRow(next++);
                    XlsxStyles.text(row, 0, o.unitCode(), styles.text, widths);
                    XlsxStyles.text(row, 1, o.unitName(), styles.text, widths);
                    XlsxStyles.text(row, 2, kind(line.kind()), styles.text, widths);
                    XlsxStyles.text(row, 3, line.code(), styles.text, widths);
                    XlsxStyles.number(row, 4, line.points(), styles.number, widths);
                    XlsxStyles.text(row, 5, context.words().words(line.detail()), styles.text, widths);
                    XlsxStyles.text(row, 6, ReportSource.ruleTitle(context.rubric(), line.code()), styles.text, widths);
                    XlsxStyles.text(
                            row,
                            7,
                            CaseIndex.measure(ledgerCases
                                    .named(o.unitCode(), line.code(), line.detail())
                                    .orElse(null)),
                            styles.text,
                            widths);
                }
            }
        }
        widths.applyTo(sheet);
        XlsxStyles.printSetup(sheet, CASE_HEADERS.size(), HEADER_ROW, true);
    }

    static String kind(String kind) {
        return switch (kind) {
            case "DEDUCTION" -> "负面清单";
            case "DEDUCTION_CAP" -> "扣分上限返还";
            case "BONUS" -> "加分";
            case "BONUS_CAP" -> "加分上限";
            case "CLAUSE" -> "条款扣加分";
            default -> kind;
        };
    }

    static final List<String> ITEM_HEADERS = List.of("细则代码", "一级指标", "二级指标", "内容与要求", "分值");

    private static void items(SXSSFWorkbook workbook, XlsxStyles styles, ReportSource.Context context) {
        Sheet sheet = workbook.createSheet(ITEMS);
        ColumnWidths widths = new ColumnWidths(ITEM_HEADERS.size(), 8, 70);
        styles.titleRow(sheet, 0, ITEM_HEADERS.size(), context.rubric().label(), styles.title, 28);
        Row head = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < ITEM_HEADERS.size(); c++) {
            XlsxStyles.text(head, c, ITEM_HEADERS.get(c), styles.header, widths);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        int next = HEADER_ROW + 1;
        List<String> path = new ArrayList<>(List.of("", "", ""));
        for (RubricTable.Row tableRow : RubricTable.of(context.rubric()).rows()) {
            for (RubricTable.Cell side : tableRow.side()) {
                int level = ScoreSheetLayout.sideColumn(side.node());
                path.set(level, side.node().label());
                for (int deeper = level + 1; deeper < path.size(); deeper++) {
                    path.set(deeper, "");
                }
            }
            RubricNode item = tableRow.item();
            Row row = sheet.createRow(next++);
            XlsxStyles.text(row, 0, item.code(), styles.text, widths);
            XlsxStyles.text(
                    row, 1, path.get(0) + (path.get(1).isEmpty() ? "" : " " + path.get(1)), styles.text, widths);
            XlsxStyles.text(row, 2, path.get(2), styles.text, widths);
            XlsxStyles.text(row, 3, item.label(), styles.wrapped, widths);
            XlsxStyles.number(row, 4, item.points(), styles.number, widths);
        }
        widths.applyTo(sheet);
        XlsxStyles.printSetup(sheet, ITEM_HEADERS.size(), HEADER_ROW, false);
    }
}
