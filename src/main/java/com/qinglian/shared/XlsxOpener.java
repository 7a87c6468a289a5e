package com.qinglian.shared;

import com.qinglian.shared.XlsxRefusedException.Reason;
import com.qinglian.shared.XlsxRefusedException.Refusal;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one way every import opens an uploaded .xlsx: size and magic bytes first, old, encrypted and
 * macro-enabled workbooks refused, then a streaming row count of every sheet, and only then the
 * in-memory workbook (or, for {@link XlsxRows}, a streaming read of the sheet a person sees). Every failure becomes an {@link XlsxRefusedException}; nothing else escapes.
 */
public final class XlsxOpener {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    /** Sheet XML beyond this many bytes is refused even under the row cap (e.g. a few rows of enormous cells). */
    static final long MAX_SHEET_XML_BYTES = 64L * 1024 * 1024;

    private XlsxOpener() {}

    /**
     * Opens an untrusted workbook for reading.
     *
     * @param maxBytes larger files are refused before the library sees them
     * @param maxRows any sheet with more row elements is refused before the workbook is loaded into memory
     * @throws XlsxRefusedException saying why the workbook cannot be read
     */
    public static XSSFWorkbook open(byte[] bytes, int maxBytes, int maxRows) {
        OPCPackage pkg = openPackage(bytes, maxBytes, maxRows);
        try {
            return new XSSFWorkbook(pkg);
        } catch (Exception | StackOverflowError e) {
            revert(pkg);
            throw unreadable(e);
        }
    }

    /**
     * The same checks as {@link #open}, giving the package itself for a streaming reader ({@link XlsxRows}); the
     * caller reverts it when done (the package was read from memory, so nothing is written back).
     */
    static OPCPackage openPackage(byte[] bytes, int maxBytes, int maxRows) {
        if (bytes == null || bytes.length == 0) {
            throw refuse(Reason.EMPTY);
        }
        if (bytes.length > maxBytes) {
            throw refuse(Reason.TOO_LARGE);
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            // Excel saves a password-protected .xlsx inside an OLE2 container, like an old .xls.
            throw refuse(isEncryptedPackage(bytes) ? Reason.ENCRYPTED : Reason.OLD_XLS);
        }
        if (!startsWith(bytes, ZIP_MAGIC)) {
            throw refuse(Reason.NOT_XLSX);
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            if (hasMacros(pkg)) {
                throw refuse(Reason.MACROS);
            }
            checkSheets(pkg, maxRows);
            return pkg;
        } catch (XlsxRefusedException e) {
            revert(pkg);
            throw e;
        } catch (Exception | StackOverflowError e) {
            revert(pkg);
            throw unreadable(e);
        }
    }

    /**
     * POI reports bad input through many exception types (NotOfficeXmlFileException, POIXMLException,
     * InvalidFormatException, IOException, IllegalArgumentException...): all mean "cannot read this file".
     */
    static XlsxRefusedException unreadable(Throwable e) {
        if (isZipBomb(e)) {
            return refuse(Reason.ZIP_BOMB);
        }
        return new XlsxRefusedException(List.of(new Refusal(Reason.CORRUPT, "", shortMessage(e))));
    }

    private static boolean isEncryptedPackage(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
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

    /** Counts rows with a streaming XML reader so a huge sheet never reaches the in-memory model. */
    private static void checkSheets(OPCPackage pkg, int maxRows) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        List<Refusal> refusals = new ArrayList<>();
        while (sheets.hasNext()) {
            try (InputStream in = sheets.next()) {
                String name = sheets.getSheetName();
                int rows = countRows(new CappedStream(in, MAX_SHEET_XML_BYTES), maxRows);
                if (rows < 0) {
                    refusals.add(new Refusal(Reason.SHEET_TOO_LARGE, name, ""));
                } else if (rows > maxRows) {
                    refusals.add(new Refusal(Reason.TOO_MANY_ROWS, name, ""));
                }
            }
        }
        if (!refusals.isEmpty()) {
            throw new XlsxRefusedException(refusals);
        }
    }

    /** Rows in a sheet's XML, stopping just past the cap; -1 when the XML is too large. */
    private static int countRows(CappedStream in, int maxRows) throws XMLStreamException {
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        int rows = 0;
        try {
            while (xml.hasNext() && rows <= maxRows) {
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

    static void revert(OPCPackage pkg) {
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

    private static XlsxRefusedException refuse(Reason reason) {
        return new XlsxRefusedException(List.of(Refusal.of(reason)));
    }

    private static final class SheetTooLarge extends IOException {
        SheetTooLarge() {
            super("sheet XML too large");
        }
    }

    /** Stops reading once a sheet's XML exceeds its cap. */
    static final class CappedStream extends FilterInputStream {
        private final long cap;
        private long read;
        boolean exceeded;

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
