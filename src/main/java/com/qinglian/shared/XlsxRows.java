package com.qinglian.shared;

import com.qinglian.shared.XlsxRefusedException.Reason;
import com.qinglian.shared.XlsxRefusedException.Refusal;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the rows of an untrusted workbook as a stream (POI's SAX event reader), so that a sheet of hundreds of
 * thousands of rows costs a row at a time, never the whole sheet: opened by {@link XlsxOpener}'s checks, then the
 * first sheet a person sees is read (hidden and very hidden sheets are skipped; a workbook with none visible is
 * refused naming them), stopping as soon as the row cap is passed.
 */
public final class XlsxRows {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private XlsxRows() {}

    /** Takes each row that has at least one cell: its 1-based number and its cells' texts by 0-based column. */
    @FunctionalInterface
    public interface Sink {
        void row(int number, Map<Integer, String> cells);
    }

    /** One sheet as the workbook lists it. */
    record SheetEntry(String name, String relationId, boolean visible) {}

    /**
     * Reads the first visible sheet into {@code sink}, cells formatted as Excel shows them.
     *
     * @return the name of the sheet read
     * @throws XlsxRefusedException saying why the workbook cannot be read, or naming a sheet past {@code maxRows}
     */
    public static String read(byte[] bytes, int maxBytes, int maxRows, Sink sink) {
        OPCPackage pkg = XlsxOpener.openPackage(bytes, maxBytes, maxRows);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            SheetEntry sheet = visibleSheet(reader);
            checkSharedStrings(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Rows rows = new Rows(sheet.name(), maxRows, sink);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new DataFormatter(), false));
            try (InputStream in =
                    new XlsxOpener.CappedStream(reader.getSheet(sheet.relationId()), XlsxOpener.MAX_SHEET_XML_BYTES)) {
                parser.parse(new InputSource(in));
            }
            return sheet.name();
        } catch (XlsxRefusedException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw XlsxOpener.unreadable(e);
        } finally {
            XlsxOpener.revert(pkg);
        }
    }

    /** The first sheet not hidden, in tab order. */
    private static SheetEntry visibleSheet(XSSFReader reader) throws Exception {
        List<SheetEntry> sheets = new ArrayList<>();
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
                        String state = xml.getAttributeValue(null, "state");
                        sheets.add(new SheetEntry(
                                xml.getAttributeValue(null, "name"),
                                xml.getAttributeValue(RELATIONSHIPS, "id"),
                                state == null || "visible".equals(state)));
                    }
                }
            } finally {
                xml.close();
            }
        }
        return sheets.stream()
                .filter(SheetEntry::visible)
                .findFirst()
                .orElseThrow(() -> new XlsxRefusedException(new Refusal(
                        Reason.NO_VISIBLE_SHEET,
                        String.join("、", sheets.stream().map(SheetEntry::name).toList()),
                        "")));
    }

    /** The shared strings are held in memory: their XML is capped like a sheet's before they are loaded. */
    private static void checkSharedStrings(OPCPackage pkg) throws Exception {
        for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
            try (InputStream in = new XlsxOpener.CappedStream(part.getInputStream(), XlsxOpener.MAX_SHEET_XML_BYTES)) {
                byte[] buffer = new byte[64 * 1024];
                while (in.read(buffer) >= 0) {
                    // only counting
                }
            } catch (java.io.IOException e) {
                throw new XlsxRefusedException(new Refusal(Reason.SHEET_TOO_LARGE, "sharedStrings", ""));
            }
        }
    }

    /** Collects one row's cells and hands the row on; stops the parse past the cap. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        private final int maxRows;
        private final Sink sink;
        private final Map<Integer, String> cells = new LinkedHashMap<>();
        private int count;
        private int nextColumn;

        Rows(String sheet, int maxRows, Sink sink) {
            this.sheet = sheet;
            this.maxRows = maxRows;
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            if (++count > maxRows) {
                throw new XlsxRefusedException(new Refusal(Reason.TOO_MANY_ROWS, sheet, ""));
            }
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (!cells.isEmpty()) {
                sink.row(rowNum + 1, new LinkedHashMap<>(cells));
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            if (formattedValue != null) {
                cells.put(column, formattedValue);
            }
        }
    }
}
