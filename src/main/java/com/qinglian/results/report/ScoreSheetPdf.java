package com.qinglian.results.report;

import static com.qinglian.results.report.ScoreSheetLayout.COLUMNS;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricTable;
import java.io.OutputStream;
import java.util.List;

/**
 * A unit's score sheet on A4, in the published rubric's table layout (merged 一级指标, 二级指标 and 分值 cells),
 * followed by the negative list and the totals, with lines for the signatures.
 */
final class ScoreSheetPdf {

    private static final float[] WIDTHS = {1.3f, 1.5f, 1.9f, 6.4f, 0.8f, 0.9f, 0.9f, 2.6f};

    private ScoreSheetPdf() {}

    static void write(PdfKit kit, UnitSheet unit, OutputStream out) {
        RankingRow row = unit.row();
        String title = unit.campaign().name() + "得分表";
        Document document = kit.open(out, title + " " + row.unitName(), false);
        document.add(kit.heading(title, 18f, Element.ALIGN_CENTER));
        document.add(kit.paragraph(
                "被评价单位:" + row.unitName() + "(" + row.typeName() + ")    评价体系:"
                        + unit.rubric().label(),
                PdfKit.TABLE,
                Element.ALIGN_LEFT));
        document.add(items(kit, unit));
        document.add(kit.heading("负面清单与加分", PdfKit.SUBHEAD, Element.ALIGN_LEFT));
        document.add(cases(kit, unit));
        document.add(totals(kit, row));
        if (!row.complete()) {
            document.add(kit.body("注:" + row.note() + "。"));
        }
        document.add(kit.paragraph(" ", PdfKit.TABLE, Element.ALIGN_LEFT));
        document.add(kit.paragraph(
                "考评组(签字):                    单位负责人(签字):                    日期:", PdfKit.TABLE, Element.ALIGN_LEFT));
        document.close();
    }

    private static PdfPTable items(PdfKit kit, UnitSheet unit) {
        PdfPTable table = new PdfPTable(COLUMNS);
        table.setWidthPercentage(100);
        table.setWidths(WIDTHS);
        table.setHeaderRows(1);
        table.setSpacingBefore(6f);
        table.setSplitLate(false);
        PdfPCell first = kit.header("一级指标", PdfKit.SMALL);
        first.setColspan(2);
        table.addCell(first);
        ScoreSheetLayout.HEADERS.subList(2, COLUMNS).forEach(h -> table.addCell(kit.header(h, PdfKit.SMALL)));
        String type = unit.row().unitType();
        for (RubricTable.Row tableRow : unit.table().rows()) {
            for (RubricTable.Cell side : tableRow.side()) {
                PdfPCell cell = kit.cell(ScoreSheetLayout.sideText(side.node()), PdfKit.SMALL, Element.ALIGN_CENTER);
                cell.setRowspan(side.rowspan());
                cell.setColspan(side.colspan());
                table.addCell(cell);
            }
            RubricNode item = tableRow.item();
            table.addCell(kit.cell(item.label(), PdfKit.SMALL, Element.ALIGN_LEFT));
            if (tableRow.points() != null) {
                PdfPCell points = kit.number(tableRow.points().node().points(), PdfKit.SMALL);
                points.setHorizontalAlignment(Element.ALIGN_CENTER);
                points.setRowspan(tableRow.points().rowspan());
                table.addCell(points);
            }
            table.addCell(kit.number(unit.selfScores().get(item.code()), PdfKit.SMALL));
            if (unit.applies().test(item.code())) {
                table.addCell(kit.number(unit.score(item.code()), PdfKit.SMALL));
                table.addCell(kit.cell(unit.remark(item.code()), PdfKit.SMALL, Element.ALIGN_LEFT));
            } else {
                table.addCell(kit.cell("不适用", PdfKit.SMALL, Element.ALIGN_CENTER));
                table.addCell(kit.cell("", PdfKit.SMALL, Element.ALIGN_LEFT));
            }
        }
        PdfPCell label = kit.cell("指标得分合计", PdfKit.SMALL, Element.ALIGN_CENTER);
        label.setColspan(ScoreSheetLayout.SCORE);
        table.addCell(label);
        table.addCell(kit.number(unit.row().itemsTotal(), PdfKit.SMALL));
        table.addCell(kit.cell("", PdfKit.SMALL, Element.ALIGN_LEFT));
        return table;
    }

    private static PdfPTable cases(PdfKit kit, UnitSheet unit) {
        List<String> headers = ScoreSheetLayout.CASE_HEADERS;
        PdfPTable table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        table.setWidths(new float[] {0.6f, 2.4f, 2.4f, 1.3f, 1.2f, 3.1f, 1.0f});
        table.setHeaderRows(1);
        table.setSpacingBefore(4f);
        headers.forEach(h -> table.addCell(kit.header(h, PdfKit.SMALL)));
        if (unit.cases().isEmpty()) {
            PdfPCell none = kit.cell("无", PdfKit.SMALL, Element.ALIGN_CENTER);
            none.setColspan(headers.size());
            table.addCell(none);
        }
        int n = 1;
        for (UnitSheet.CaseLine line : unit.cases()) {
            table.addCell(kit.number(n++, PdfKit.SMALL));
            table.addCell(kit.cell(line.rule(), PdfKit.SMALL, Element.ALIGN_LEFT));
            table.addCell(kit.cell(line.documentNumber(), PdfKit.SMALL, Element.ALIGN_LEFT));
            table.addCell(kit.cell(Dates.iso(line.date()), PdfKit.SMALL, Element.ALIGN_CENTER));
            table.addCell(kit.cell(line.measure(), PdfKit.SMALL, Element.ALIGN_CENTER));
            table.addCell(kit.cell(line.detail(), PdfKit.SMALL, Element.ALIGN_LEFT));
            table.addCell(kit.cell(ScoreSheetLayout.signed(line.points()), PdfKit.SMALL, Element.ALIGN_RIGHT));
        }
        return table;
    }

    private static PdfPTable totals(PdfKit kit, RankingRow row) {
        PdfPTable table = new PdfPTable(7);
        table.setWidthPercentage(100);
        table.setSpacingBefore(10f);
        List.of("指标得分", "负面清单扣分", "加分", "总分", "等次", "总排名", "类别排名")
                .forEach(h -> table.addCell(kit.header(h, PdfKit.SMALL)));
        table.addCell(kit.number(row.itemsTotal(), PdfKit.TABLE));
        table.addCell(kit.number(row.deductions(), PdfKit.TABLE));
        table.addCell(kit.number(row.bonus(), PdfKit.TABLE));
        table.addCell(kit.number(row.total(), PdfKit.TABLE));
        table.addCell(kit.cell(row.grade(), PdfKit.TABLE, Element.ALIGN_CENTER));
        table.addCell(kit.number(row.rank(), PdfKit.TABLE));
        table.addCell(kit.number(row.typeRank(), PdfKit.TABLE));
        return table;
    }
}
