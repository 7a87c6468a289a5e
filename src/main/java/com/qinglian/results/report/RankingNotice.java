package com.qinglian.results.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import com.qinglian.results.UnitOutcome;
import com.qinglian.rubric.RubricNode;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ranking as an official notice (通报) after GB/T 9704: title, addressees, a paragraph naming the
 * campaign and rubric, one table per unit type (rank within the type and overall, the dimension subtotals,
 * deductions, bonus, total, grade), then the issuing body and the date with room for the seal above them.
 * Table rows go to the document in chunks, so a long ranking is written page by page.
 */
final class RankingNotice {

    static final int CHUNK = 100;
    static final List<String> TYPES = List.of("agency", "station");

    private RankingNotice() {}

    static String title(ReportSource.Context context) {
        return "关于" + context.campaign().name() + "结果的通报";
    }

    static void write(
            PdfKit kit,
            UnitRows source,
            ReportSource.Context context,
            String issuer,
            LocalDate date,
            OutputStream out) {
        Document document = kit.open(out, title(context), true);
        document.add(kit.heading(title(context), PdfKit.TITLE, Element.ALIGN_CENTER));
        document.add(kit.paragraph(" ", PdfKit.BODY, Element.ALIGN_LEFT));
        document.add(kit.paragraph("各被评价单位:", PdfKit.BODY, Element.ALIGN_LEFT));
        document.add(kit.body(
                "根据《" + context.rubric().title() + "》,现将" + context.campaign().name() + "结果通报如下(总分满分 "
                        + RankingWorkbook.plain(context.rubric().total()) + " 分):"));
        List<RubricNode> columns = ReportSource.subtotalColumns(context.rubric());
        boolean[] incomplete = {false};
        String[] numbers = {"一", "二", "三", "四"};
        int section = 0;
        for (String type : TYPES) {
            List<UnitOutcome> outcomes = context.run().ranking(type);
            List<RankingRow> unfinished = ReportSource.incompleteRows(context.run(), type, columns.size());
            if (outcomes.isEmpty() && unfinished.isEmpty()) {
                continue;
            }
            document.add(kit.heading(
                    numbers[section++] + "、" + RankingRow.typeName(type) + "(" + (outcomes.size() + unfinished.size())
                            + " 个)",
                    PdfKit.BODY,
                    Element.ALIGN_LEFT));
            PdfPTable table = table(kit, columns);
            table.setComplete(false);
            int[] pending = {0};
            source.rows(outcomes, columns, batch -> {
                for (RankingRow row : batch) {
                    addRow(kit, table, row);
                    incomplete[0] |= !row.complete();
                    if (++pending[0] == CHUNK) {
                        document.add(table);
                        pending[0] = 0;
                    }
                }
            });
            for (RankingRow row : unfinished) {
                addRow(kit, table, row);
                incomplete[0] = true;
            }
            table.setComplete(true);
            document.add(table);
        }
        if (incomplete[0]) {
            document.add(kit.body("注:标注“" + RankingRow.INCOMPLETE + "”的单位评价结果尚不完整,不参与排名和定等。"));
        }
        document.add(kit.paragraph(" ", PdfKit.BODY, Element.ALIGN_LEFT));
        document.add(kit.paragraph(" ", PdfKit.BODY, Element.ALIGN_LEFT));
        document.add(kit.paragraph(" ", PdfKit.BODY, Element.ALIGN_LEFT));
        var signature = kit.paragraph(issuer, PdfKit.BODY, Element.ALIGN_RIGHT);
        signature.setIndentationRight(2 * PdfKit.BODY);
        document.add(signature);
        var dated = kit.paragraph(Dates.chinese(date), PdfKit.BODY, Element.ALIGN_RIGHT);
        dated.setIndentationRight(4 * PdfKit.BODY);
        document.add(dated);
        document.close();
    }

    static List<String> headers(List<RubricNode> columns) {
        List<String> headers = new ArrayList<>(List.of("类别排名", "总排名", "单位名称"));
        columns.forEach(c -> headers.add(c.label() + "(" + RankingWorkbook.plain(c.points()) + ")"));
        headers.addAll(List.of("扣分", "加分", "总分", "等次"));
        return headers;
    }

    private static PdfPTable table(PdfKit kit, List<RubricNode> columns) {
        List<String> headers = headers(columns);
        PdfPTable table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        float[] widths = new float[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == 2 ? 3.2f : i < 2 ? 1.1f : i == widths.length - 1 ? 2.0f : 1.2f;
        }
        table.setWidths(widths);
        table.setHeaderRows(1);
        table.setSpacingBefore(4f);
        table.setSpacingAfter(8f);
        headers.forEach(h -> table.addCell(kit.header(h, PdfKit.SMALL)));
        return table;
    }

    private static void addRow(PdfKit kit, PdfPTable table, RankingRow row) {
        table.addCell(kit.number(row.typeRank(), PdfKit.SMALL));
        table.addCell(kit.number(row.rank(), PdfKit.SMALL));
        table.addCell(kit.cell(row.unitName(), PdfKit.SMALL, Element.ALIGN_LEFT));
        for (BigDecimal subtotal : row.subtotals()) {
            table.addCell(kit.number(subtotal, PdfKit.SMALL));
        }
        table.addCell(kit.number(
                nonZero(row.deductions() == null ? null : row.deductions().negate()), PdfKit.SMALL));
        table.addCell(kit.number(nonZero(row.bonus()), PdfKit.SMALL));
        table.addCell(kit.number(row.total(), PdfKit.SMALL));
        table.addCell(kit.cell(
                row.grade() + (row.vetoes().isEmpty() ? "" : "(" + String.join("、", row.vetoes()) + ")"),
                PdfKit.SMALL,
                Element.ALIGN_CENTER));
    }

    private static BigDecimal nonZero(BigDecimal value) {
        return value == null || value.signum() == 0 ? null : value;
    }
}
