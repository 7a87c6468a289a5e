package com.qinglian.results.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * What the printed documents share: A4 pages with the type area of GB/T 9704-2012, the embedded Chinese serif
 * font, the Chinese type sizes (二号 title, 三号 body, 五号 tables), page numbers in the form "— 1 —", and
 * table cells. The writer sends each page to the output as soon as the page is complete.
 */
final class PdfKit {

    static final float MM = 72f / 25.4f;
    /** 二号, 三号, 四号, 五号, 小五 in points. */
    static final float TITLE = 22f;

    static final float BODY = 16f;
    static final float SUBHEAD = 14f;
    static final float TABLE = 10.5f;
    static final float SMALL = 9f;

    static final String FONT_FILE = "NotoSerifSC-Regular-GB2312.ttf";
    private static final String FONT_RESOURCE = "/fonts/" + FONT_FILE;

    private final BaseFont base;

    private PdfKit(BaseFont base) {
        this.base = base;
    }

    /** The font, parsed once per document set; each document embeds only the glyphs it uses. */
    static PdfKit load() {
        try (InputStream in = PdfKit.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font " + FONT_RESOURCE + " missing from the application");
            }
            return new PdfKit(BaseFont.createFont(
                    FONT_FILE, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load " + FONT_RESOURCE, e);
        }
    }

    Font font(float size) {
        return new Font(base, size);
    }

    /**
     * An open A4 document writing to {@code out}, which stays open when the document closes (several documents
     * go into one zip). {@code official} uses the GB/T 9704 type area (37 mm top, 28 mm left, 156 × 225 mm);
     * otherwise 20 mm margins for wide tables.
     */
    Document open(OutputStream out, String title, boolean official) {
        Document document = official
                ? new Document(PageSize.A4, 28 * MM, 26 * MM, 37 * MM, 35 * MM)
                : new Document(PageSize.A4, 18 * MM, 18 * MM, 20 * MM, 22 * MM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new PageNumbers(font(SUBHEAD - 2)));
        writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("zh-CN"));
        document.addTitle(title);
        document.addCreator("Qinglian");
        document.open();
        return document;
    }

    /** A heading drawn with its outline stroked too: the font has one weight, and a title needs a heavier one. */
    Paragraph heading(String text, float size, int alignment) {
        Chunk chunk = new Chunk(text, font(size));
        chunk.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, size / 30f, Color.BLACK);
        Paragraph paragraph = new Paragraph(chunk);
        paragraph.setAlignment(alignment);
        paragraph.setLeading(size * 1.5f);
        return paragraph;
    }

    Paragraph paragraph(String text, float size, int alignment) {
        Paragraph paragraph = new Paragraph(text, font(size));
        paragraph.setAlignment(alignment);
        paragraph.setLeading(size * 1.6f);
        return paragraph;
    }

    /** Body text with the two-character first-line indent of official documents. */
    Paragraph body(String text) {
        Paragraph paragraph = paragraph(text, BODY, Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(2 * BODY);
        return paragraph;
    }

    PdfPCell cell(String text, float size, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font(size)));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(2f);
        cell.setPaddingBottom(4f);
        cell.setLeading(0, 1.25f);
        return cell;
    }

    PdfPCell header(String text, float size) {
        PdfPCell cell = cell(text, size, Element.ALIGN_CENTER);
        cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
        return cell;
    }

    PdfPCell number(Object value, float size) {
        String text = value == null
                ? ""
                : value instanceof java.math.BigDecimal d
                        ? d.stripTrailingZeros().toPlainString()
                        : value.toString();
        return cell(text, size, Element.ALIGN_RIGHT);
    }

    /** "— 1 —" centred below the type area on every page. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final Font font;

        PageNumbers(Font font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_CENTER,
                    new Phrase("— " + writer.getPageNumber() + " —", font),
                    (document.left() + document.right()) / 2,
                    document.bottom() - 14 * MM,
                    0);
        }
    }
}
