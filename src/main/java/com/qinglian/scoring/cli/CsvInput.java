package com.qinglian.scoring.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV input read as a stream, a record at a time (Apache Commons CSV, RFC 4180), so a file of any size
 * needs no more memory than its longest record. The encoding is decided first ({@link CsvEncoding}); the
 * first non-blank row is the header. Rows with more or fewer fields than the header are reported and
 * skipped; blank rows are skipped. A broken file (unclosed quote, oversized field) stops with a
 * {@link CliException} naming file, line and column.
 */
final class CsvInput implements TableInput {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final String name;
    private final Charset charset;
    private final FieldGuard guard;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Problems problems;
    private final List<String> header = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private CSVRecord current;
    private long line;
    private long rows;

    private CsvInput(String name, Charset charset, FieldGuard guard, CSVParser parser, Problems problems) {
        this.name = name;
        this.charset = charset;
        this.guard = guard;
        this.parser = parser;
        this.records = parser.iterator();
        this.problems = problems;
    }

    static CsvInput open(Path file, String name, Problems problems) throws IOException {
        CsvEncoding.Detected encoding = CsvEncoding.detect(file, name);
        InputStream in = Files.newInputStream(file);
        try {
            if (encoding.bom()) {
                in.skipNBytes(3);
            }
            FieldGuard guard = new FieldGuard(new InputStreamReader(
                    in,
                    encoding.charset()
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
            CsvInput csv = new CsvInput(name, encoding.charset(), guard, FORMAT.parse(guard), problems);
            csv.readHeader();
            return csv;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private void readHeader() {
        while (fetch()) {
            if (!blank(current)) {
                for (String cell : current) {
                    String column = Cells.trim(cell).toLowerCase(Locale.ROOT);
                    columns.putIfAbsent(column, header.size());
                    header.add(column);
                }
                return;
            }
        }
        throw new CliException(Problem.at(name, 1, null, "cli.csv.noHeader"));
    }

    @Override
    public String name() {
        return name;
    }

    Charset charset() {
        return charset;
    }

    /** Stops, naming the file, when a required column is missing from the header. */
    @Override
    public void requireColumns(String... names) {
        for (String column : names) {
            if (!columns.containsKey(column)) {
                throw new CliException(Problem.at(
                        name,
                        1,
                        column,
                        charset.equals(CsvEncoding.GBK) ? "cli.csv.missingColumnGbk" : "cli.csv.missingColumn",
                        String.join(", ", header)));
            }
        }
    }

    @Override
    public boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    /** Moves to the next data row with as many fields as the header; false at the end of the file. */
    @Override
    public boolean next() {
        while (fetch()) {
            if (blank(current)) {
                continue;
            }
            rows++;
            if (current.size() > header.size()) {
                problems.add(
                        name, line, "#" + (header.size() + 1), "cli.csv.tooManyFields", current.size(), header.size());
            } else if (current.size() < header.size()) {
                problems.add(
                        name, line, header.get(current.size()), "cli.csv.tooFewFields", current.size(), header.size());
            } else {
                return true;
            }
        }
        return false;
    }

    /** Data rows seen so far, good or bad (blank ones not counted). */
    @Override
    public long rows() {
        return rows;
    }

    /** The line the current row starts on (the header is line 1). */
    @Override
    public long line() {
        return line;
    }

    /** The trimmed cell of a column in the current row, or empty text when the file has no such column. */
    @Override
    public String cell(String column) {
        Integer index = columns.get(column);
        return index == null ? "" : Cells.trim(current.get(index));
    }

    private boolean fetch() {
        try {
            if (!records.hasNext()) {
                return false;
            }
            current = records.next();
            line = guard.takeRecordLine();
            return true;
        } catch (UncheckedIOException e) {
            throw refusal(e.getCause());
        } catch (IllegalStateException e) {
            // Commons CSV reports a character after a closing quote this way
            throw refusal(e.getCause() instanceof IOException io ? io : new IOException(e));
        }
    }

    private CliException refusal(IOException cause) {
        if (cause instanceof FieldGuard.TooLarge large) {
            String column = large.field < header.size() ? header.get(large.field) : "#" + (large.field + 1);
            return new CliException(Problem.at(
                    name,
                    large.line,
                    column,
                    large.tooManyFields ? "cli.csv.tooManyColumns" : "cli.csv.fieldTooLong",
                    large.tooManyFields ? FieldGuard.MAX_FIELDS : FieldGuard.MAX_FIELD_CHARS));
        }
        if (cause instanceof CharacterCodingException) {
            return new CliException(Problem.at(name, guard.takeRecordLine(), null, "cli.csv.encoding"));
        }
        long unclosed = guard.unclosedQuoteLine();
        if (unclosed > 0) {
            return new CliException(Problem.at(name, unclosed, null, "cli.csv.unclosedQuote"));
        }
        return new CliException(Problem.at(name, guard.takeRecordLine(), null, "cli.csv.badQuote"));
    }

    private static boolean blank(CSVRecord record) {
        for (String cell : record) {
            if (!Cells.trim(cell).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
