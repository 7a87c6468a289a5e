package com.qinglian.scoring.cli;

import java.io.Closeable;

/**
 * One input table of the CLI, read a row at a time: a CSV file ({@link CsvInput}) or the first visible sheet
 * of an .xlsx workbook ({@link XlsxInput}). The first non-blank row is the header; column names are lower case.
 */
interface TableInput extends Closeable {

    /** The file's name as given on the command line. */
    String name();

    /** Stops, naming the file, when a required column is missing from the header. */
    void requireColumns(String... names);

    boolean hasColumn(String column);

    /** Moves to the next data row; false at the end of the table. */
    boolean next();

    /** Data rows seen so far, good or bad (blank ones not counted). */
    long rows();

    /** The line (CSV) or row (Excel) the current row starts on; the header is line 1 when it is the first. */
    long line();

    /** The trimmed cell of a column in the current row, or empty text when the table has no such column. */
    String cell(String column);
}
