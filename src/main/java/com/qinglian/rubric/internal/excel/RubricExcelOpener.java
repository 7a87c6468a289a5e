package com.qinglian.rubric.internal.excel;

import com.qinglian.rubric.RubricExcel;
import com.qinglian.rubric.RubricInvalidException;
import com.qinglian.rubric.RubricProblem;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an untrusted .xlsx: size and magic-byte checks first, then a streaming row count of every
 * sheet, and only then the in-memory workbook. Every failure becomes a {@link RubricInvalidException}.
 */
final class RubricExcelOpener {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    /** Sheet XML beyond this many bytes is refused even under the row cap (e.g. a few rows of enormous cells). */
    private static final long MAX_SHEET_XML_BYTES = 64L * 1024 * 1024;

    private RubricExcelOpener() {}

    static XSSFWorkbook open(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw fail("rubric.error.emptyFile");
        }
        if (bytes.length > RubricExcel.MAX_BYTES) {
            throw fail("rubric.error.fileTooLarge", RubricExcel.MAX_BYTES / 1024 / 1024);
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            throw fail("rubric.error.excel.oldXls");
        }
        if (!startsWith(bytes, ZIP_MAGIC)) {
            throw fail("rubric.error.excel.notXlsx");
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            checkRowCounts(pkg);
            return new XSSFWorkbook(pkg);
        } catch (RubricInvalidException e) {
            revert(pkg);
            throw e;
        } catch (Exception | StackOverflowError e) {
            // POI reports bad input through many exception types (NotOfficeXmlFileException, POIXMLException,
            // InvalidFormatException, IOException, IllegalArgumentException...): all mean "cannot read this file".
            revert(pkg);
            if (isZipBomb(e)) {
                throw fail("rubric.error.excel.zipBomb");
            }
            throw fail("rubric.error.excel.corrupt", shortMessage(e));
        }
    }

    /** Counts rows with a streaming XML reader so a huge sheet never reaches the in-memory model. */
    private static void checkRowCounts(OPCPackage pkg) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        List<RubricProblem> problems = new ArrayList<>();
        while (sheets.hasNext()) {
            try (InputStream in = sheets.next()) {
                String name = sheets.getSheetName();
                int rows = countRows(new CappedStream(in, MAX_SHEET_XML_BYTES));
                if (rows < 0) {
                    problems.add(RubricProblem.of(
                            RubricExcelSheet.location(name, 1), "rubric.error.excel.sheetTooLarge", name));
                } else if (rows > RubricExcel.MAX_ROWS) {
                    problems.add(RubricProblem.of(
                            RubricExcelSheet.location(name, 1),
                            "rubric.error.excel.tooManyRows",
                            name,
                            RubricExcel.MAX_ROWS));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RubricInvalidException(problems);
        }
    }

    /** Rows in a sheet's XML, stopping at the cap; -1 when the XML is too large. */
    private static int countRows(CappedStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        int rows = 0;
        try {
            while (xml.hasNext() && rows <= RubricExcel.MAX_ROWS) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    rows++;
                }
            }
            return rows;
        } catch (XMLStreamException e) {
            if (in.exceeded) {
                return -1;
            }
            throw e;
        } finally {
            xml.close();
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null
                    && (message.contains("Zip bomb")
                            || message.contains("max entry size")
                            || message.contains("MAX_ENTRY_SIZE")
                            || message.contains("setMaxEntrySize"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
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
        String firstLine = message.lines().findFirst().orElse("");
        return firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine;
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
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

    private static RubricInvalidException fail(String key, Object... args) {
        return new RubricInvalidException(RubricProblem.of("", key, args));
    }

    private static final class SheetTooLarge extends IOException {
        SheetTooLarge() {
            super("sheet XML too large");
        }
    }

    /** Stops reading once a sheet's XML exceeds its cap. */
    private static final class CappedStream extends FilterInputStream {
        private final long cap;
        private long read;
        private boolean exceeded;

        CappedStream(InputStream in, long cap) {
            super(in);
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > cap) {
                exceeded = true;
                throw new SheetTooLarge();
            }
        }
    }
}
