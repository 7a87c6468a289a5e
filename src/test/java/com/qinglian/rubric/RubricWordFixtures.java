package com.qinglian.rubric;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Word rubric files made with POI, as organisers receive them: a table with merged cells, a negative list after. */
public final class RubricWordFixtures {

    private RubricWordFixtures() {}

    /**
     * Header 一级指标 (two columns) | 二级指标 | 分值 | 内容与要求 | 备注 — points before the content on purpose, since
     * districts order columns as they like. Group and dimension cells merged down, 个性指标 merged across.
     */
    public static byte[] rubricDocx() {
        return docx(true);
    }

    /** The same table with every "(N分)" and every 分值 cell left empty. */
    static byte[] rubricWithoutPoints() {
        return docx(false);
    }

    private static byte[] docx(boolean withPoints) {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("某区清廉机关建设评价表");
            XWPFTable table = doc.createTable(6, 6);
            String[][] rows = {
                {"一级指标", "", "二级指标", "分值", "内容与要求", "备注"},
                {"共性指标(60分)", "政治清明(30分)", "严明纪律", "10", "1.开展纪律教育;(4分)", ""},
                {"", "", "", "", "2.每季度检查1次。(6分)", "以检查记录为准"},
                {"", "", "压实责任", "20", "1.签订责任书;(20分)", ""},
                {"", "作风建设(30分)", "纠治四风", "30", "①执行八项规定;(30分)", ""},
                {"个性指标(40分)", "", "特色亮点", "40", "1.形成品牌;(20分)\n2.经验被推广。(20分)", ""}
            };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 6; c++) {
                    String text = withPoints ? rows[r][c] : rows[r][c].replaceAll("\\(\\d+分\\)", "");
                    if (!withPoints && r > 0 && c == 3) {
                        text = "";
                    }
                    write(table.getRow(r).getCell(c), text);
                }
            }
            // vertical merges: group column rows 1-4, dimension rows 1-3, indicator and points rows 1-2
            merge(table, 0, 1, 4);
            merge(table, 1, 1, 3);
            merge(table, 2, 1, 2);
            merge(table, 3, 1, 2);
            span(table, 0, 0);
            span(table, 5, 0);
            doc.createParagraph().createRun().setText("负面清单");
            doc.createParagraph().createRun().setText("违纪违法");
            doc.createParagraph().createRun().setText("被通报批评(-2分/次)");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A small table as a district might publish it, with two things the importer must ask about: the typo 截止到
     * (kept as printed) and a deduction that does not say per what it counts. Valid once those are settled.
     */
    public static byte[] rubricWithDoubtsDocx() {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("某街道清廉站所评价表");
            XWPFTable table = doc.createTable(4, 4);
            String[][] rows = {
                {"一级指标", "二级指标", "内容与要求", "分值"},
                {"廉洁建设(20分)", "制度落实", "1.截止到年底完成制度汇编;(4分)\n2.开展廉政教育。(6分)", "10"},
                {"", "监督检查", "1.每季度开展1次监督检查;(5分)", "10"},
                {"", "", "2.问题整改到位。(5分)", ""}
            };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 4; c++) {
                    write(table.getRow(r).getCell(c), rows[r][c]);
                }
            }
            merge(table, 0, 1, 3);
            merge(table, 1, 2, 3);
            merge(table, 3, 2, 3);
            doc.createParagraph().createRun().setText("负面清单");
            doc.createParagraph().createRun().setText("违纪违法");
            doc.createParagraph().createRun().setText("被通报批评(-2分)");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file saved as a macro-enabled document (.docm content type). */
    public static byte[] asDocm(byte[] docx) {
        return rewrite(
                docx,
                (name, bytes) -> name.equals("[Content_Types].xml")
                        ? new String(bytes, StandardCharsets.UTF_8)
                                .replace(
                                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                        "application/vnd.ms-word.document.macroEnabled.main+xml")
                                .getBytes(StandardCharsets.UTF_8)
                        : bytes);
    }

    /** The file with its main part padded by megabytes of spaces that compress to almost nothing. */
    static byte[] asZipBomb(byte[] docx) {
        return rewrite(docx, (name, bytes) -> {
            if (!name.equals("word/document.xml")) {
                return bytes;
            }
            String xml = new String(bytes, StandardCharsets.UTF_8);
            int end = xml.indexOf("?>") + 2;
            return (xml.substring(0, end) + "<!--" + " ".repeat(8 * 1024 * 1024) + "-->" + xml.substring(end))
                    .getBytes(StandardCharsets.UTF_8);
        });
    }

    private static byte[] rewrite(byte[] zip, BiFunction<String, byte[], byte[]> change) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(change.apply(entry.getName(), in.readAllBytes()));
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(XWPFTableCell cell, String text) {
        String[] paragraphs = text.split("\n");
        cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
        for (int i = 1; i < paragraphs.length; i++) {
            cell.addParagraph().createRun().setText(paragraphs[i]);
        }
    }

    private static void merge(XWPFTable table, int column, int fromRow, int toRow) {
        for (int r = fromRow; r <= toRow; r++) {
            CTTcPr pr = pr(table.getRow(r).getCell(column));
            pr.addNewVMerge().setVal(r == fromRow ? STMerge.RESTART : STMerge.CONTINUE);
        }
    }

    /** Merges the cell at (row, column) with the one to its right, as Word does: one cell spanning two grid columns. */
    private static void span(XWPFTable table, int row, int column) {
        pr(table.getRow(row).getCell(column)).addNewGridSpan().setVal(BigInteger.TWO);
        table.getRow(row).removeCell(column + 1);
    }

    private static CTTcPr pr(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr == null ? cell.getCTTc().addNewTcPr() : pr;
    }
}
