package com.qinglian.scoring.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file read whole: UTF-8 with or without BOM, or GBK (what Chinese Excel writes as "CSV (逗号分隔)")
 * when the bytes are not valid UTF-8. RFC 4180 quoting; a header row names the columns.
 */
final class CsvFile {

    static final Charset GBK = Charset.forName("GBK");
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private final String name;
    private final Charset charset;
    private final List<String> header;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    /** One data row with its line number in the file (1-based, counting the header). */
    record Row(int line, List<String> cells) {}

    private CsvFile(String name, Charset charset, List<String> header, List<Row> rows) {
        this.name = name;
        this.charset = charset;
        this.header = header;
        this.rows = rows;
        this.columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
    }

    static CsvFile parse(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new CliException(name, 0, null, "file is larger than " + MAX_BYTES / 1024 / 1024 + " MB");
        }
        Charset charset;
        String text;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else {
            String utf8 = strictUtf8(bytes);
            charset = utf8 != null ? StandardCharsets.UTF_8 : GBK;
            text = utf8 != null ? utf8 : new String(bytes, GBK);
        }
        List<Row> records = new Parser(name, text).records();
        if (records.isEmpty()) {
            throw new CliException(name, 1, null, "no header row; expected a header naming the columns");
        }
        return new CsvFile(name, charset, records.get(0).cells(), records.subList(1, records.size()));
    }

    String name() {
        return name;
    }

    Charset charset() {
        return charset;
    }

    List<Row> rows() {
        return rows;
    }

    /** Fails naming the file when a required column is missing from the header. */
    void requireColumns(String... names) {
        for (String column : names) {
            if (!columns.containsKey(column)) {
                throw new CliException(
                        name,
                        1,
                        column,
                        "missing column; the header has: " + String.join(", ", header)
                                + (charset == GBK ? " (read as GBK; save as UTF-8 if the names look garbled)" : ""));
            }
        }
    }

    boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    /** The stripped cell of a column, or empty text when the column or cell is absent. */
    String cell(Row row, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.cells().size()) {
            return "";
        }
        return row.cells().get(index).strip();
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** RFC 4180: fields split by commas, optionally quoted, quotes doubled inside quotes, CRLF or LF line ends. */
    private static final class Parser {
        private final String name;
        private final String text;
        private int pos;
        private int line = 1;

        Parser(String name, String text) {
            this.name = name;
            this.text = text;
        }

        List<Row> records() {
            List<Row> records = new ArrayList<>();
            while (pos < text.length()) {
                int startLine = line;
                List<String> cells = record();
                boolean blank = cells.size() == 1 && cells.get(0).isBlank();
                if (!blank) {
                    records.add(new Row(startLine, cells));
                }
            }
            return records;
        }

        private List<String> record() {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            int quoteLine = line;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (quoted) {
                    if (c == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            cell.append('"');
                            pos++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append(c);
                    }
                } else if (c == '"' && cell.toString().isBlank()) {
                    cell.setLength(0);
                    quoted = true;
                    quoteLine = line;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    continue;
                } else if (c == '\n' || c == '\r') {
                    line++;
                    break;
                } else {
                    cell.append(c);
                }
            }
            if (quoted) {
                throw new CliException(name, quoteLine, null, "a quoted field is never closed");
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}
