package com.qinglian.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides the {@link FileKind} of a file from its content, never from its name. Leading magic bytes decide;
 * for zip-based formats the central directory is read (never extracted) to tell Word, Excel, PowerPoint and
 * OFD apart, and for OLE2 files the root entries tell Word, Excel and PowerPoint 97-2003 apart. Anything else
 * is refused with an {@link EvidenceRejectedException} naming the reason. Thread-safe.
 */
public final class FileTypeDetector {

    /** How far into the file a PDF header may start (as PDF readers allow), and how much is read to decide. */
    public static final int HEAD_BYTES = 1024;

    public static final int DEFAULT_MAX_ZIP_ENTRIES = 10_000;

    private static final List<String> MARKUP_MARKERS =
            List.of("<html", "<!doctype", "<svg", "<script", "<?xml", "<head", "<body", "<iframe", "<object", "<embed");

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = ascii("GIF87a");
    private static final byte[] GIF89 = ascii("GIF89a");
    private static final byte[] TIFF_LE = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BE = {'M', 'M', 0, 42};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final List<byte[]> EMPTY_OR_SPANNED_ZIP =
            List.of(new byte[] {'P', 'K', 5, 6}, new byte[] {'P', 'K', 7, 8});
    private static final List<byte[]> OTHER_ARCHIVES = List.of(
            ascii("Rar!\u001A\u0007"),
            new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C},
            new byte[] {0x1F, (byte) 0x8B},
            new byte[] {(byte) 0xFD, '7', 'z', 'X', 'Z', 0},
            ascii("BZh"),
            ascii("MSCF"));
    private static final List<byte[]> EXECUTABLES = List.of(
            ascii("MZ"),
            new byte[] {0x7F, 'E', 'L', 'F'},
            new byte[] {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE},
            new byte[] {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF},
            new byte[] {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
            new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
            new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE},
            ascii("#!"));

    private final int maxZipEntries;

    public FileTypeDetector() {
        this(DEFAULT_MAX_ZIP_ENTRIES);
    }

    public FileTypeDetector(int maxZipEntries) {
        if (maxZipEntries < 1) {
            throw new IllegalArgumentException("maxZipEntries must be positive");
        }
        this.maxZipEntries = maxZipEntries;
    }

    /**
     * Returns the kind of the file's content.
     *
     * @throws EvidenceRejectedException when the content is empty, of an unaccepted or unsafe type, or damaged
     * @throws IOException when the file cannot be read
     */
    public FileKind detect(Path file) throws IOException {
        byte[] head = readHead(file);
        if (head.length == 0) {
            throw new EvidenceRejectedException(Refusal.EMPTY);
        }
        String text = normalizedText(head);
        if (text.startsWith("<")) {
            throw new EvidenceRejectedException(Refusal.MARKUP);
        }
        if (startsWithAny(head, EXECUTABLES)) {
            throw new EvidenceRejectedException(Refusal.EXECUTABLE);
        }
        if (startsWith(head, PDF)) {
            return FileKind.PDF;
        }
        if (startsWith(head, PNG)) {
            return FileKind.PNG;
        }
        if (startsWith(head, JPEG)) {
            return FileKind.JPEG;
        }
        if (startsWith(head, GIF87) || startsWith(head, GIF89)) {
            return FileKind.GIF;
        }
        if (isWebp(head)) {
            return FileKind.WEBP;
        }
        if (startsWith(head, TIFF_LE) || startsWith(head, TIFF_BE)) {
            return FileKind.TIFF;
        }
        if (isBmp(head)) {
            return FileKind.BMP;
        }
        if (startsWith(head, OLE2)) {
            return ole2Kind(file);
        }
        if (startsWith(head, ZIP)) {
            return zipKind(file);
        }
        if (startsWithAny(head, EMPTY_OR_SPANNED_ZIP) || startsWithAny(head, OTHER_ARCHIVES)) {
            throw new EvidenceRejectedException(Refusal.ARCHIVE);
        }
        int pdfAt = indexOf(head, PDF);
        if (pdfAt > 0) {
            if (containsMarkup(normalizedText(Arrays.copyOf(head, pdfAt)))) {
                throw new EvidenceRejectedException(Refusal.MARKUP);
            }
            return FileKind.PDF;
        }
        if (containsMarkup(text)) {
            throw new EvidenceRejectedException(Refusal.MARKUP);
        }
        throw new EvidenceRejectedException(Refusal.UNKNOWN_TYPE);
    }

    private static FileKind ole2Kind(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryEntry root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
                throw new EvidenceRejectedException(Refusal.ENCRYPTED);
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return requireNoMacros(root, "Macros", FileKind.DOC);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return requireNoMacros(root, "_VBA_PROJECT_CUR", FileKind.XLS);
            }
            if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
                return FileKind.PPT;
            }
        } catch (EvidenceRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new EvidenceRejectedException(Refusal.DAMAGED);
        }
        throw new EvidenceRejectedException(Refusal.UNKNOWN_TYPE);
    }

    private static FileKind requireNoMacros(DirectoryEntry root, String macroStorage, FileKind kind) {
        if (root.hasEntryCaseInsensitive(macroStorage)) {
            throw new EvidenceRejectedException(Refusal.MACROS);
        }
        return kind;
    }

    private FileKind zipKind(Path file) throws IOException {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        boolean powerPoint = false;
        boolean ofd = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > maxZipEntries) {
                throw new EvidenceRejectedException(Refusal.UNSAFE_ARCHIVE);
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            int count = 0;
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (++count > maxZipEntries || !isSafeEntryName(name)) {
                    throw new EvidenceRejectedException(Refusal.UNSAFE_ARCHIVE);
                }
                if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    throw new EvidenceRejectedException(Refusal.MACROS);
                }
                switch (name) {
                    case "[Content_Types].xml" -> contentTypes = true;
                    case "word/document.xml" -> word = true;
                    case "xl/workbook.xml" -> excel = true;
                    case "ppt/presentation.xml" -> powerPoint = true;
                    case "OFD.xml" -> ofd = true;
                    default -> {}
                }
            }
        } catch (ZipException e) {
            throw new EvidenceRejectedException(Refusal.DAMAGED);
        }
        boolean office = contentTypes && (word || excel || powerPoint);
        if (office && ofd || word && excel || word && powerPoint || excel && powerPoint) {
            throw new EvidenceRejectedException(Refusal.UNKNOWN_TYPE);
        }
        if (ofd) {
            return FileKind.OFD;
        }
        if (office) {
            return word ? FileKind.DOCX : excel ? FileKind.XLSX : FileKind.PPTX;
        }
        throw new EvidenceRejectedException(contentTypes ? Refusal.UNKNOWN_TYPE : Refusal.ARCHIVE);
    }

    /** No absolute names, drive letters, parent segments or NUL: nothing that could leave an extraction root. */
    static boolean isSafeEntryName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.indexOf('\0') >= 0) {
            return false;
        }
        if (name.length() >= 2 && name.charAt(1) == ':') {
            return false;
        }
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    /** The head as lower-case text with any byte-order mark, NUL bytes (UTF-16) and leading whitespace removed. */
    private static String normalizedText(byte[] head) {
        int start = 0;
        if (startsWith(head, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            start = 3;
        } else if (startsWith(head, new byte[] {(byte) 0xFE, (byte) 0xFF})
                || startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            start = 2;
        }
        StringBuilder text = new StringBuilder(head.length);
        for (int i = start; i < head.length; i++) {
            if (head[i] != 0) {
                text.append(Character.toLowerCase((char) (head[i] & 0xFF)));
            }
        }
        return text.toString().stripLeading();
    }

    private static boolean containsMarkup(String text) {
        return MARKUP_MARKERS.stream().anyMatch(text::contains);
    }

    private static boolean isWebp(byte[] head) {
        return head.length >= 12 && startsWith(head, ascii("RIFF")) && Arrays.equals(head, 8, 12, ascii("WEBP"), 0, 4);
    }

    /** "BM", zero reserved fields and a known DIB header size: two letters alone would match too much text. */
    private static boolean isBmp(byte[] head) {
        if (head.length < 18 || head[0] != 'B' || head[1] != 'M') {
            return false;
        }
        for (int i = 6; i < 10; i++) {
            if (head[i] != 0) {
                return false;
            }
        }
        int dibSize = (head[14] & 0xFF) | (head[15] & 0xFF) << 8 | (head[16] & 0xFF) << 16 | (head[17] & 0xFF) << 24;
        return dibSize == 12
                || dibSize == 40
                || dibSize == 52
                || dibSize == 56
                || dibSize == 64
                || dibSize == 108
                || dibSize == 124;
    }

    private static boolean startsWithAny(byte[] head, List<byte[]> prefixes) {
        return prefixes.stream().anyMatch(prefix -> startsWith(head, prefix));
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] head, byte[] needle) {
        for (int i = 0; i + needle.length <= head.length; i++) {
            if (Arrays.equals(head, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
