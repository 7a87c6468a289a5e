package com.qinglian.rubric.internal.word;

import com.qinglian.rubric.ImportedDraft;
import com.qinglian.rubric.RubricInvalidException;
import com.qinglian.rubric.RubricOrigin;
import com.qinglian.rubric.RubricProblem;
import com.qinglian.rubric.internal.text.TextLine;
import com.qinglian.rubric.internal.text.TextRubricReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the first rubric table of an untrusted .docx, with the paragraphs before it (title) and the paragraphs and
 * tables after it (negative list, bonus), through the same reader as copied text. Old .doc, encrypted and
 * macro-enabled files are refused before the document model is built; POI's zip-bomb guard (ZipSecureFile,
 * on by default) refuses archives that inflate beyond reason.
 */
public final class RubricWordReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 3_000;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private RubricWordReader() {}

    public static ImportedDraft read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw refuse(RubricProblem.of("", "rubric.error.emptyFile"));
        }
        if (bytes.length > MAX_BYTES) {
            throw refuse(RubricProblem.of("", "rubric.error.fileTooLarge", MAX_BYTES / 1024 / 1024));
        }
        if (startsWith(bytes, OLE2)) {
            throw refuse(RubricProblem.of("", "rubric.error.word.oldDoc"));
        }
        List<String> source = new ArrayList<>();
        List<TextLine> lines = new ArrayList<>();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            if (hasMacros(pkg)) {
                throw refuse(RubricProblem.of("", "rubric.error.word.macros"));
            }
            try (XWPFDocument doc = new XWPFDocument(pkg)) {
                collect(doc, source, lines);
            }
        } catch (RubricInvalidException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw refuse(
                    isZipBomb(e)
                            ? RubricProblem.of("", "rubric.error.word.zipBomb")
                            : RubricProblem.of("", "rubric.error.word.corrupt", shortMessage(e)));
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
        return TextRubricReader.read(source, lines, RubricOrigin.WORD);
    }

    private static void collect(XWPFDocument doc, List<String> source, List<TextLine> lines) {
        boolean found = false;
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                WordTableLines.appendParagraph(p.getText(), source, lines);
            } else if (element instanceof XWPFTable table) {
                if (table.getRows().size() > MAX_ROWS) {
                    throw refuse(RubricProblem.of("", "rubric.error.text.tooManyLines", MAX_ROWS));
                }
                Map<Integer, TextLine.Cell> header = found ? null : WordTableLines.header(table);
                if (header != null) {
                    found = true;
                    WordTableLines.append(table, header, source, lines);
                } else if (found) {
                    plainTable(table, source, lines);
                }
            }
        }
        if (!found) {
            throw refuse(RubricProblem.of("", "rubric.error.word.noTable"));
        }
    }

    /** A table after the rubric (the negative list laid out as a table): its cells in reading order. */
    private static void plainTable(XWPFTable table, List<String> source, List<TextLine> lines) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                cell.getParagraphs().forEach(p -> WordTableLines.appendParagraph(p.getText(), source, lines));
            }
        }
    }

    private static boolean hasMacros(OPCPackage pkg) throws Exception {
        for (PackagePart part : pkg.getParts()) {
            String type = part.getContentType().toLowerCase(Locale.ROOT);
            String name = part.getPartName().getName().toLowerCase(Locale.ROOT);
            if (type.contains("macroenabled") || type.contains("vbaproject") || name.endsWith("vbaproject.bin")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("max entry size"))) {
                return true;
            }
        }
        return false;
    }

    private static String shortMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String first = message.lines().findFirst().orElse("");
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static RubricInvalidException refuse(RubricProblem problem) {
        return new RubricInvalidException(problem);
    }
}
