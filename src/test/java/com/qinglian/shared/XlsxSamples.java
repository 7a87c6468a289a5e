package com.qinglian.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks every Excel import must refuse, each named for what is wrong with it, built from a valid one. */
public final class XlsxSamples {

    /** More rows than any import allows (the largest cap is 20,000 data rows plus a header). */
    public static final int TOO_MANY_ROWS = 20_002;

    private XlsxSamples() {}

    /** A hostile sample and the reason the opener gives for it. */
    public record Sample(String name, XlsxRefusedException.Reason reason, byte[] content) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every kind of file the opener refuses, made from {@code valid} where a workbook is needed. */
    public static List<Sample> all(byte[] given) {
        byte[] valid = resaved(given);
        return List.of(
                new Sample("empty file", XlsxRefusedException.Reason.EMPTY, new byte[0]),
                new Sample("above the size cap", XlsxRefusedException.Reason.TOO_LARGE, tooLarge()),
                new Sample("Excel 97-2003 file", XlsxRefusedException.Reason.OLD_XLS, oldXls()),
                new Sample("password-protected workbook", XlsxRefusedException.Reason.ENCRYPTED, encrypted(valid)),
                new Sample("macro-enabled workbook", XlsxRefusedException.Reason.MACROS, macroEnabled(valid)),
                new Sample("text renamed to .xlsx", XlsxRefusedException.Reason.NOT_XLSX, text()),
                new Sample("zip bomb", XlsxRefusedException.Reason.ZIP_BOMB, zipBomb(valid)),
                new Sample("truncated workbook", XlsxRefusedException.Reason.CORRUPT, truncated(valid)),
                new Sample(
                        "a sheet with too many rows", XlsxRefusedException.Reason.TOO_MANY_ROWS, tooManyRows(valid)));
    }

    /** A plain one-sheet workbook. */
    public static byte[] simple() {
        return TableWorkbook.write("表", List.of("甲"), List.of(List.of("1")));
    }

    /** Written again by the in-memory model: streamed workbooks carry zip entries java.util.zip cannot rewrite. */
    static byte[] resaved(byte[] xlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] tooLarge() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        return big;
    }

    static byte[] oldXls() {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "Workbook");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] encrypted(byte[] valid) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(valid);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Saved as .xlsm: the workbook part declares macros and a VBA project rides along. */
    static byte[] macroEnabled(byte[] valid) {
        byte[] declared = replaceInEntry(
                valid,
                "[Content_Types].xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
        byte[] typed = replaceInEntry(
                declared,
                "[Content_Types].xml",
                "</Types>",
                "<Override PartName=\"/xl/vbaProject.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>");
        return withEntry(typed, "xl/vbaProject.bin", "Attribute VB_Name".getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] text() {
        return "一级指标,二级指标\n共性,x\n".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zipBomb(byte[] valid) {
        return withEntry(valid, "xl/media/padding.bin", new byte[50 * 1024 * 1024]);
    }

    static byte[] truncated(byte[] valid) {
        return Arrays.copyOf(valid, valid.length / 2);
    }

    /** The valid workbook with one more sheet, at the end, that has too many rows. */
    static byte[] tooManyRows(byte[] valid) {
        try (XSSFWorkbook base = new XSSFWorkbook(new ByteArrayInputStream(valid));
                SXSSFWorkbook workbook = new SXSSFWorkbook(base, 100)) {
            SXSSFSheet extra = workbook.createSheet("大表");
            for (int r = 0; r < TOO_MANY_ROWS; r++) {
                extra.createRow(r).createCell(0).setCellValue(r);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] withEntry(byte[] zip, String name, byte[] content) {
        return rewrite(zip, name, null, null, content);
    }

    private static byte[] replaceInEntry(byte[] zip, String name, String from, String to) {
        return rewrite(zip, name, from, to, null);
    }

    private static byte[] rewrite(byte[] zip, String name, String from, String to, byte[] extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zipOut.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (from != null && entry.getName().equals(name)) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    if (!xml.contains(from)) {
                        throw new IllegalStateException(name + " lacks " + from);
                    }
                    content = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                zipOut.write(content);
            }
            if (extra != null) {
                zipOut.putNextEntry(new ZipEntry(name));
                zipOut.write(extra);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
