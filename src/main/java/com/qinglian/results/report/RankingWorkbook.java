package com.qinglian.results.report;

import com.qinglian.results.UnitOutcome;
import com.qinglian.rubric.RubricNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The ranking (通报) as a workbook: one sheet overall and one per unit type, rows streamed to disk as they are
 * written (at most {@link #WINDOW} rows in memory per sheet).
 */
final class RankingWorkbook {

    static final int WINDOW = 200;
    static final String OVERALL = "总排名";
    static final int HEADER_ROW = 2;

    private RankingWorkbook() {}

    /** The column headers: ranks, unit, type, one per subtotal column, then deductions, bonus, total, grade. */
    static List<String> headers(List<RubricNode> columns) {
        List<String> headers = new ArrayList<>(List.of("总排名", "类别排名", "单位代码", "单位名称", "类别"));
        columns.forEach(c -> headers.add(c.label() + "(" + plain(c.points()) + "分)"));
        headers.addAll(List.of("指标得分", "负面清单扣分", "加分", "总分", "等次", "一票否决", "说明"));
        return headers;
    }

    static void write(UnitRows source, ReportSource.Context context, OutputStream out) throws IOException {
        List<RubricNode> columns = ReportSource.subtotalColumns(context.rubric());
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            XlsxStyles styles = new XlsxStyles(workbook);
            sheet(
                    workbook,
                    styles,
                    source,
                    context,
                    columns,
                    OVERALL,
                    context.run().outcomes(),
                    null);
            sheet(
                    workbook,
                    styles,
                    source,
                    context,
                    columns,
                    "机关",
                    context.run().ranking("agency"),
                    "agency");
            sheet(
                    workbook,
                    styles,
                    source,
                    context,
                    columns,
                    "站所",
                    context.run().ranking("station"),
                    "station");
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void sheet(
            SXSSFWorkbook workbook,
            XlsxStyles styles,
            UnitRows source,
            ReportSource.Context context,
            List<RubricNode> columns,
            String name,
            List<UnitOutcome> outcomes,
            String unitType) {
        Sheet sheet = workbook.createSheet(name);
        List<String> headers = headers(columns);
        ColumnWidths widths = new ColumnWidths(headers.size(), 6, 40);
        styles.titleRow(sheet, 0, headers.size(), context.campaign().name() + "结果通报(" + name + ")", styles.title, 28);
        styles.titleRow(
                sheet,
                1,
                headers.size(),
                "评价体系:" + context.rubric().label() + ";结果计算于 "
                        + Dates.iso(context.run().computedAt()) + ",输入指纹 "
                        + context.run().inputsSha256().substring(0, 12),
                styles.subtitle,
                18);
        Row head = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < headers.size(); c++) {
            XlsxStyles.text(head, c, headers.get(c), styles.header, widths);
            widths.atLeast(c, Math.min(12, headers.get(c).length() * 2 + 2));
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
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
                for (BigDecimal subtotal : r.subtotals()) {
                    XlsxStyles.number(row, c++, subtotal, styles.number, widths);
                }
                XlsxStyles.number(row, c++, r.itemsTotal(), styles.number, widths);
                XlsxStyles.number(row, c++, r.deductions(), styles.number, widths);
                XlsxStyles.number(row, c++, r.bonus(), styles.number, widths);
                XlsxStyles.number(row, c++, r.total(), styles.boldNumber, widths);
                XlsxStyles.text(row, c++, r.grade(), styles.text, widths);
                XlsxStyles.text(row, c++, String.join("、", r.vetoes()), styles.text, widths);
                XlsxStyles.text(row, c, r.note(), styles.text, widths);
            }
        };
        source.rows(outcomes, columns, write);
        write.accept(ReportSource.incompleteRows(context.run(), unitType, columns.size()));
        widths.applyTo(sheet);
        XlsxStyles.printSetup(sheet, headers.size(), HEADER_ROW, true);
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
