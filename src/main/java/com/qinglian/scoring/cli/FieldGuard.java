package com.qinglian.scoring.cli;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Sits between the decoded file and the CSV parser and follows the same quoting rules (RFC 4180), to
 * <ul>
 *   <li>remember the line each record starts on, so every message names the line a person sees in an
 *       editor, even after quoted fields spanning lines and blank lines;
 *   <li>stop a field longer than {@link #MAX_FIELD_CHARS} or a record with more than {@link #MAX_FIELDS}
 *       fields before the parser holds it in memory (a 50 MB field is a broken file, not data).
 * </ul>
 * Records are reported in the order the parser returns them, whatever it has buffered ahead.
 */
final class FieldGuard extends FilterReader {

    static final int MAX_FIELD_CHARS = 10_000;
    static final int MAX_FIELDS = 1_000;

    /** A field or record over the limits; the parser passes it on wrapped. */
    static final class TooLarge extends IOException {
        final long line;
        final int field;
        final boolean tooManyFields;

        TooLarge(long line, int field, boolean tooManyFields) {
            super("field too large", null);
            this.line = line;
            this.field = field;
            this.tooManyFields = tooManyFields;
        }
    }

    private long line = 1;
    private char previous;
    private boolean recordOpen;
    private boolean fieldStart = true;
    private boolean quoted;
    private boolean quoteSeen;
    private long quoteLine;
    private int field;
    private int fieldLength;
    private long recordLine;
    private boolean endOfInput;
    private long[] starts = new long[64];
    private int head;
    private int size;

    FieldGuard(Reader in) {
        super(in);
    }

    /** The start line of the next record the parser returns. */
    long takeRecordLine() {
        if (size == 0) {
            return line;
        }
        long start = starts[head];
        head = (head + 1) % starts.length;
        size--;
        return start;
    }

    /** The line of the quote left open at the end of the file, or 0. */
    long unclosedQuoteLine() {
        return endOfInput && quoted && !quoteSeen ? quoteLine : 0;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, length);
        if (read < 0) {
            endOfInput = true;
            return read;
        }
        for (int i = offset; i < offset + read; i++) {
            follow(buffer[i]);
        }
        return read;
    }

    private void follow(char c) throws TooLarge {
        boolean secondHalf = c == '\n' && previous == '\r';
        previous = c;
        if (secondHalf && !quoted) {
            return; // the LF of a CRLF that ended the record
        }
        if (!recordOpen) {
            recordOpen = true;
            recordLine = line;
            push(line);
        }
        boolean lineBreak = (c == '\r' || c == '\n') && !secondHalf;
        if (quoted) {
            if (quoteSeen) {
                quoteSeen = false;
                if (c == '"') {
                    grow();
                    return;
                }
                quoted = false; // the quote closed the field; c is read as outside quotes
            } else {
                if (c == '"') {
                    quoteSeen = true;
                } else {
                    grow();
                    if (lineBreak) {
                        line++;
                    }
                }
                return;
            }
        }
        if (c == ',') {
            field++;
            fieldLength = 0;
            fieldStart = true;
            if (field >= MAX_FIELDS) {
                throw new TooLarge(recordLine, field, true);
            }
        } else if (c == '\r' || c == '\n') {
            if (lineBreak) {
                line++;
            }
            recordOpen = false;
            field = 0;
            fieldLength = 0;
            fieldStart = true;
        } else {
            if (fieldStart && c == '"') {
                quoted = true;
                quoteLine = line;
            } else {
                grow();
            }
            fieldStart = false;
        }
    }

    private void grow() throws TooLarge {
        if (++fieldLength > MAX_FIELD_CHARS) {
            throw new TooLarge(recordLine, field, false);
        }
    }

    private void push(long start) {
        if (size == starts.length) {
            long[] bigger = new long[starts.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = starts[(head + i) % starts.length];
            }
            starts = bigger;
            head = 0;
        }
        starts[(head + size) % starts.length] = start;
        size++;
    }
}
